package dev.clearance.persistence.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clearance.domain.ownership.OwnershipEdge;
import dev.clearance.domain.ownership.OwnershipEdgeId;
import dev.clearance.domain.ownership.OwnershipGraph;
import dev.clearance.domain.ownership.RegisteredPartyId;
import dev.clearance.domain.shared.Percent;
import dev.clearance.persistence.TestDatabase;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;

class OwnershipStoreIT {
    private static final LocalDate JAN = LocalDate.parse("2024-01-01");
    private static final LocalDate JUN = LocalDate.parse("2024-06-01");
    private static final LocalDate DEC = LocalDate.parse("2024-12-01");

    private final DSLContext dsl = TestDatabase.dsl();
    private final OwnershipStore edges = new OwnershipStore(dsl);
    private final PartyQueries queries = new PartyQueries(dsl);
    private final PartyFixtures fixtures = new PartyFixtures(new PartyStore(dsl), edges);

    @Test
    void shouldLoadTheGraphAboveAPartyAsItStoodOnADate() {
        RegisteredPartyId cn = fixtures.entity("CN Parent", "CN", JAN);
        RegisteredPartyId nl = fixtures.entity("NL Holding", "NL", JAN);
        RegisteredPartyId de = fixtures.entity("DE Vendor", "DE", JAN);
        RegisteredPartyId other = fixtures.entity("Unrelated", "FR", JAN);
        fixtures.owns(cn, nl, "70", JUN, null);
        fixtures.owns(nl, de, "70.1234", JAN, DEC);
        fixtures.owns(de, other, "10", JAN, null);

        OwnershipGraph before = queries.graphAbove(List.of(de), JAN);
        assertThat(before.parties().keySet()).containsExactlyInAnyOrder(de, nl);
        OwnershipGraph during = queries.graphAbove(List.of(de), JUN);
        assertThat(during.parties().keySet()).containsExactlyInAnyOrder(de, nl, cn);
        assertThat(during.ownersOf(de)).singleElement()
                .satisfies(e -> assertThat(e.percent()).isEqualTo(Percent.of("70.1234")));
        assertThat(queries.graphAbove(List.of(de), DEC).parties().keySet()).containsExactly(de);
        assertThat(during.toDirectory().parties()).hasSize(3);
        assertThat(queries.below(List.of(cn))).containsExactlyInAnyOrder(nl, de, other);
    }

    @Test
    void shouldRetractAnArchivedEdgeFromEveryDateButKeepIt() {
        RegisteredPartyId a = fixtures.entity("A", "CN", JAN);
        RegisteredPartyId b = fixtures.entity("B", "DE", JAN);
        OwnershipEdge edge = fixtures.owns(a, b, "60", JAN, null);

        assertThat(edges.archive(edge.id(), Instant.parse("2026-11-25T12:00:00Z"), "bob", null)).isPresent();
        assertThat(edges.archive(edge.id(), Instant.parse("2026-11-25T12:00:00Z"), "bob", null)).isEmpty();
        assertThat(edges.archive(new OwnershipEdgeId(UUID.randomUUID()), Instant.now(), "bob", null)).isEmpty();

        assertThat(queries.graphAbove(List.of(b), JUN).parties().keySet()).containsExactly(b);
        assertThat(queries.ownerHistory(b)).singleElement().satisfies(e -> assertThat(e.archived()).isTrue());
        assertThat(queries.findEdge(edge.id()).orElseThrow().archivedAt()).isNotNull();
    }

    @Test
    void shouldTerminateOnAnOwnershipCycle() {
        RegisteredPartyId x = fixtures.entity("X", "DE", JAN);
        RegisteredPartyId y = fixtures.entity("Y", "NL", JAN);
        fixtures.owns(x, y, "60", JAN, null);
        fixtures.owns(y, x, "60", JAN, null);

        assertThat(queries.graphAbove(List.of(x), JUN).edges()).hasSize(2);
        assertThat(queries.below(List.of(x))).containsExactly(y);
    }

    @Test
    void shouldRefuseSelfOwnershipAndPercentsOutOfRangeAtTheDatabase() {
        RegisteredPartyId x = fixtures.entity("Self", "DE", JAN);
        RegisteredPartyId y = fixtures.entity("Other", "DE", JAN);
        String insert = "insert into ownership_edge(id, owner_party_id, owned_party_id, percent, valid_from, source,"
                + " created_at, created_by) values (gen_random_uuid(), ?, ?, ?, date '2024-01-01', 's', now(), 'a')";
        assertThatThrownBy(() -> dsl.execute(insert, x.value(), x.value(), 10))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("ownership_edge_no_self_ownership_check");
        assertThatThrownBy(() -> dsl.execute(insert, x.value(), y.value(), 100.5))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("ownership_edge_percent_check");
    }

    @Test
    void shouldLoadEveryPartyAndEdgeInForceForBatchRecomputation() {
        RegisteredPartyId a = fixtures.entity("Bulk A", "CN", JAN);
        RegisteredPartyId b = fixtures.entity("Bulk B", "DE", JAN);
        fixtures.owns(a, b, "55", JAN, null);

        OwnershipGraph all = queries.all(JUN);
        assertThat(all.parties()).containsKeys(a, b);
        assertThat(all.ownersOf(b)).extracting(OwnershipEdge::owner).containsExactly(a);
        assertThat(all.toDirectory().contains(b.toFactsId())).isTrue();
    }
}
