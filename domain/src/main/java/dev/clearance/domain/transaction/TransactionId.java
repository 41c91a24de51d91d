package dev.clearance.domain.transaction;

import java.util.Objects;
import java.util.UUID;

/**
 * Identity of a stored covered data transaction. Generated at the edge (UUIDv7), never inside the domain.
 *
 * @since 0.2.0
 */
public record TransactionId(UUID value) {
    public TransactionId {
        Objects.requireNonNull(value, "value");
    }

    public static TransactionId parse(String text) {
        return new TransactionId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
