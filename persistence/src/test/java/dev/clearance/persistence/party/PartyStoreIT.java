package dev.clearance.persistence.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clearance.domain.classification.CoveredPersonLimb;
import dev.clearance.domain.classification.RuleSetVersion;
import dev.clearance.domain.ownership.CoveredStatus;
import dev.clearance.domain.ownership.NewParty;
import dev.clearance.domain.ownership.RegisteredParty;
import dev.clearance.domain.ownership.RegisteredPartyId;
import dev.clearance.domain.ownership.Validity;
import dev.clearance.domain.party.PartyKind;
import dev.clearance.domain.shared.CountryCode;
import dev.clearance.domain.shared.Percent;
import dev.clearance.persistence.TestDatabase;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;

class PartyStoreIT {
    private static final LocalDate JAN = LocalDate.parse("2024-01-01");
    private static final LocalDate JUN = LocalDate.parse("2024-06-01");

    private final DSLContext dsl = TestDatabase.dsl();
    private final PartyStore store = new PartyStore(dsl);
    private final PartyQueries queries = new PartyQueries(dsl);
    private final PartyFixtures fixtures = new PartyFixtures(store, new OwnershipStore(dsl));

    @Test
    void shouldReadBackAPartyWithItsIdentifiers() {
        RegisteredPartyId id = new RegisteredPartyId(UUID.randomUUID());
        store.insert(id, new NewParty(PartyKind.ENTITY, " Acme GmbH ", List.of("Acme", " ", "Acme"), "HRB 123",
                "5299000J2N45DDNE4Y28"), PartyFixtures.AT, "alice");

        RegisteredParty read = queries.find(id).orElseThrow();
        assertThat(read.name()).isEqualTo("Acme GmbH");
        assertThat(read.aliases()).containsExactly("Acme");
        assertThat(read.registrationNumber()).isEqualTo("HRB 123");
        assertThat(read.lei()).isEqualTo("5299000J2N45DDNE4Y28");
        assertThat(read.createdBy()).isEqualTo("alice");
    }

    @Test
    void shouldAnswerWhichFactsWereInForceOnADate() {
        RegisteredPartyId id = fixtures.entity("Mover BV", "NL", JAN);
        store.insertVersion(UUID.randomUUID(), id, Validity.from(JUN), PartyFixtures.entityFacts("CN"),
                PartyFixtures.AT, "bob");

        assertThat(queries.factsAsOf(List.of(id), JAN.minusDays(1))).isEmpty();
        assertThat(queries.factsAsOf(List.of(id), JUN.minusDays(1)).get(id).organizedIn())
                .containsExactly(CountryCode.of("NL"));
        assertThat(queries.factsAsOf(List.of(id), JUN).get(id).organizedIn()).containsExactly(CountryCode.of("CN"));
        assertThat(queries.versions(id)).hasSize(2).first().satisfies(v -> assertThat(v.recordedBy()).isEqualTo("bob"));
    }

    @Test
    void shouldStoreDeterminationsAppendOnlyAndReturnTheLatest() {
        RegisteredPartyId id = fixtures.entity("Status Ltd", "CN", JAN);
        RegisteredPartyId owner = fixtures.entity("Owner Ltd", "CN", JAN);
        CoveredStatus first = status(id, false, List.of(), List.of(), Instant.parse("2026-11-25T10:00:00Z"));
        CoveredStatus second = status(id, true, List.of(CoveredPersonLimb.A1), List.of(List.of(owner, id)),
                Instant.parse("2026-11-25T11:00:00Z"));
        store.insertDetermination(UUID.randomUUID(), first);
        store.insertDetermination(UUID.randomUUID(), second);

        assertThat(queries.latestStatus(id)).contains(second);
        assertThat(queries.statusHistory(id)).containsExactly(second, first);
        assertThatThrownBy(() -> dsl.execute("update covered_person_determination set covered = false"))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> dsl.execute("delete from party_version"))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
    }

    @Test
    void shouldRefuseAVersionThatEndsBeforeItStarts() {
        RegisteredPartyId id = fixtures.entity("Period Ltd", "GB", JAN);
        assertThatThrownBy(() -> dsl.execute("insert into party_version(id, party_id, valid_from, valid_to, recorded_at,"
                + " recorded_by) values (gen_random_uuid(), ?, date '2024-05-01', date '2024-04-01', now(), 'a')",
                id.value())).isInstanceOf(DataAccessException.class).hasMessageContaining("party_version_period_check");
    }

    private static CoveredStatus status(RegisteredPartyId id, boolean covered, List<CoveredPersonLimb> limbs,
                                        List<List<RegisteredPartyId>> paths, Instant at) {
        return new CoveredStatus(id, LocalDate.parse("2026-11-25"), covered, false, false, limbs,
                Percent.of(covered ? "70" : "0"), paths,
                List.of(new CoveredStatus.Finding("202.211(a)(1)", "a sentence | with a bar")),
                new RuleSetVersion("dsp-2025.04.08-1"), "a".repeat(64), at, "alice");
    }
}
