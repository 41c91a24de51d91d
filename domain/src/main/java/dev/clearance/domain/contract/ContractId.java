package dev.clearance.domain.contract;

import java.util.Objects;
import java.util.UUID;

/**
 * Identity of a contract. Generated at the edge (UUIDv7), never inside the domain.
 *
 * @since 0.2.0
 */
public record ContractId(UUID value) {
    public ContractId {
        Objects.requireNonNull(value, "value");
    }

    public static ContractId parse(String text) {
        return new ContractId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
