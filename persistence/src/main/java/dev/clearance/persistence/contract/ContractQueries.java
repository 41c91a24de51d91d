package dev.clearance.persistence.contract;

import static dev.clearance.persistence.jooq.Tables.CONTRACT;
import static dev.clearance.persistence.jooq.Tables.CONTRACT_DOCUMENT;

import dev.clearance.domain.contract.Contract;
import dev.clearance.domain.contract.ContractDocument;
import dev.clearance.domain.contract.ContractId;
import dev.clearance.domain.contract.ContractStatus;
import dev.clearance.domain.contract.ContractType;
import dev.clearance.domain.contract.DocumentId;
import dev.clearance.domain.vendor.VendorId;
import dev.clearance.persistence.jooq.tables.records.ContractDocumentRecord;
import dev.clearance.persistence.jooq.tables.records.ContractRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

/**
 * Reads contracts and documents.
 *
 * @since 0.2.0
 */
public final class ContractQueries {
    private final DSLContext dsl;

    public ContractQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<Contract> find(ContractId id) {
        return dsl.selectFrom(CONTRACT).where(CONTRACT.ID.eq(id.value())).fetchOptional(ContractQueries::contract);
    }

    Optional<Contract> findForUpdate(ContractId id) {
        return dsl.selectFrom(CONTRACT).where(CONTRACT.ID.eq(id.value())).forUpdate()
                .fetchOptional(ContractQueries::contract);
    }

    /** Contracts matching the filters (null = any), newest effective date first. */
    public List<Contract> list(@Nullable VendorId vendor, @Nullable ContractStatus status, int limit, int offset) {
        return dsl.selectFrom(CONTRACT).where(filter(vendor, status))
                .orderBy(CONTRACT.EFFECTIVE_ON.desc(), CONTRACT.ID)
                .limit(limit).offset(offset)
                .fetch(ContractQueries::contract);
    }

    public int count(@Nullable VendorId vendor, @Nullable ContractStatus status) {
        return dsl.fetchCount(CONTRACT, filter(vendor, status));
    }

    private static Condition filter(@Nullable VendorId vendor, @Nullable ContractStatus status) {
        List<Condition> conditions = new ArrayList<>();
        if (vendor != null) {
            conditions.add(CONTRACT.VENDOR_ID.eq(vendor.value()));
        }
        if (status != null) {
            conditions.add(CONTRACT.STATUS.eq(status.name()));
        }
        return DSL.and(conditions);
    }

    /** The documents of a contract, archived ones included, in upload order; without their bytes. */
    public List<ContractDocument> documents(ContractId contract) {
        return dsl.select(CONTRACT_DOCUMENT.ID, CONTRACT_DOCUMENT.CONTRACT_ID, CONTRACT_DOCUMENT.FILE_NAME,
                        CONTRACT_DOCUMENT.CONTENT_TYPE, CONTRACT_DOCUMENT.SIZE_BYTES, CONTRACT_DOCUMENT.SHA256,
                        CONTRACT_DOCUMENT.UPLOADED_AT, CONTRACT_DOCUMENT.UPLOADED_BY, CONTRACT_DOCUMENT.ARCHIVED_AT)
                .from(CONTRACT_DOCUMENT)
                .where(CONTRACT_DOCUMENT.CONTRACT_ID.eq(contract.value()))
                .orderBy(CONTRACT_DOCUMENT.UPLOADED_AT, CONTRACT_DOCUMENT.ID)
                .fetch(r -> metadata(r.into(CONTRACT_DOCUMENT)));
    }

    /** A document with its bytes. */
    public Optional<StoredDocument> document(DocumentId id) {
        return dsl.selectFrom(CONTRACT_DOCUMENT).where(CONTRACT_DOCUMENT.ID.eq(id.value()))
                .fetchOptional(r -> new StoredDocument(metadata(r), r.getContent()));
    }

    private static Contract contract(ContractRecord r) {
        return new Contract(new ContractId(r.getId()), new VendorId(r.getVendorId()), r.getTitle(),
                ContractType.valueOf(r.getType()), r.getCounterpartyReference(), r.getEffectiveOn(), r.getEndsOn(),
                ContractStatus.valueOf(r.getStatus()), r.getOwner(), r.getCreatedAt().toInstant(), r.getCreatedBy(),
                r.getVersion());
    }

    private static ContractDocument metadata(ContractDocumentRecord r) {
        return new ContractDocument(new DocumentId(r.getId()), new ContractId(r.getContractId()), r.getFileName(),
                r.getContentType(), r.getSizeBytes(), r.getSha256(), r.getUploadedAt().toInstant(), r.getUploadedBy(),
                r.getArchivedAt() == null ? null : r.getArchivedAt().toInstant());
    }
}
