package dev.clearance.domain.ownership;

import dev.clearance.domain.shared.Percent;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A direct ownership stake: {@code owner} holds {@code percent} of {@code owned} during {@code validity}.
 * Archived edges are retracted from every as-of answer but kept.
 *
 * @since 0.1.0
 */
public record OwnershipEdge(OwnershipEdgeId id, RegisteredPartyId owner, RegisteredPartyId owned, Percent percent,
                            Validity validity, String source, Instant createdAt, String createdBy,
                            @Nullable Instant archivedAt) {

    public OwnershipEdge {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(owned, "owned");
        Objects.requireNonNull(percent, "percent");
        Objects.requireNonNull(validity, "validity");
        Objects.requireNonNull(source, "source");
        if (owner.equals(owned)) {
            throw new IllegalArgumentException("a party cannot own itself: " + owner);
        }
    }

    public boolean archived() {
        return archivedAt != null;
    }
}
