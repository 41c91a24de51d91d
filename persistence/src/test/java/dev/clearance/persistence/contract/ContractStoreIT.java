package dev.clearance.persistence.contract;

import static dev.clearance.persistence.contract.ContractFixtures.AT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clearance.domain.contract.Contract;
import dev.clearance.domain.contract.ContractDocument;
import dev.clearance.domain.contract.ContractId;
import dev.clearance.domain.contract.ContractStatus;
import dev.clearance.domain.contract.ContractType;
import dev.clearance.domain.contract.DocumentId;
import dev.clearance.persistence.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;

class ContractStoreIT {
    private final DSLContext dsl = TestDatabase.dsl();
    private final ContractStore store = new ContractStore(dsl);
    private final ContractQueries queries = new ContractQueries(dsl);
    private final ContractFixtures fixtures = new ContractFixtures(dsl);

    @Test
    void shouldReadBackAContractAndItsDocumentWithTheSameBytesAndHash() throws Exception {
        ContractFixtures.Vendor vendor = fixtures.vendor("SG");
        Contract contract = fixtures.contract(vendor.id(), ContractType.CLOUD_COMPUTING, LocalDate.parse("2028-12-31"));
        byte[] bytes = new byte[300_000];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31 + 7);
        }
        String expectedHash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));

        ContractDocument doc = store.insertDocument(new DocumentId(UUID.randomUUID()), contract.id(), "msa-signed.pdf",
                "application/pdf", bytes, AT, "alice");

        assertThat(queries.find(contract.id())).contains(contract);
        assertThat(doc.sha256()).isEqualTo(expectedHash);
        StoredDocument read = queries.document(doc.id()).orElseThrow();
        assertThat(read.content()).isEqualTo(bytes);
        assertThat(read.metadata()).isEqualTo(doc);
        assertThat(queries.documents(contract.id())).containsExactly(doc);
        assertThat(queries.list(vendor.id(), null, 10, 0)).containsExactly(contract);
        assertThat(queries.list(vendor.id(), ContractStatus.ACTIVE, 10, 0)).isEmpty();
        assertThat(queries.count(vendor.id(), ContractStatus.DRAFT)).isEqualTo(1);
    }

    @Test
    void shouldArchiveADocumentAndKeepItsBytes() {
        Contract contract = fixtures.contract(fixtures.vendor("DE").id(), ContractType.VENDOR, null);
        ContractDocument doc = store.insertDocument(new DocumentId(UUID.randomUUID()), contract.id(), "nda.txt",
                "text/plain", "confidential".getBytes(StandardCharsets.UTF_8), AT, "alice");

        assertThat(store.archiveDocument(doc.id(), AT, "alice")).isTrue();
        assertThat(store.archiveDocument(doc.id(), AT, "alice")).isFalse();
        StoredDocument read = queries.document(doc.id()).orElseThrow();
        assertThat(read.metadata().archivedAt()).isEqualTo(AT);
        assertThat(new String(read.content(), StandardCharsets.UTF_8)).isEqualTo("confidential");
    }

    @Test
    void shouldMoveStatusOnlyAlongTheLifecycleAndOnlyFromTheExpectedVersion() {
        Contract contract = fixtures.contract(fixtures.vendor("FR").id(), ContractType.VENDOR, null);

        Contract active = store.changeStatus(contract.id(), 0, ContractStatus.ACTIVE).orElseThrow();
        assertThat(active.status()).isEqualTo(ContractStatus.ACTIVE);
        assertThat(store.changeStatus(contract.id(), 0, ContractStatus.TERMINATED))
                .as("a stale version changes nothing").isEmpty();
        assertThatThrownBy(() -> store.changeStatus(contract.id(), 1, ContractStatus.DRAFT))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cannot become DRAFT");
        Contract terminated = store.changeStatus(contract.id(), 1, ContractStatus.TERMINATED).orElseThrow();
        assertThatThrownBy(() -> store.changeStatus(contract.id(), 2, ContractStatus.ACTIVE))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("final");

        assertThat(queries.find(contract.id())).contains(terminated);
        assertThat(terminated.version()).isEqualTo(2);
    }

    @Test
    void shouldRefuseAnEndDateBeforeTheEffectiveDateAtTheDatabase() {
        ContractFixtures.Vendor vendor = fixtures.vendor("NL");
        assertThatThrownBy(() -> dsl.execute("insert into contract (id, vendor_id, title, type, effective_on, ends_on,"
                + " status, owner, created_at, created_by) values (gen_random_uuid(), ?, 't', 'VENDOR', date '2026-02-01',"
                + " date '2026-01-31', 'DRAFT', 'alice', now(), 'alice')", vendor.id().value()))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("contract_term_check");
    }

    @Test
    void shouldRefuseADocumentWhoseHashOrSizeIsNotThatOfItsBytes() {
        Contract contract = fixtures.contract(fixtures.vendor("JP").id(), ContractType.VENDOR, null);
        String insert = "insert into contract_document (id, contract_id, file_name, content_type, size_bytes, sha256,"
                + " content, uploaded_at, uploaded_by) values (gen_random_uuid(), ?, 'a.txt', 'text/plain', ?, ?,"
                + " convert_to('abc', 'UTF8'), now(), 'alice')";
        String abcHash = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
        assertThatThrownBy(() -> dsl.execute(insert, contract.id().value(), 3L, "0".repeat(64)))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("contract_document_hash_check");
        assertThatThrownBy(() -> dsl.execute(insert, contract.id().value(), 4L, abcHash))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("contract_document_size_check");
        dsl.execute(insert, contract.id().value(), 3L, abcHash);
    }

    @Test
    void shouldRefuseAFileNameWithAPathOrAContentTypeOutsideTheList() {
        Contract contract = fixtures.contract(fixtures.vendor("KR").id(), ContractType.VENDOR, null);
        String insert = "insert into contract_document (id, contract_id, file_name, content_type, size_bytes, sha256,"
                + " content, uploaded_at, uploaded_by) values (gen_random_uuid(), ?, ?, ?, 3,"
                + " 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad', convert_to('abc', 'UTF8'),"
                + " now(), 'alice')";
        assertThatThrownBy(() -> dsl.execute(insert, contract.id().value(), "../a.txt", "text/plain"))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("file_name");
        assertThatThrownBy(() -> dsl.execute(insert, contract.id().value(), "a\\b.txt", "text/plain"))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("file_name");
        assertThatThrownBy(() -> dsl.execute(insert, contract.id().value(), "a.sh", "application/x-sh"))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("content_type");
    }

    @Test
    void shouldNeverDeleteAContractOrChangeADocumentsBytes() {
        Contract contract = fixtures.contract(fixtures.vendor("CH").id(), ContractType.VENDOR, null);
        ContractDocument doc = store.insertDocument(new DocumentId(UUID.randomUUID()), contract.id(), "a.txt",
                "text/plain", "abc".getBytes(StandardCharsets.UTF_8), AT, "alice");

        assertThatThrownBy(() -> dsl.execute("delete from contract where id = ?", contract.id().value()))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("never deleted");
        assertThatThrownBy(() -> dsl.execute("delete from contract_document where id = ?", doc.id().value()))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("never deleted");
        assertThatThrownBy(() -> dsl.execute("update contract_document set content = convert_to('abd', 'UTF8'),"
                + " sha256 = encode(sha256(convert_to('abd', 'UTF8')), 'hex') where id = ?", doc.id().value()))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("immutable");
        assertThat(queries.find(new ContractId(contract.id().value()))).isPresent();
    }
}
