package dev.clearance.domain.ownership;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One recorded ownership edge as the history shows it: the edge and, once archived, who archived it.
 *
 * @since 0.1.0
 */
public record EdgeHistoryEntry(OwnershipEdge edge, @Nullable String archivedBy) {

    public EdgeHistoryEntry {
        Objects.requireNonNull(edge, "edge");
        if ((edge.archivedAt() == null) != (archivedBy == null)) {
            throw new IllegalArgumentException("archivedBy is set exactly when the edge is archived");
        }
    }
}
