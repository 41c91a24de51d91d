package dev.clearance.persistence.party;

import dev.clearance.domain.ownership.NewOwnershipEdge;
import dev.clearance.domain.ownership.NewParty;
import dev.clearance.domain.ownership.OwnershipEdge;
import dev.clearance.domain.ownership.OwnershipEdgeId;
import dev.clearance.domain.ownership.PartyFacts;
import dev.clearance.domain.ownership.RegisteredPartyId;
import dev.clearance.domain.ownership.Validity;
import dev.clearance.domain.party.PartyKind;
import dev.clearance.domain.party.Relationship;
import dev.clearance.domain.shared.CountryCode;
import dev.clearance.domain.shared.Percent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Builds parties and edges in the test database. */
final class PartyFixtures {
    static final Instant AT = Instant.parse("2026-11-25T10:00:00Z");

    private final PartyStore parties;
    private final OwnershipStore edges;

    PartyFixtures(PartyStore parties, OwnershipStore edges) {
        this.parties = parties;
        this.edges = edges;
    }

    static PartyFacts entityFacts(String organizedIn) {
        return new PartyFacts(List.of(CountryCode.of(organizedIn)), CountryCode.of(organizedIn), null, List.of(), null,
                null, null, false, Relationship.NONE, null);
    }

    RegisteredPartyId entity(String name, String organizedIn, LocalDate from) {
        RegisteredPartyId id = new RegisteredPartyId(UUID.randomUUID());
        parties.insert(id, new NewParty(PartyKind.ENTITY, name, List.of(), null, null), AT, "alice");
        parties.insertVersion(UUID.randomUUID(), id, Validity.from(from), entityFacts(organizedIn), AT, "alice");
        return id;
    }

    OwnershipEdge owns(RegisteredPartyId owner, RegisteredPartyId owned, String percent, LocalDate from,
                       @Nullable LocalDate to) {
        return edges.insert(new OwnershipEdgeId(UUID.randomUUID()),
                new NewOwnershipEdge(owner, owned, Percent.of(percent), new Validity(from, to), "register extract"),
                AT, "alice");
    }
}
