package dev.clearance.domain.screening;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An analyst's decision on a hit; append-only, the latest for a subject, entry and content hash is in force. */
public record Disposition(UUID id, String subjectKey, @Nullable UUID partyId, String entryKey,
        String entryContentHash, Decision decision, String reason, String decidedBy, Instant decidedAt,
        UUID screeningId, UUID hitId) {

    public Disposition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subjectKey, "subjectKey");
        Objects.requireNonNull(entryKey, "entryKey");
        Objects.requireNonNull(entryContentHash, "entryContentHash");
        Objects.requireNonNull(decision, "decision");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("reason must not be blank");
        }
        Objects.requireNonNull(decidedBy, "decidedBy");
        Objects.requireNonNull(decidedAt, "decidedAt");
        Objects.requireNonNull(screeningId, "screeningId");
        Objects.requireNonNull(hitId, "hitId");
    }

    public enum Decision {
        TRUE_MATCH,
        FALSE_POSITIVE,
        ESCALATED;

        /** A final decision is remembered: the same unchanged entry is not raised again for the subject. */
        public boolean isFinal() {
            return this != ESCALATED;
        }
    }
}
