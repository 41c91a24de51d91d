package dev.clearance.domain.party;

import dev.clearance.domain.shared.CountryCode;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A legal entity.
 *
 * @param organizedIn every jurisdiction the entity is organized or chartered under
 * @param branchOf    the head office when this is a branch; a branch is the same legal person as its head office
 * @since 0.1.0
 */
public record Entity(
        PartyId id,
        String name,
        List<CountryCode> organizedIn,
        @Nullable CountryCode principalPlaceOfBusiness,
        List<Stake> owners,
        Relationship relationship,
        @Nullable PartyId branchOf,
        boolean designatedCoveredPerson) implements Party {

    public Entity {
        organizedIn = List.copyOf(organizedIn);
        owners = List.copyOf(owners);
        if (id.equals(branchOf)) {
            throw new IllegalArgumentException("an entity cannot be a branch of itself: " + id);
        }
    }

    @Override
    public PartyKind kind() {
        return PartyKind.ENTITY;
    }
}
