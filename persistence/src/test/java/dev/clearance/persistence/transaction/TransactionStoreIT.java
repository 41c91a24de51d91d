package dev.clearance.persistence.transaction;

import static dev.clearance.persistence.contract.ContractFixtures.AT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clearance.domain.contract.Contract;
import dev.clearance.domain.contract.ContractType;
import dev.clearance.domain.ownership.RegisteredPartyId;
import dev.clearance.domain.party.PartyDirectory;
import dev.clearance.domain.transaction.CoveredTransaction;
import dev.clearance.domain.transaction.DataCategory;
import dev.clearance.domain.transaction.PriorTransaction;
import dev.clearance.domain.transaction.StoredTransaction;
import dev.clearance.domain.transaction.TransactionFacts;
import dev.clearance.domain.transaction.TransactionFactsMapping;
import dev.clearance.domain.transaction.TransactionId;
import dev.clearance.domain.transaction.TransactionType;
import dev.clearance.persistence.TestDatabase;
import dev.clearance.persistence.contract.ContractFixtures;
import dev.clearance.persistence.party.PartyQueries;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class TransactionStoreIT {
    private static final LocalDate DATE = LocalDate.parse("2026-06-01");

    private final DSLContext dsl = TestDatabase.dsl();
    private final TransactionStore store = new TransactionStore(dsl);
    private final TransactionQueries queries = new TransactionQueries(dsl);
    private final ContractFixtures fixtures = new ContractFixtures(dsl);

    private TransactionId newId() {
        return new TransactionId(UUID.randomUUID());
    }

    @ParameterizedTest
    @EnumSource(value = TransactionType.class, names = {"VENDOR", "INVESTMENT", "DATA_BROKERAGE"})
    void shouldGiveBackEveryFactAndMapThemToTheEngineFactsPutIn(TransactionType type) {
        ContractFixtures.Vendor vendor = fixtures.vendor("CN");
        RegisteredPartyId us = fixtures.entity("Acme Health Inc.", "US");
        Contract contract = fixtures.contract(vendor.id(), ContractType.VENDOR, null);
        CoveredTransaction prior = TransactionSamples.plain(us, vendor.party(), DATE.minusMonths(3),
                DataCategory.PERSONAL_HEALTH, 4_000);
        store.insert(newId(), contract.id(), prior, AT, "alice");
        CoveredTransaction facts = TransactionSamples.everyFact(us, vendor.party(), DATE, type);
        TransactionId id = newId();

        StoredTransaction saved = store.insert(id, contract.id(), facts, AT, "alice");
        StoredTransaction read = queries.find(id).orElseThrow();

        assertThat(read).isEqualTo(saved);
        assertThat(read.facts()).isEqualTo(facts);
        PartyDirectory parties = new PartyQueries(dsl).graphAbove(List.of(us, vendor.party()), DATE).toDirectory();
        List<PriorTransaction> priors = queries.lookBack(us, vendor.party(), DATE, id);
        TransactionFacts mapped = TransactionFactsMapping.toFacts(read, parties, priors);
        TransactionFacts expected = new TransactionFacts(id.toString(), DATE, us.toFactsId(),
                vendor.party().toFactsId(), parties, type, facts.cloudComputing(), true, facts.investment(),
                facts.data(), List.of(new PriorTransaction(DATE.minusMonths(3), prior.data())),
                facts.governmentRelated(), facts.exemptions(), true, facts.securityRequirements(), facts.license(),
                true, true, facts.exemptionConditions());
        assertThat(mapped).isEqualTo(expected);
        assertThat(mapped.counterpartyParty().name()).isEqualTo("Vendor " + vendor.id());
    }

    @Test
    void shouldKeepEveryRevisionAndRefuseAStaleOne() {
        ContractFixtures.Vendor vendor = fixtures.vendor("SG");
        RegisteredPartyId us = fixtures.entity("Acme Inc.", "US");
        Contract contract = fixtures.contract(vendor.id(), ContractType.VENDOR, null);
        TransactionId id = newId();
        CoveredTransaction first = TransactionSamples.plain(us, vendor.party(), DATE, DataCategory.PERSONAL_HEALTH, 10);
        CoveredTransaction second = TransactionSamples.plain(us, vendor.party(), DATE, DataCategory.PERSONAL_HEALTH,
                20_000);
        store.insert(id, contract.id(), first, AT, "alice");

        StoredTransaction revised = store.revise(id, 1, second, AT.plusSeconds(60), "bob").orElseThrow();

        assertThat(revised.revision()).isEqualTo(2);
        assertThat(store.revise(id, 1, first, AT, "alice")).as("revised meanwhile").isEmpty();
        assertThat(queries.find(id).orElseThrow().facts()).isEqualTo(second);
        assertThat(queries.find(id, 1).orElseThrow().facts()).isEqualTo(first);
        assertThat(queries.revisions(id)).extracting(StoredTransaction::revision).containsExactly(1, 2);
        assertThat(queries.lookBack(us, vendor.party(), DATE, null))
                .as("only the current revision counts")
                .containsExactly(new PriorTransaction(DATE, second.data()));
    }

    @Test
    void shouldLeaveAnArchivedTransactionOutOfListsAndLookBacksButKeepIt() {
        ContractFixtures.Vendor vendor = fixtures.vendor("IN");
        RegisteredPartyId us = fixtures.entity("Acme Inc.", "US");
        Contract contract = fixtures.contract(vendor.id(), ContractType.VENDOR, null);
        TransactionId id = newId();
        store.insert(id, contract.id(), TransactionSamples.plain(us, vendor.party(), DATE,
                DataCategory.PERSONAL_HEALTH, 10), AT, "alice");

        assertThat(store.archive(id, AT, "alice")).isTrue();

        assertThat(queries.lookBack(us, vendor.party(), DATE, null)).isEmpty();
        assertThat(queries.list(contract.id(), null, null, 10, 0)).isEmpty();
        assertThat(queries.find(id).orElseThrow().archivedAt()).isEqualTo(AT);
        assertThat(store.revise(id, 1, TransactionSamples.plain(us, vendor.party(), DATE,
                DataCategory.PERSONAL_HEALTH, 11), AT, "alice")).isEmpty();
        assertThatThrownBy(() -> dsl.execute("delete from covered_transaction where id = ?", id.value()))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("never deleted");
    }

    @Test
    void shouldRefuseToChangeOrDeleteStoredFacts() {
        ContractFixtures.Vendor vendor = fixtures.vendor("BR");
        RegisteredPartyId us = fixtures.entity("Acme Inc.", "US");
        Contract contract = fixtures.contract(vendor.id(), ContractType.VENDOR, null);
        TransactionId id = newId();
        store.insert(id, contract.id(), TransactionSamples.everyFact(us, vendor.party(), DATE,
                TransactionType.VENDOR), AT, "alice");

        assertThatThrownBy(() -> dsl.execute("update transaction_revision set evasion = false where transaction_id = ?",
                id.value())).isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> dsl.execute("update transaction_data_set set us_person_count = 1"
                + " where transaction_id = ?", id.value()))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> dsl.execute("delete from transaction_exemption where transaction_id = ?", id.value()))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> dsl.execute("delete from transaction_location where transaction_id = ?", id.value()))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThat(queries.find(id).orElseThrow().facts().evasion()).isTrue();
    }

    @Test
    void shouldRefuseBadRowsAtTheDatabase() {
        ContractFixtures.Vendor vendor = fixtures.vendor("MX");
        RegisteredPartyId us = fixtures.entity("Acme Inc.", "US");
        Contract contract = fixtures.contract(vendor.id(), ContractType.VENDOR, null);
        TransactionId id = newId();
        store.insert(id, contract.id(), TransactionSamples.plain(us, vendor.party(), DATE,
                DataCategory.PERSONAL_HEALTH, 1), AT, "alice");

        assertThatThrownBy(() -> dsl.execute("insert into transaction_data_set (transaction_id, revision, position,"
                + " category, us_person_count, linked_to_other_sensitive, therapeutic_use, anonymized)"
                + " values (?, 1, 5, 'PERSONAL_HEALTH', -1, false, false, false)", id.value()))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("us_person_count");
        assertThatThrownBy(() -> dsl.execute("insert into transaction_data_set (transaction_id, revision, position,"
                + " category, us_person_count, identifiers, linked_to_other_sensitive, therapeutic_use, anonymized)"
                + " values (?, 1, 6, 'LISTED_IDENTIFIERS', 1, '{SHOE_SIZE}', false, false, false)", id.value()))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("identifiers");
        String revision = "insert into transaction_revision (transaction_id, revision, us_person_party_id,"
                + " counterparty_party_id, transaction_date, ends_on, type, cloud_computing, counterparty_access,"
                + " precise_geolocation_listed_area, marketed_as_us_government_linked, onward_transfer_clause,"
                + " security_requirements, evasion, directed_foreign_transaction, recorded_at, recorded_by)"
                + " values (?, ?, ?, ?, date '2026-06-01', ?, ?, ?, true, false, false, false, 'UNKNOWN', false, false,"
                + " now(), 'alice')";
        assertThatThrownBy(() -> dsl.execute(revision, id.value(), 2, us.value(), vendor.party().value(),
                LocalDate.parse("2026-05-31"), "VENDOR", false))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("transaction_revision_term_check");
        assertThatThrownBy(() -> dsl.execute(revision, id.value(), 3, us.value(), vendor.party().value(), null,
                "EMPLOYMENT", true))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("transaction_revision_cloud_check");
        assertThatThrownBy(() -> dsl.execute(revision, id.value(), 4, us.value(), us.value(), null, "VENDOR", false))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("transaction_revision_parties_check");
    }
}
