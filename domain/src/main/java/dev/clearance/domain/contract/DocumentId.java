package dev.clearance.domain.contract;

import java.util.Objects;
import java.util.UUID;

/**
 * Identity of a document attached to a contract.
 *
 * @since 0.2.0
 */
public record DocumentId(UUID value) {
    public DocumentId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
