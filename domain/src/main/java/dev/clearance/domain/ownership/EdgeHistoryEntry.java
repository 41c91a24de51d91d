package dev.clearance.domain.ownership;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One recorded ownership edge as the history shows it: the edge and, once archived, who archived it and the reason
 * they gave (optional; since 0.2).
 *
 * @since 0.1.0
 */
public record EdgeHistoryEntry(OwnershipEdge edge, @Nullable String archivedBy, @Nullable String archiveReason) {

    public EdgeHistoryEntry {
        Objects.requireNonNull(edge, "edge");
        if ((edge.archivedAt() == null) != (archivedBy == null)) {
            throw new IllegalArgumentException("archivedBy is set exactly when the edge is archived");
        }
        if (archiveReason != null && edge.archivedAt() == null) {
            throw new IllegalArgumentException("only an archived edge has an archive reason");
        }
    }
}
