package dev.clearance.domain.ownership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clearance.domain.party.Entity;
import dev.clearance.domain.party.Government;
import dev.clearance.domain.party.Individual;
import dev.clearance.domain.party.PartyKind;
import dev.clearance.domain.party.Relationship;
import dev.clearance.domain.shared.CountryCode;
import dev.clearance.domain.shared.Percent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OwnershipGraphTest {
    private static final LocalDate DAY = LocalDate.parse("2025-06-01");
    private static final Instant AT = Instant.parse("2026-11-25T10:00:00Z");

    private static RegisteredPartyId id(int n) {
        return new RegisteredPartyId(new UUID(0x7000L, n));
    }

    private static OwnershipGraph.Node node(RegisteredPartyId id, PartyKind kind, String name, PartyFacts facts) {
        return new OwnershipGraph.Node(new RegisteredParty(id, kind, name, List.of(), null, null, AT, "alice", null),
                facts);
    }

    private static PartyFacts organizedIn(String country) {
        return new PartyFacts(List.of(CountryCode.of(country)), null, null, List.of(), null, null, null, false,
                Relationship.NONE, null);
    }

    private static OwnershipEdge edge(RegisteredPartyId owner, RegisteredPartyId owned, String percent) {
        return new OwnershipEdge(new OwnershipEdgeId(UUID.nameUUIDFromBytes((owner + ">" + owned).getBytes())), owner,
                owned, Percent.of(percent), Validity.from(DAY), "register", AT, "alice", null);
    }

    private static OwnershipGraph graph(String percent) {
        Map<RegisteredPartyId, OwnershipGraph.Node> nodes = new LinkedHashMap<>();
        nodes.put(id(1), node(id(1), PartyKind.ENTITY, "Vendor", organizedIn("DE")));
        nodes.put(id(2), node(id(2), PartyKind.ENTITY, "Holding", organizedIn("NL")));
        nodes.put(id(3), node(id(3), PartyKind.GOVERNMENT, "Gov", new PartyFacts(List.of(), null, null, List.of(),
                null, null, CountryCode.of("CN"), false, Relationship.NONE, null)));
        nodes.put(id(4), node(id(4), PartyKind.INDIVIDUAL, "Pat", PartyFacts.UNKNOWN));
        return new OwnershipGraph(DAY, nodes, List.of(edge(id(2), id(1), "30"), edge(id(3), id(1), percent)),
                List.of(new Employment(id(4), id(2), Validity.from(DAY))));
    }

    @Test
    void shouldTranslateIntoTheRulesEnginesPartiesWithStakesLargestFirst() {
        var directory = graph("60").toDirectory();

        assertThat(directory.get(id(1).toFactsId())).isInstanceOfSatisfying(Entity.class, e -> {
            assertThat(e.owners()).extracting(s -> s.owner().value()).containsExactly(id(3).toString(), id(2).toString());
            assertThat(e.organizedIn()).containsExactly(CountryCode.of("DE"));
        });
        assertThat(directory.get(id(3).toFactsId())).isInstanceOf(Government.class);
        assertThat(directory.get(id(4).toFactsId())).isInstanceOfSatisfying(Individual.class,
                i -> assertThat(i.employers()).containsExactly(id(2).toFactsId()));
    }

    @Test
    void shouldHashTheSameInputsTheSameWhateverTheDateAndChangeWhenAStakeChanges() {
        OwnershipGraph a = graph("60");
        OwnershipGraph sameLater = new OwnershipGraph(DAY.plusYears(1), a.parties(), a.edges(), a.employments());

        assertThat(a.inputHash(id(1))).matches("[0-9a-f]{64}").isEqualTo(sameLater.inputHash(id(1)));
        assertThat(a.inputHash(id(1))).isNotEqualTo(graph("60.0001").inputHash(id(1)));
        assertThat(a.inputHash(id(2))).isEqualTo(graph("60.0001").inputHash(id(2)));
        assertThat(a.reachableFrom(List.of(id(4)))).containsExactly(id(4), id(2));
    }

    @Test
    void shouldRefuseAGraphThatIsNotClosedUpwards() {
        Map<RegisteredPartyId, OwnershipGraph.Node> nodes = Map.of(id(1), node(id(1), PartyKind.ENTITY, "V",
                organizedIn("DE")));
        assertThatThrownBy(() -> new OwnershipGraph(DAY, nodes, List.of(edge(id(2), id(1), "10")), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("owner");
    }

    @Test
    void shouldRefuseSelfOwnershipAndEmptyPeriods() {
        assertThatThrownBy(() -> edge(id(1), id(1), "10")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Validity(DAY, DAY)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Validity(DAY, DAY.plusDays(1)).contains(DAY.plusDays(1))).isFalse();
    }
}
