package dev.clearance.rules.coveredperson;

import dev.clearance.domain.party.PartyId;
import java.util.List;

/**
 * A determination together with the ownership paths that decide it: each path runs from a party covered on its
 * own facts (a country of concern, a designated person, an entity organized or with its principal place of
 * business in a country of concern, a covered individual) down through covered owners to the party determined.
 * A party covered on its own facts has the one-element path of itself. Empty when the party is not covered.
 *
 * @since 0.1.0
 */
public record DeterminationWithPaths(CoveredPersonDetermination determination, List<List<PartyId>> paths) {

    public DeterminationWithPaths {
        paths = paths instanceof LazyList<List<PartyId>> ? paths
                : paths.isEmpty() ? List.of() : paths.stream().map(List::copyOf).toList();
    }
}
