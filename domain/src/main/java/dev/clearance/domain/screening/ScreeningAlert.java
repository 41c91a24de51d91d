package dev.clearance.domain.screening;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A hit raised by a re-screening job (not previously dispositioned for that entry content), to be looked at. */
public record ScreeningAlert(UUID id, UUID jobId, UUID screeningId, UUID hitId, UUID partyId, String entryKey,
                             Instant createdAt, @Nullable Instant acknowledgedAt, @Nullable String acknowledgedBy) {

    public ScreeningAlert {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(screeningId, "screeningId");
        Objects.requireNonNull(hitId, "hitId");
        Objects.requireNonNull(partyId, "partyId");
        Objects.requireNonNull(entryKey, "entryKey");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
