package dev.clearance.domain.ownership;

import java.util.Objects;
import java.util.UUID;

/** @since 0.1.0 */
public record OwnershipEdgeId(UUID value) {

    public OwnershipEdgeId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
