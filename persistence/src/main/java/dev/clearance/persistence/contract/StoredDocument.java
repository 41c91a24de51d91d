package dev.clearance.persistence.contract;

import dev.clearance.domain.contract.ContractDocument;
import java.util.Objects;

/**
 * A document's metadata with its bytes, as read back.
 *
 * @since 0.2.0
 */
public record StoredDocument(ContractDocument metadata, byte[] content) {
    public StoredDocument {
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(content, "content");
    }
}
