package dev.clearance.domain.ownership;

import dev.clearance.domain.shared.Percent;
import java.util.Objects;

/**
 * What an analyst submits to record an ownership stake.
 *
 * @since 0.1.0
 */
public record NewOwnershipEdge(RegisteredPartyId owner, RegisteredPartyId owned, Percent percent, Validity validity,
                               String source) {

    public NewOwnershipEdge {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(owned, "owned");
        Objects.requireNonNull(validity, "validity");
        if (owner.equals(owned)) {
            throw new IllegalArgumentException("a party cannot own itself: " + owner);
        }
        if (percent.value().signum() == 0) {
            throw new IllegalArgumentException("an ownership stake must be more than 0%");
        }
        source = source.strip();
        if (source.isEmpty()) {
            throw new IllegalArgumentException("source must not be blank");
        }
    }
}
