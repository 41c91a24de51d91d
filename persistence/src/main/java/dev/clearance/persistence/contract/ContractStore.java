package dev.clearance.persistence.contract;

import static dev.clearance.persistence.jooq.Tables.CONTRACT;
import static dev.clearance.persistence.jooq.Tables.CONTRACT_DOCUMENT;

import dev.clearance.domain.contract.Contract;
import dev.clearance.domain.contract.ContractDocument;
import dev.clearance.domain.contract.ContractId;
import dev.clearance.domain.contract.ContractStatus;
import dev.clearance.domain.contract.DocumentId;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * Writes contracts and their documents. Runs inside the caller's transaction.
 *
 * @since 0.2.0
 */
public final class ContractStore {
    private final DSLContext dsl;

    public ContractStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Contract insert(Contract contract) {
        dsl.insertInto(CONTRACT)
                .set(CONTRACT.ID, contract.id().value())
                .set(CONTRACT.VENDOR_ID, contract.vendor().value())
                .set(CONTRACT.TITLE, contract.title())
                .set(CONTRACT.TYPE, contract.type().name())
                .set(CONTRACT.COUNTERPARTY_REFERENCE, contract.counterpartyReference())
                .set(CONTRACT.EFFECTIVE_ON, contract.effectiveOn())
                .set(CONTRACT.ENDS_ON, contract.endsOn())
                .set(CONTRACT.STATUS, contract.status().name())
                .set(CONTRACT.OWNER, contract.owner())
                .set(CONTRACT.CREATED_AT, contract.createdAt().atOffset(ZoneOffset.UTC))
                .set(CONTRACT.CREATED_BY, contract.createdBy())
                .set(CONTRACT.VERSION, contract.version())
                .execute();
        return contract;
    }

    /**
     * Moves the contract to {@code target} if the lifecycle allows it and nobody changed it since
     * {@code expectedVersion}; empty when the contract is missing or was changed meanwhile.
     *
     * @throws IllegalStateException when the lifecycle refuses the move
     */
    public Optional<Contract> changeStatus(ContractId id, int expectedVersion, ContractStatus target) {
        Optional<Contract> current = new ContractQueries(dsl).findForUpdate(id);
        if (current.isEmpty() || current.get().version() != expectedVersion) {
            return Optional.empty();
        }
        Contract moved = current.get().withStatus(target);
        dsl.update(CONTRACT)
                .set(CONTRACT.STATUS, moved.status().name())
                .set(CONTRACT.VERSION, moved.version())
                .where(CONTRACT.ID.eq(id.value()))
                .execute();
        return Optional.of(moved);
    }

    /**
     * Stores a document with its bytes. The hash is computed here from the bytes actually stored, so the metadata
     * can never claim a hash the content does not have.
     */
    public ContractDocument insertDocument(DocumentId id, ContractId contract, String fileName, String contentType,
                                           byte[] content, Instant at, String by) {
        ContractDocument doc = new ContractDocument(id, contract, fileName, contentType, content.length,
                sha256(content), at, by, null);
        dsl.insertInto(CONTRACT_DOCUMENT)
                .set(CONTRACT_DOCUMENT.ID, id.value())
                .set(CONTRACT_DOCUMENT.CONTRACT_ID, contract.value())
                .set(CONTRACT_DOCUMENT.FILE_NAME, doc.fileName())
                .set(CONTRACT_DOCUMENT.CONTENT_TYPE, doc.contentType())
                .set(CONTRACT_DOCUMENT.SIZE_BYTES, doc.sizeBytes())
                .set(CONTRACT_DOCUMENT.SHA256, doc.sha256())
                .set(CONTRACT_DOCUMENT.CONTENT, content)
                .set(CONTRACT_DOCUMENT.UPLOADED_AT, at.atOffset(ZoneOffset.UTC))
                .set(CONTRACT_DOCUMENT.UPLOADED_BY, by)
                .execute();
        return doc;
    }

    /** Archives a document (nothing is hard-deleted); false when it is missing or already archived. */
    public boolean archiveDocument(DocumentId id, Instant at, String by) {
        return dsl.update(CONTRACT_DOCUMENT)
                .set(CONTRACT_DOCUMENT.ARCHIVED_AT, at.atOffset(ZoneOffset.UTC))
                .set(CONTRACT_DOCUMENT.ARCHIVED_BY, by)
                .where(CONTRACT_DOCUMENT.ID.eq(id.value()).and(CONTRACT_DOCUMENT.ARCHIVED_AT.isNull()))
                .execute() == 1;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
