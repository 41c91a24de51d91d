package dev.clearance.persistence.transaction;

import static dev.clearance.persistence.contract.ContractFixtures.AT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.domain.contract.Contract;
import dev.clearance.domain.contract.ContractType;
import dev.clearance.domain.ownership.RegisteredPartyId;
import dev.clearance.domain.transaction.DataCategory;
import dev.clearance.domain.transaction.DataSet;
import dev.clearance.domain.transaction.PriorTransaction;
import dev.clearance.domain.transaction.TransactionId;
import dev.clearance.persistence.TestDatabase;
import dev.clearance.persistence.contract.ContractFixtures;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

/** The 12-month window of 28 CFR 202.205 at its edges: (date - 12 months, date]. */
class LookBackIT {
    private final DSLContext dsl = TestDatabase.dsl();
    private final TransactionStore store = new TransactionStore(dsl);
    private final TransactionQueries queries = new TransactionQueries(dsl);
    private final ContractFixtures fixtures = new ContractFixtures(dsl);

    private void save(Contract contract, RegisteredPartyId us, RegisteredPartyId cp, String date, long count) {
        store.insert(new TransactionId(UUID.randomUUID()), contract.id(),
                TransactionSamples.plain(us, cp, LocalDate.parse(date), DataCategory.PERSONAL_HEALTH, count), AT,
                "alice");
    }

    private static List<Long> counts(List<PriorTransaction> priors) {
        return priors.stream().flatMap(p -> p.data().stream()).map(DataSet::count).toList();
    }

    @Test
    void shouldReturnExactlyThePriorsDatedInTheTwelveMonthsUpToAndIncludingTheDate() {
        ContractFixtures.Vendor vendor = fixtures.vendor("CN");
        RegisteredPartyId us = fixtures.entity("Acme Health Inc.", "US");
        Contract contract = fixtures.contract(vendor.id(), ContractType.VENDOR, null);
        save(contract, us, vendor.party(), "2025-05-31", 1);   // 12 months and a day before: out
        save(contract, us, vendor.party(), "2025-06-01", 2);   // exactly 12 months before: out
        save(contract, us, vendor.party(), "2025-06-02", 3);   // one day inside: in
        save(contract, us, vendor.party(), "2026-01-15", 4);   // in
        save(contract, us, vendor.party(), "2026-06-01", 5);   // same day: in
        save(contract, us, vendor.party(), "2026-06-02", 6);   // later-dated: out

        List<PriorTransaction> priors = queries.lookBack(us, vendor.party(), LocalDate.parse("2026-06-01"), null);

        assertThat(counts(priors)).containsExactly(3L, 4L, 5L);
        assertThat(priors).extracting(PriorTransaction::date).containsExactly(LocalDate.parse("2025-06-02"),
                LocalDate.parse("2026-01-15"), LocalDate.parse("2026-06-01"));
    }

    @Test
    void shouldCountOnlyTransactionsBetweenTheSameTwoPartiesInThatDirection() {
        ContractFixtures.Vendor vendor = fixtures.vendor("CN");
        ContractFixtures.Vendor other = fixtures.vendor("CN");
        RegisteredPartyId us = fixtures.entity("Acme Health Inc.", "US");
        RegisteredPartyId sister = fixtures.entity("Acme Labs Inc.", "US");
        Contract contract = fixtures.contract(vendor.id(), ContractType.VENDOR, null);
        save(contract, us, vendor.party(), "2026-03-01", 10);
        save(contract, us, other.party(), "2026-03-01", 20);
        save(contract, sister, vendor.party(), "2026-03-01", 30);

        assertThat(counts(queries.lookBack(us, vendor.party(), LocalDate.parse("2026-06-01"), null)))
                .containsExactly(10L);
    }

    @Test
    void shouldLeaveOutTheTransactionBeingClassified() {
        ContractFixtures.Vendor vendor = fixtures.vendor("RU");
        RegisteredPartyId us = fixtures.entity("Acme Health Inc.", "US");
        Contract contract = fixtures.contract(vendor.id(), ContractType.VENDOR, null);
        TransactionId self = new TransactionId(UUID.randomUUID());
        store.insert(self, contract.id(), TransactionSamples.plain(us, vendor.party(), LocalDate.parse("2026-06-01"),
                DataCategory.PERSONAL_HEALTH, 7), AT, "alice");
        save(contract, us, vendor.party(), "2026-05-01", 8);

        assertThat(counts(queries.lookBack(us, vendor.party(), LocalDate.parse("2026-06-01"), self)))
                .containsExactly(8L);
    }

    @Test
    void shouldHandleTheLeapDayAsTheEngineDoes() {
        ContractFixtures.Vendor vendor = fixtures.vendor("IR");
        RegisteredPartyId us = fixtures.entity("Acme Health Inc.", "US");
        Contract contract = fixtures.contract(vendor.id(), ContractType.VENDOR, null);
        save(contract, us, vendor.party(), "2023-02-28", 1);   // 2024-02-29 minus 12 months: out
        save(contract, us, vendor.party(), "2023-03-01", 2);   // in

        assertThat(counts(queries.lookBack(us, vendor.party(), LocalDate.parse("2024-02-29"), null)))
                .containsExactly(2L);
    }
}
