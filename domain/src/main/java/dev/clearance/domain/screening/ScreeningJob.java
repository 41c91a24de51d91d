package dev.clearance.domain.screening;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A batch screening of every non-archived party: FULL against the active snapshots, DELTA against only the added
 * and changed entries of a newly imported snapshot ({@code snapshotId}). {@code trigger} is {@code manual} or
 * {@code snapshot:<id>}.
 */
public record ScreeningJob(UUID id, Kind kind, String trigger, @Nullable UUID snapshotId, Status status, int total,
                           int processed, int hitsRaised, Instant requestedAt, String requestedBy,
                           @Nullable Instant startedAt, @Nullable Instant finishedAt, @Nullable String error) {

    public ScreeningJob {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(requestedAt, "requestedAt");
        Objects.requireNonNull(requestedBy, "requestedBy");
    }

    public enum Kind { FULL, DELTA }

    public enum Status { QUEUED, RUNNING, COMPLETED, FAILED }
}
