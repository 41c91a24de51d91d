package dev.clearance.domain.screening;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One stored import of one list. Immutable except {@code status} (ADR 0009): an import that passes the activation
 * gate is stored ACTIVE and makes the source's previous snapshot SUPERSEDED; one that does not is stored
 * PENDING_CONFIRMATION with the reason, and stays out of screening until an admin activates or rejects it.
 *
 * @param source             OFAC_SDN, OFAC_NON_SDN, CSL, BIS_DPL or UN
 * @param sha256             identity of the imported bytes
 * @param fileNames          the files read, in order
 * @param fileSha256s        their SHA-256, same order
 * @param previousSnapshotId the source's snapshot that was active before this import; null for the first
 * @param diff               against {@code previousSnapshotId}
 * @param statusReason       why the import was not activated on arrival (e.g. "would remove 663 of 663 entries
 *                           (100% &gt; 20%)"); null when it was
 * @param rescreening        what its activation did about re-screening the parties ("DELTA job …", "no parties to
 *                           re-screen"); null until it is activated, and for snapshots imported before this was kept
 */
public record StoredSnapshot(UUID id, String source, String sha256, List<String> fileNames,
        List<String> fileSha256s, Instant importedAt, String importedBy, Counts counts,
        @Nullable UUID previousSnapshotId, Diff diff, Status status, @Nullable String statusReason,
        @Nullable String rescreening) {

    public StoredSnapshot {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(importedAt, "importedAt");
        Objects.requireNonNull(importedBy, "importedBy");
        Objects.requireNonNull(counts, "counts");
        Objects.requireNonNull(diff, "diff");
        Objects.requireNonNull(status, "status");
        fileNames = List.copyOf(fileNames);
        fileSha256s = List.copyOf(fileSha256s);
        if (fileNames.size() != fileSha256s.size()) {
            throw new IllegalArgumentException("one hash per file");
        }
    }

    /** Whether screening uses this snapshot: the one ACTIVE snapshot of its source. */
    public boolean active() {
        return status == Status.ACTIVE;
    }

    /** Where a snapshot stands; only PENDING_CONFIRMATION changes again (to ACTIVE, REJECTED or SUPERSEDED). */
    public enum Status {
        /** The source's snapshot screening uses. */
        ACTIVE,
        /** Was active, or was pending, until a later snapshot of the source became active or pending. */
        SUPERSEDED,
        /** Failed the activation gate; waits for an admin to activate or reject it. */
        PENDING_CONFIRMATION,
        /** An admin refused to activate it. */
        REJECTED
    }

    /** Entries in all, by type (other = vessel, aircraft, unknown) and alias names. */
    public record Counts(int entries, int individuals, int entities, int other, int aliases) {
    }

    /** Against the previous snapshot of the same source: entries added, removed and changed. */
    public record Diff(int added, int removed, int changed) {
    }
}
