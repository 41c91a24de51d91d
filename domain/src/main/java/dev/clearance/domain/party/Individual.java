package dev.clearance.domain.party;

import dev.clearance.domain.shared.CountryCode;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A natural person.
 *
 * @param locatedIn where the individual physically is at the time of the transaction
 * @param employers parties the individual works for as employee or contractor
 * @since 0.1.0
 */
public record Individual(
        PartyId id,
        String name,
        @Nullable UsStatus usStatus,
        List<CountryCode> citizenships,
        @Nullable CountryCode locatedIn,
        @Nullable CountryCode primaryResidence,
        List<PartyId> employers,
        Relationship relationship,
        boolean designatedCoveredPerson) implements Party {

    public Individual {
        citizenships = List.copyOf(citizenships);
        employers = List.copyOf(employers);
    }

    @Override
    public PartyKind kind() {
        return PartyKind.INDIVIDUAL;
    }
}
