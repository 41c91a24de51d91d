package dev.clearance.domain.ownership;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One recorded version of a party's facts, in force during {@code validity}. Versions are never changed; a later
 * version with a later valid-from supersedes an earlier one from that date.
 *
 * @since 0.1.0
 */
public record PartyVersion(UUID id, RegisteredPartyId party, Validity validity, PartyFacts facts, Instant recordedAt,
                           String recordedBy) {

    public PartyVersion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(validity, "validity");
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(recordedBy, "recordedBy");
    }
}
