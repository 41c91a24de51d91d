package dev.clearance.screening.engine;

import java.util.Objects;

import dev.clearance.screening.list.ListEntry;

/**
 * A list entry the query may be.
 *
 * @param entry       the list entry (its key and content hash identify it for dispositions)
 * @param matchedName the entry's name (primary or alias) that scored best
 * @param score       the score and its parts
 */
public record Candidate(ListEntry entry, String matchedName, ScoreParts score) {

    public Candidate {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(matchedName, "matchedName");
        Objects.requireNonNull(score, "score");
    }
}
