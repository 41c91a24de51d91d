package dev.clearance.persistence.transaction;

import static dev.clearance.persistence.jooq.Tables.COVERED_TRANSACTION;
import static dev.clearance.persistence.jooq.Tables.TRANSACTION_CLASSIFICATION;
import static dev.clearance.persistence.jooq.Tables.TRANSACTION_CLASSIFICATION_BULK;
import static dev.clearance.persistence.jooq.Tables.TRANSACTION_CLASSIFICATION_DUTY;
import static dev.clearance.persistence.jooq.Tables.TRANSACTION_CLASSIFICATION_REASON;

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
import dev.clearance.domain.requirement.RequirementId;
import dev.clearance.domain.shared.Percent;
import dev.clearance.domain.transaction.ClassificationCause;
import dev.clearance.domain.transaction.CurrentDuty;
import dev.clearance.domain.transaction.DataCategory;
import dev.clearance.domain.transaction.StoredClassification;
import dev.clearance.domain.transaction.TransactionId;
import dev.clearance.persistence.jooq.tables.records.TransactionClassificationRecord;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;

/**
 * Appends classification records and reads them back. The database checks that the facts hash is the SHA-256 of
 * the stored facts text. The tables refuse UPDATE and DELETE (triggers), so a record
 * once written is the evidence of what the engine said; a reclassification is a new record.
 *
 * @since 0.2.0
 */
public final class ClassificationStore {
    private final DSLContext dsl;

    public ClassificationStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    public StoredClassification insert(StoredClassification stored) {
        Classification c = stored.classification();
        CounterpartyStatus cp = c.counterparty();
        UUID id = stored.id();
        dsl.insertInto(TRANSACTION_CLASSIFICATION)
                .set(TRANSACTION_CLASSIFICATION.ID, id)
                .set(TRANSACTION_CLASSIFICATION.TRANSACTION_ID, stored.transaction().value())
                .set(TRANSACTION_CLASSIFICATION.REVISION, stored.revision())
                .set(TRANSACTION_CLASSIFICATION.OUTCOME, c.outcome().name())
                .set(TRANSACTION_CLASSIFICATION.DECISIVE_CITATION, c.decisiveCitation().value())
                .set(TRANSACTION_CLASSIFICATION.CITATIONS, c.citations().stream().map(Citation::value)
                        .toArray(String[]::new))
                .set(TRANSACTION_CLASSIFICATION.CP_US_PERSON, cp.usPerson())
                .set(TRANSACTION_CLASSIFICATION.CP_COUNTRY_OF_CONCERN, cp.countryOfConcern())
                .set(TRANSACTION_CLASSIFICATION.CP_COVERED_PERSON, cp.coveredPerson())
                .set(TRANSACTION_CLASSIFICATION.CP_LIMBS, cp.coveredPersonLimbs().stream().map(Enum::name)
                        .toArray(String[]::new))
                .set(TRANSACTION_CLASSIFICATION.CP_COVERED_OWNERSHIP_PCT, cp.coveredOwnershipPercent().value())
                .set(TRANSACTION_CLASSIFICATION.GOVERNMENT_RELATED, c.governmentRelated())
                .set(TRANSACTION_CLASSIFICATION.REQUIREMENTS, c.requirements().stream().map(RequirementId::value)
                        .toArray(String[]::new))
                .set(TRANSACTION_CLASSIFICATION.WARNINGS, c.warnings().toArray(String[]::new))
                .set(TRANSACTION_CLASSIFICATION.RULE_SET_VERSION, c.ruleSetVersion().value())
                .set(TRANSACTION_CLASSIFICATION.FACTS, stored.facts())
                .set(TRANSACTION_CLASSIFICATION.FACTS_HASH, stored.factsHash())
                .set(TRANSACTION_CLASSIFICATION.CAUSE, stored.cause().name())
                .set(TRANSACTION_CLASSIFICATION.CLASSIFIED_AT, stored.classifiedAt().atOffset(ZoneOffset.UTC))
                .set(TRANSACTION_CLASSIFICATION.CLASSIFIED_BY, stored.classifiedBy())
                .execute();
        for (int i = 0; i < c.reasons().size(); i++) {
            Reason r = c.reasons().get(i);
            dsl.insertInto(TRANSACTION_CLASSIFICATION_REASON)
                    .set(TRANSACTION_CLASSIFICATION_REASON.CLASSIFICATION_ID, id)
                    .set(TRANSACTION_CLASSIFICATION_REASON.POSITION, (short) i)
                    .set(TRANSACTION_CLASSIFICATION_REASON.RULE, r.rule())
                    .set(TRANSACTION_CLASSIFICATION_REASON.CITATION, r.citation().value())
                    .set(TRANSACTION_CLASSIFICATION_REASON.TEXT, r.text())
                    .execute();
        }
        for (int i = 0; i < c.duties().size(); i++) {
            Duty d = c.duties().get(i);
            dsl.insertInto(TRANSACTION_CLASSIFICATION_DUTY)
                    .set(TRANSACTION_CLASSIFICATION_DUTY.CLASSIFICATION_ID, id)
                    .set(TRANSACTION_CLASSIFICATION_DUTY.POSITION, (short) i)
                    .set(TRANSACTION_CLASSIFICATION_DUTY.CODE, d.code().name())
                    .set(TRANSACTION_CLASSIFICATION_DUTY.CITATION, d.citation().value())
                    .set(TRANSACTION_CLASSIFICATION_DUTY.DUE, d.due())
                    .execute();
        }
        for (int i = 0; i < c.bulk().size(); i++) {
            BulkFinding b = c.bulk().get(i);
            dsl.insertInto(TRANSACTION_CLASSIFICATION_BULK)
                    .set(TRANSACTION_CLASSIFICATION_BULK.CLASSIFICATION_ID, id)
                    .set(TRANSACTION_CLASSIFICATION_BULK.POSITION, (short) i)
                    .set(TRANSACTION_CLASSIFICATION_BULK.CATEGORY, b.category().name())
                    .set(TRANSACTION_CLASSIFICATION_BULK.AGGREGATE_COUNT, b.count())
                    .set(TRANSACTION_CLASSIFICATION_BULK.THRESHOLD, b.threshold())
                    .set(TRANSACTION_CLASSIFICATION_BULK.BULK, b.bulk())
                    .execute();
        }
        return stored;
    }

    /** Every classification of the transaction, oldest first. */
    public List<StoredClassification> history(TransactionId transaction) {
        return load(TRANSACTION_CLASSIFICATION.TRANSACTION_ID.eq(transaction.value()));
    }

    /** The classification in force: the latest one recorded. */
    public Optional<StoredClassification> latest(TransactionId transaction) {
        List<StoredClassification> all = history(transaction);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /**
     * Every duty of the classification in force (the latest) of each transaction that is not archived, earliest
     * due date first, duties without a date last. A superseded classification's duties are not listed.
     */
    public List<CurrentDuty> currentDuties() {
        var latest = dsl.selectDistinct(TRANSACTION_CLASSIFICATION.ID.as("id"),
                        TRANSACTION_CLASSIFICATION.TRANSACTION_ID.as("transaction_id"))
                .on(TRANSACTION_CLASSIFICATION.TRANSACTION_ID)
                .from(TRANSACTION_CLASSIFICATION)
                .join(COVERED_TRANSACTION).on(COVERED_TRANSACTION.ID.eq(TRANSACTION_CLASSIFICATION.TRANSACTION_ID))
                .where(COVERED_TRANSACTION.ARCHIVED_AT.isNull())
                .orderBy(TRANSACTION_CLASSIFICATION.TRANSACTION_ID, TRANSACTION_CLASSIFICATION.CLASSIFIED_AT.desc(),
                        TRANSACTION_CLASSIFICATION.ID.desc())
                .asTable("latest");
        var latestId = latest.field("id", UUID.class);
        var latestTransaction = latest.field("transaction_id", UUID.class);
        return dsl.select(latestTransaction, TRANSACTION_CLASSIFICATION_DUTY.CLASSIFICATION_ID,
                        TRANSACTION_CLASSIFICATION_DUTY.POSITION, TRANSACTION_CLASSIFICATION_DUTY.CODE,
                        TRANSACTION_CLASSIFICATION_DUTY.CITATION, TRANSACTION_CLASSIFICATION_DUTY.DUE)
                .from(TRANSACTION_CLASSIFICATION_DUTY)
                .join(latest).on(latestId.eq(TRANSACTION_CLASSIFICATION_DUTY.CLASSIFICATION_ID))
                .orderBy(TRANSACTION_CLASSIFICATION_DUTY.DUE.asc().nullsLast(), latestTransaction,
                        TRANSACTION_CLASSIFICATION_DUTY.POSITION)
                .fetch(r -> new CurrentDuty(new TransactionId(r.get(latestTransaction)),
                        r.get(TRANSACTION_CLASSIFICATION_DUTY.CLASSIFICATION_ID),
                        r.get(TRANSACTION_CLASSIFICATION_DUTY.POSITION),
                        new Duty(DutyCode.valueOf(r.get(TRANSACTION_CLASSIFICATION_DUTY.CODE)),
                                new Citation(r.get(TRANSACTION_CLASSIFICATION_DUTY.CITATION)),
                                r.get(TRANSACTION_CLASSIFICATION_DUTY.DUE))));
    }

    private List<StoredClassification> load(Condition condition) {
        List<TransactionClassificationRecord> rows = dsl.selectFrom(TRANSACTION_CLASSIFICATION).where(condition)
                .orderBy(TRANSACTION_CLASSIFICATION.CLASSIFIED_AT, TRANSACTION_CLASSIFICATION.ID).fetch();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = rows.stream().map(TransactionClassificationRecord::getId).toList();
        Map<UUID, List<Reason>> reasons = new HashMap<>();
        dsl.selectFrom(TRANSACTION_CLASSIFICATION_REASON)
                .where(TRANSACTION_CLASSIFICATION_REASON.CLASSIFICATION_ID.in(ids))
                .orderBy(TRANSACTION_CLASSIFICATION_REASON.POSITION)
                .forEach(r -> reasons.computeIfAbsent(r.getClassificationId(), k -> new ArrayList<>())
                        .add(new Reason(r.getRule(), new Citation(r.getCitation()), r.getText())));
        Map<UUID, List<Duty>> duties = new HashMap<>();
        dsl.selectFrom(TRANSACTION_CLASSIFICATION_DUTY)
                .where(TRANSACTION_CLASSIFICATION_DUTY.CLASSIFICATION_ID.in(ids))
                .orderBy(TRANSACTION_CLASSIFICATION_DUTY.POSITION)
                .forEach(d -> duties.computeIfAbsent(d.getClassificationId(), k -> new ArrayList<>())
                        .add(new Duty(DutyCode.valueOf(d.getCode()), new Citation(d.getCitation()), d.getDue())));
        Map<UUID, List<BulkFinding>> bulk = new HashMap<>();
        dsl.selectFrom(TRANSACTION_CLASSIFICATION_BULK)
                .where(TRANSACTION_CLASSIFICATION_BULK.CLASSIFICATION_ID.in(ids))
                .orderBy(TRANSACTION_CLASSIFICATION_BULK.POSITION)
                .forEach(b -> bulk.computeIfAbsent(b.getClassificationId(), k -> new ArrayList<>())
                        .add(new BulkFinding(DataCategory.valueOf(b.getCategory()), b.getAggregateCount(),
                                b.getThreshold(), b.getBulk())));
        return rows.stream().map(r -> {
            CounterpartyStatus cp = new CounterpartyStatus(r.getCpUsPerson(), r.getCpCountryOfConcern(),
                    r.getCpCoveredPerson(), Arrays.stream(r.getCpLimbs()).map(CoveredPersonLimb::valueOf).toList(),
                    new Percent(r.getCpCoveredOwnershipPct()));
            Classification c = new Classification(r.getTransactionId().toString(), Outcome.valueOf(r.getOutcome()),
                    Arrays.stream(r.getCitations()).map(Citation::new).toList(), cp, r.getGovernmentRelated(),
                    bulk.getOrDefault(r.getId(), List.of()),
                    Arrays.stream(r.getRequirements()).map(RequirementId::of).toList(),
                    duties.getOrDefault(r.getId(), List.of()), reasons.getOrDefault(r.getId(), List.of()),
                    Arrays.asList(r.getWarnings()), new RuleSetVersion(r.getRuleSetVersion()));
            return new StoredClassification(r.getId(), new TransactionId(r.getTransactionId()), r.getRevision(), c,
                    r.getFacts(), r.getFactsHash(), ClassificationCause.valueOf(r.getCause()),
                    r.getClassifiedAt().toInstant(), r.getClassifiedBy());
        }).toList();
    }
}
