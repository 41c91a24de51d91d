package dev.clearance.domain.screening;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One screening as evidence: the query, the snapshots screened against (ids and hashes, same order), the engine
 * version and threshold, and every hit.
 */
public record StoredScreening(UUID id, @Nullable UUID partyId, String subjectKey, String queryName,
        @Nullable String queryDateOfBirth, @Nullable String queryCountry, @Nullable String queryType,
        List<UUID> snapshotIds, List<String> snapshotHashes, String engineVersion, double threshold,
        Instant screenedAt, String screenedBy, @Nullable UUID jobId, List<StoredHit> hits) {

    public StoredScreening {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subjectKey, "subjectKey");
        Objects.requireNonNull(queryName, "queryName");
        Objects.requireNonNull(engineVersion, "engineVersion");
        Objects.requireNonNull(screenedAt, "screenedAt");
        Objects.requireNonNull(screenedBy, "screenedBy");
        snapshotIds = List.copyOf(snapshotIds);
        snapshotHashes = List.copyOf(snapshotHashes);
        hits = List.copyOf(hits);
        if (snapshotIds.size() != snapshotHashes.size()) {
            throw new IllegalArgumentException("one hash per snapshot");
        }
    }
}
