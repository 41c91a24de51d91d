package dev.clearance.domain.screening;

import java.util.Objects;

/**
 * An alert as the inbox lists it: with the party's name and the hit's list entry name and final score, so a
 * reviewer sees what was raised without opening the screening.
 *
 * @since 0.1.0
 */
public record AlertListing(ScreeningAlert alert, String partyName, String entryName, double score) {

    public AlertListing {
        Objects.requireNonNull(alert, "alert");
        Objects.requireNonNull(partyName, "partyName");
        Objects.requireNonNull(entryName, "entryName");
    }
}
