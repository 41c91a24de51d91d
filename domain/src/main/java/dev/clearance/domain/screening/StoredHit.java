package dev.clearance.domain.screening;

import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A candidate at or above the threshold, kept with its score parts.
 *
 * @param dobMatch                MATCH, PARTIAL, MISMATCH or UNKNOWN (likewise country and type)
 * @param previouslyDispositioned the subject already has a final decision on this entry with this content hash
 * @param previousDispositionId   that decision
 */
public record StoredHit(UUID id, int rank, UUID snapshotId, String entryKey, String entryContentHash,
        String entryName, String matchedName, double nameScore, double tokenScore, double nameSimilarity,
        String dobMatch, String countryMatch, String typeMatch, double finalScore, boolean previouslyDispositioned,
        @Nullable UUID previousDispositionId) {

    public StoredHit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(snapshotId, "snapshotId");
        Objects.requireNonNull(entryKey, "entryKey");
        Objects.requireNonNull(entryContentHash, "entryContentHash");
    }
}
