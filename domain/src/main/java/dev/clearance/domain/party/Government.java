package dev.clearance.domain.party;

import dev.clearance.domain.shared.CountryCode;

/**
 * A national government, or its political subdivision, agency or instrumentality.
 *
 * @since 0.1.0
 */
public record Government(
        PartyId id,
        String name,
        CountryCode country,
        Relationship relationship,
        boolean designatedCoveredPerson) implements Party {

    @Override
    public PartyKind kind() {
        return PartyKind.GOVERNMENT;
    }
}
