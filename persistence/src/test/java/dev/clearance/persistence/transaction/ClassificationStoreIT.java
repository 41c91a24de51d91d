package dev.clearance.persistence.transaction;

import static dev.clearance.persistence.contract.ContractFixtures.AT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clearance.domain.classification.BulkFinding;
import dev.clearance.domain.classification.Citation;
import dev.clearance.domain.classification.Classification;
import dev.clearance.domain.classification.CounterpartyStatus;
import dev.clearance.domain.classification.CoveredPersonLimb;
import dev.clearance.domain.classification.Duty;
import dev.clearance.domain.classification.DutyCode;
import dev.clearance.domain.classification.Outcome;
import dev.clearance.domain.classification.Reason;
import dev.clearance.domain.classification.RuleSetVersion;
import dev.clearance.domain.contract.Contract;
import dev.clearance.domain.contract.ContractType;
import dev.clearance.domain.ownership.RegisteredPartyId;
import dev.clearance.domain.requirement.RequirementId;
import dev.clearance.domain.shared.Percent;
import dev.clearance.domain.transaction.ClassificationCause;
import dev.clearance.domain.transaction.CurrentDuty;
import dev.clearance.domain.transaction.DataCategory;
import dev.clearance.domain.transaction.StoredClassification;
import dev.clearance.domain.transaction.TransactionId;
import dev.clearance.persistence.TestDatabase;
import dev.clearance.persistence.contract.ContractFixtures;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;

class ClassificationStoreIT {
    private static final LocalDate DATE = LocalDate.parse("2026-06-01");
    private static final String FACTS = "{\"id\":\"t-1\",\"date\":\"2026-06-01\"}";
    private static final String HASH = sha256(FACTS);
    private static final String OTHER_FACTS = "{\"id\":\"t-1\",\"date\":\"2026-06-02\"}";

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private final DSLContext dsl = TestDatabase.dsl();
    private final ClassificationStore store = new ClassificationStore(dsl);
    private final TransactionStore transactions = new TransactionStore(dsl);
    private final TransactionQueries queries = new TransactionQueries(dsl);
    private final ContractFixtures fixtures = new ContractFixtures(dsl);

    private record Saved(TransactionId id, Contract contract) {
    }

    private Saved transaction() {
        ContractFixtures.Vendor vendor = fixtures.vendor("CN");
        RegisteredPartyId us = fixtures.entity("Acme Health Inc.", "US");
        Contract contract = fixtures.contract(vendor.id(), ContractType.VENDOR, null);
        TransactionId id = new TransactionId(UUID.randomUUID());
        transactions.insert(id, contract.id(), TransactionSamples.plain(us, vendor.party(), DATE,
                DataCategory.PERSONAL_HEALTH, 12_000), AT, "alice");
        return new Saved(id, contract);
    }

    private static Classification restricted(TransactionId id) {
        return new Classification(id.toString(), Outcome.RESTRICTED,
                List.of(Citation.of("202.401"), Citation.of("202.205(d)"), Citation.of("202.211(a)(1)")),
                new CounterpartyStatus(false, false, true, List.of(CoveredPersonLimb.A1), Percent.of("62.5")), false,
                List.of(new BulkFinding(DataCategory.PERSONAL_HEALTH, 12_000, 10_000, true)),
                List.of(RequirementId.of("CISA-I.A.1"), RequirementId.of("CISA-II.B")),
                List.of(new Duty(DutyCode.ANNUAL_AUDIT, Citation.of("202.1002"), LocalDate.parse("2026-12-31")),
                        new Duty(DutyCode.RECORDS_10_YEARS, Citation.of("202.1101"), null)),
                List.of(new Reason("bulk-threshold", Citation.of("202.205(d)"), "12,000 U.S. persons exceed 10,000."),
                        new Reason("restricted-vendor", Citation.of("202.401"), "A vendor agreement with a covered"
                                + " person involving bulk data is restricted.")),
                List.of("Security requirements status is UNKNOWN."), new RuleSetVersion("dsp-2025.04.08-2"));
    }

    private static Classification notCovered(TransactionId id) {
        return new Classification(id.toString(), Outcome.NOT_COVERED, List.of(Citation.of("202.205")),
                new CounterpartyStatus(false, false, false, List.of(), Percent.ZERO), false, List.of(), List.of(),
                List.of(), List.of(new Reason("below-threshold", Citation.of("202.205"), "Below every threshold.")),
                List.of(), new RuleSetVersion("dsp-2025.04.08-2"));
    }

    @Test
    void shouldReadBackEveryPartOfAClassificationAndKeepTheHistoryInOrder() {
        Saved t = transaction();
        StoredClassification first = new StoredClassification(UUID.randomUUID(), t.id(), 1, notCovered(t.id()),
                FACTS, HASH, ClassificationCause.SAVED, AT, "alice");
        StoredClassification second = new StoredClassification(UUID.randomUUID(), t.id(), 1, restricted(t.id()),
                OTHER_FACTS, sha256(OTHER_FACTS), ClassificationCause.COUNTERPARTY_STATUS_CHANGED, AT.plusSeconds(5),
                "system");

        store.insert(first);
        store.insert(second);

        assertThat(store.history(t.id())).containsExactly(first, second);
        assertThat(store.latest(t.id())).contains(second);
        assertThat(queries.list(null, null, Outcome.RESTRICTED, 10, 0)).extracting(s -> s.id())
                .contains(t.id());
        assertThat(queries.list(t.contract().id(), null, Outcome.NOT_COVERED, 10, 0))
                .as("filtered on the latest classification only").isEmpty();
        assertThat(queries.count(t.contract().id(), t.contract().vendor(), Outcome.RESTRICTED)).isEqualTo(1);
    }

    @Test
    void shouldListTheDutiesOfTheClassificationInForceOnlyAndNoneOfAnArchivedTransaction() {
        Saved t = transaction();
        Saved archived = transaction();
        store.insert(new StoredClassification(UUID.randomUUID(), t.id(), 1, restricted(t.id()), FACTS, HASH,
                ClassificationCause.SAVED, AT, "alice"));
        StoredClassification inForce = store.insert(new StoredClassification(UUID.randomUUID(), t.id(), 1,
                new Classification(t.id().toString(), Outcome.PROHIBITED, List.of(Citation.of("202.301")),
                        new CounterpartyStatus(false, false, true, List.of(CoveredPersonLimb.A1), Percent.HUNDRED),
                        false, List.of(), List.of(),
                        List.of(new Duty(DutyCode.RECORDS_10_YEARS, Citation.of("202.1101"), null),
                                new Duty(DutyCode.REJECTED_TRANSACTION_REPORT, Citation.of("202.1104"),
                                        LocalDate.parse("2026-06-15"))),
                        List.of(new Reason("prohibited-brokerage", Citation.of("202.301"), "Brokerage is barred.")),
                        List.of(), new RuleSetVersion("dsp-2025.04.08-2")),
                OTHER_FACTS, sha256(OTHER_FACTS), ClassificationCause.FACTS_CHANGED, AT.plusSeconds(1), "alice"));
        store.insert(new StoredClassification(UUID.randomUUID(), archived.id(), 1, restricted(archived.id()), FACTS,
                HASH, ClassificationCause.SAVED, AT, "alice"));
        transactions.archive(archived.id(), AT, "alice");

        List<CurrentDuty> duties = store.currentDuties().stream()
                .filter(d -> d.transaction().equals(t.id()) || d.transaction().equals(archived.id())).toList();

        assertThat(duties).containsExactly(
                new CurrentDuty(t.id(), inForce.id(), 1, new Duty(DutyCode.REJECTED_TRANSACTION_REPORT,
                        Citation.of("202.1104"), LocalDate.parse("2026-06-15"))),
                new CurrentDuty(t.id(), inForce.id(), 0, new Duty(DutyCode.RECORDS_10_YEARS, Citation.of("202.1101"),
                        null)));
    }

    @Test
    void shouldRefuseToChangeOrDeleteAClassificationOrAnyOfItsParts() {
        Saved t = transaction();
        StoredClassification c = store.insert(new StoredClassification(UUID.randomUUID(), t.id(), 1,
                restricted(t.id()), FACTS, HASH, ClassificationCause.SAVED, AT, "alice"));
        UUID id = c.id();

        assertThatThrownBy(() -> dsl.execute("update transaction_classification set outcome = 'NOT_COVERED'"
                + " where id = ?", id)).isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> dsl.execute("delete from transaction_classification where id = ?", id))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> dsl.execute("update transaction_classification_reason set text = 'edited'"
                + " where classification_id = ?", id))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> dsl.execute("update transaction_classification_duty set due = null"
                + " where classification_id = ?", id))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> dsl.execute("delete from transaction_classification_bulk where classification_id = ?",
                id)).isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> dsl.execute("truncate transaction_classification cascade"))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");

        assertThat(store.latest(t.id())).contains(c);
    }

    @Test
    void shouldRefuseAClassificationWithAWrongDecisiveCitationRevisionOrFactsHash() {
        Saved t = transaction();
        String insert = "insert into transaction_classification (id, transaction_id, revision, outcome,"
                + " decisive_citation, citations, cp_us_person, cp_country_of_concern, cp_covered_person, cp_limbs,"
                + " cp_covered_ownership_pct, government_related, requirements, warnings, rule_set_version, facts,"
                + " facts_hash, cause, classified_at, classified_by) values (gen_random_uuid(), ?, ?, 'NOT_COVERED',"
                + " ?, '{28 CFR 202.205}', false, false, false, '{}', 0, false, '{}', '{}', 'dsp-2025.04.08-2', ?, ?,"
                + " 'SAVED', now(), 'alice')";
        assertThatThrownBy(() -> dsl.execute(insert, t.id().value(), 1, "28 CFR 202.401", FACTS, HASH))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("transaction_classification_decisive_check");
        assertThatThrownBy(() -> dsl.execute(insert, t.id().value(), 2, "28 CFR 202.205", FACTS, HASH))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("foreign key");
        assertThatThrownBy(() -> dsl.execute(insert, t.id().value(), 1, "28 CFR 202.205", FACTS, "not-a-hash"))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("facts_hash");
        assertThatThrownBy(() -> dsl.execute(insert, t.id().value(), 1, "28 CFR 202.205", OTHER_FACTS, HASH))
                .as("the hash must be that of the stored facts")
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("transaction_classification_facts_digest_check");
        dsl.execute(insert, t.id().value(), 1, "28 CFR 202.205", FACTS, HASH);
    }
}
