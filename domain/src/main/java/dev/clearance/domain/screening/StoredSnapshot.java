package dev.clearance.domain.screening;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One stored import of one list. Immutable except {@code active}, which an import of the same source clears.
 *
 * @param source             OFAC_SDN, OFAC_NON_SDN, CSL, BIS_DPL or UN
 * @param sha256             identity of the imported bytes
 * @param fileNames          the files read, in order
 * @param fileSha256s        their SHA-256, same order
 * @param previousSnapshotId the source's snapshot that was active before this import; null for the first
 */
public record StoredSnapshot(UUID id, String source, String sha256, List<String> fileNames,
        List<String> fileSha256s, Instant importedAt, String importedBy, Counts counts,
        @Nullable UUID previousSnapshotId, Diff diff, boolean active) {

    public StoredSnapshot {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(importedAt, "importedAt");
        Objects.requireNonNull(importedBy, "importedBy");
        Objects.requireNonNull(counts, "counts");
        Objects.requireNonNull(diff, "diff");
        fileNames = List.copyOf(fileNames);
        fileSha256s = List.copyOf(fileSha256s);
        if (fileNames.size() != fileSha256s.size()) {
            throw new IllegalArgumentException("one hash per file");
        }
    }

    /** Entries in all, by type (other = vessel, aircraft, unknown) and alias names. */
    public record Counts(int entries, int individuals, int entities, int other, int aliases) {
    }

    /** Against the previous snapshot of the same source: entries added, removed and changed. */
    public record Diff(int added, int removed, int changed) {
    }
}
