package dev.clearance.domain.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ContractDocumentTest {
    private static final String HASH = "a".repeat(64);

    private static ContractDocument doc(String name, String type, long size, String hash) {
        return new ContractDocument(new DocumentId(UUID.randomUUID()), new ContractId(UUID.randomUUID()), name, type,
                size, hash, Instant.parse("2026-12-07T03:00:00Z"), "alice", null);
    }

    @Test
    void shouldAcceptAPdfUpToTheSizeLimit() {
        assertThat(doc("msa.pdf", "application/pdf", ContractDocument.MAX_SIZE_BYTES, HASH).sizeBytes())
                .isEqualTo(10L * 1024 * 1024);
    }

    @Test
    void shouldRefuseAnEmptyOrOversizedDocument() {
        assertThatThrownBy(() -> doc("msa.pdf", "application/pdf", 0, HASH)).hasMessageContaining("bytes");
        assertThatThrownBy(() -> doc("msa.pdf", "application/pdf", ContractDocument.MAX_SIZE_BYTES + 1, HASH))
                .hasMessageContaining("bytes");
    }

    @Test
    void shouldRefuseAContentTypeOutsideTheList() {
        assertThatThrownBy(() -> doc("run.sh", "application/x-sh", 10, HASH))
                .hasMessageContaining("not accepted");
    }

    @Test
    void shouldRefuseAFileNameWithAPathOrControlCharacter() {
        assertThatThrownBy(() -> doc("../etc/passwd", "text/plain", 10, HASH)).hasMessageContaining("file name");
        assertThatThrownBy(() -> doc("a\u0000.pdf", "application/pdf", 10, HASH)).hasMessageContaining("file name");
        assertThatThrownBy(() -> doc(" ", "application/pdf", 10, HASH)).hasMessageContaining("file name");
    }

    @Test
    void shouldRefuseAHashThatIsNotLowerCaseSha256Hex() {
        assertThatThrownBy(() -> doc("msa.pdf", "application/pdf", 10, "A".repeat(64))).hasMessageContaining("sha256");
        assertThatThrownBy(() -> doc("msa.pdf", "application/pdf", 10, "a".repeat(63))).hasMessageContaining("sha256");
    }
}
