package dev.clearance.persistence.transaction;

import static dev.clearance.persistence.jooq.Tables.COVERED_TRANSACTION;
import static dev.clearance.persistence.jooq.Tables.TRANSACTION_DATA_SET;
import static dev.clearance.persistence.jooq.Tables.TRANSACTION_EXEMPTION;
import static dev.clearance.persistence.jooq.Tables.TRANSACTION_LOCATION;
import static dev.clearance.persistence.jooq.Tables.TRANSACTION_REVISION;

import dev.clearance.domain.contract.ContractId;
import dev.clearance.domain.transaction.CoveredTransaction;
import dev.clearance.domain.transaction.DataLocation;
import dev.clearance.domain.transaction.DataSet;
import dev.clearance.domain.transaction.ExemptionConditions;
import dev.clearance.domain.transaction.IdentifierType;
import dev.clearance.domain.transaction.InvestmentTerms;
import dev.clearance.domain.transaction.License;
import dev.clearance.domain.transaction.StoredTransaction;
import dev.clearance.domain.transaction.TransactionId;
import dev.clearance.persistence.jooq.tables.records.CoveredTransactionRecord;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * Writes covered data transactions. A change of facts adds a revision and moves {@code current_revision}; earlier
 * revisions stay as they were. Runs inside the caller's transaction.
 *
 * @since 0.2.0
 */
public final class TransactionStore {
    private final DSLContext dsl;

    public TransactionStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    public StoredTransaction insert(TransactionId id, ContractId contract, CoveredTransaction facts, Instant at,
                                    String by) {
        dsl.insertInto(COVERED_TRANSACTION)
                .set(COVERED_TRANSACTION.ID, id.value())
                .set(COVERED_TRANSACTION.CONTRACT_ID, contract.value())
                .set(COVERED_TRANSACTION.CURRENT_REVISION, 1)
                .set(COVERED_TRANSACTION.CREATED_AT, at.atOffset(ZoneOffset.UTC))
                .set(COVERED_TRANSACTION.CREATED_BY, by)
                .execute();
        insertRevision(id, 1, facts, at, by);
        return new StoredTransaction(id, contract, 1, facts, at, by, null);
    }

    /**
     * Records new facts as the next revision if the transaction is at {@code expectedRevision} and not archived;
     * empty otherwise (missing, archived, or revised meanwhile).
     */
    public Optional<StoredTransaction> revise(TransactionId id, int expectedRevision, CoveredTransaction facts,
                                              Instant at, String by) {
        CoveredTransactionRecord head = dsl.selectFrom(COVERED_TRANSACTION)
                .where(COVERED_TRANSACTION.ID.eq(id.value())).forUpdate().fetchOne();
        if (head == null || head.getArchivedAt() != null || head.getCurrentRevision() != expectedRevision) {
            return Optional.empty();
        }
        int next = expectedRevision + 1;
        insertRevision(id, next, facts, at, by);
        dsl.update(COVERED_TRANSACTION).set(COVERED_TRANSACTION.CURRENT_REVISION, next)
                .where(COVERED_TRANSACTION.ID.eq(id.value())).execute();
        return Optional.of(new StoredTransaction(id, new ContractId(head.getContractId()), next, facts, at, by, null));
    }

    /** Archives the transaction: it leaves every look-back but keeps its revisions and classifications. */
    public boolean archive(TransactionId id, Instant at, String by) {
        OffsetDateTime when = at.atOffset(ZoneOffset.UTC);
        return dsl.update(COVERED_TRANSACTION)
                .set(COVERED_TRANSACTION.ARCHIVED_AT, when)
                .set(COVERED_TRANSACTION.ARCHIVED_BY, by)
                .where(COVERED_TRANSACTION.ID.eq(id.value()).and(COVERED_TRANSACTION.ARCHIVED_AT.isNull()))
                .execute() == 1;
    }

    private void insertRevision(TransactionId id, int revision, CoveredTransaction t, Instant at, String by) {
        InvestmentTerms inv = t.investment();
        License lic = t.license();
        ExemptionConditions ef = t.exemptionConditions();
        dsl.insertInto(TRANSACTION_REVISION)
                .set(TRANSACTION_REVISION.TRANSACTION_ID, id.value())
                .set(TRANSACTION_REVISION.REVISION, revision)
                .set(TRANSACTION_REVISION.US_PERSON_PARTY_ID, t.usPerson().value())
                .set(TRANSACTION_REVISION.COUNTERPARTY_PARTY_ID, t.counterparty().value())
                .set(TRANSACTION_REVISION.TRANSACTION_DATE, t.date())
                .set(TRANSACTION_REVISION.ENDS_ON, t.endsOn())
                .set(TRANSACTION_REVISION.TYPE, t.type().name())
                .set(TRANSACTION_REVISION.CLOUD_COMPUTING, t.cloudComputing())
                .set(TRANSACTION_REVISION.COUNTERPARTY_ACCESS, t.counterpartyAccess())
                .set(TRANSACTION_REVISION.INVESTMENT_INSTRUMENT, inv == null ? null : inv.instrument().name())
                .set(TRANSACTION_REVISION.INVESTMENT_VOTING_PERCENT, inv == null ? null : inv.votingPercent().value())
                .set(TRANSACTION_REVISION.INVESTMENT_EQUITY_PERCENT, inv == null ? null : inv.equityPercent().value())
                .set(TRANSACTION_REVISION.INVESTMENT_EXTRA_RIGHTS, inv == null ? null : inv.extraRights())
                .set(TRANSACTION_REVISION.PRECISE_GEOLOCATION_LISTED_AREA,
                        t.governmentRelated().preciseGeolocationInListedArea())
                .set(TRANSACTION_REVISION.MARKETED_AS_US_GOVERNMENT_LINKED,
                        t.governmentRelated().marketedAsUsGovernmentLinked())
                .set(TRANSACTION_REVISION.ONWARD_TRANSFER_CLAUSE, t.onwardTransferClause())
                .set(TRANSACTION_REVISION.SECURITY_REQUIREMENTS, t.securityRequirements().name())
                .set(TRANSACTION_REVISION.LICENSE_KIND, lic == null ? null : lic.kind().name())
                .set(TRANSACTION_REVISION.LICENSE_REFERENCE, lic == null ? null : lic.reference())
                .set(TRANSACTION_REVISION.LICENSE_CONDITIONS_MET, lic == null ? null : lic.conditionsMet())
                .set(TRANSACTION_REVISION.EVASION, t.evasion())
                .set(TRANSACTION_REVISION.DIRECTED_FOREIGN_TRANSACTION, t.directedForeignTransaction())
                .set(TRANSACTION_REVISION.EF_VALUE_TRANSFERRED, ef.valueTransferred())
                .set(TRANSACTION_REVISION.EF_EXPRESSIVE, ef.expressive())
                .set(TRANSACTION_REVISION.EF_FULLY_CREATED_BEFORE, ef.fullyCreatedBeforeTransaction())
                .set(TRANSACTION_REVISION.EF_MADE_TO_RECIPIENT_SPEC, ef.madeToRecipientSpecification())
                .set(TRANSACTION_REVISION.EF_ALTERED_OR_ENHANCED, ef.alteredOrEnhanced())
                .set(TRANSACTION_REVISION.EF_EXPORT_CONTROLLED, ef.exportControlled())
                .set(TRANSACTION_REVISION.TRANSFER_METHOD, t.transferMethod() == null ? null : t.transferMethod().name())
                .set(TRANSACTION_REVISION.RECORDED_AT, at.atOffset(ZoneOffset.UTC))
                .set(TRANSACTION_REVISION.RECORDED_BY, by)
                .execute();
        List<DataSet> data = t.data();
        for (int i = 0; i < data.size(); i++) {
            DataSet d = data.get(i);
            dsl.insertInto(TRANSACTION_DATA_SET)
                    .set(TRANSACTION_DATA_SET.TRANSACTION_ID, id.value())
                    .set(TRANSACTION_DATA_SET.REVISION, revision)
                    .set(TRANSACTION_DATA_SET.POSITION, (short) i)
                    .set(TRANSACTION_DATA_SET.CATEGORY, d.category().name())
                    .set(TRANSACTION_DATA_SET.US_PERSON_COUNT, d.count())
                    .set(TRANSACTION_DATA_SET.IDENTIFIERS,
                            d.identifiers().stream().map(IdentifierType::name).sorted().toArray(String[]::new))
                    .set(TRANSACTION_DATA_SET.LINKED_TO_OTHER_SENSITIVE, d.linkedToOtherSensitiveData())
                    .set(TRANSACTION_DATA_SET.EXCLUDED, d.excluded() == null ? null : d.excluded().name())
                    .set(TRANSACTION_DATA_SET.THERAPEUTIC_USE, d.therapeuticUse())
                    .set(TRANSACTION_DATA_SET.ANONYMIZED, d.anonymized())
                    .execute();
        }
        for (int i = 0; i < t.exemptions().size(); i++) {
            dsl.insertInto(TRANSACTION_EXEMPTION)
                    .set(TRANSACTION_EXEMPTION.TRANSACTION_ID, id.value())
                    .set(TRANSACTION_EXEMPTION.REVISION, revision)
                    .set(TRANSACTION_EXEMPTION.POSITION, (short) i)
                    .set(TRANSACTION_EXEMPTION.CLAIM, t.exemptions().get(i).name())
                    .execute();
        }
        List<DataLocation> locations = t.locations();
        for (int i = 0; i < locations.size(); i++) {
            dsl.insertInto(TRANSACTION_LOCATION)
                    .set(TRANSACTION_LOCATION.TRANSACTION_ID, id.value())
                    .set(TRANSACTION_LOCATION.REVISION, revision)
                    .set(TRANSACTION_LOCATION.POSITION, (short) i)
                    .set(TRANSACTION_LOCATION.COUNTRY, locations.get(i).country().value())
                    .set(TRANSACTION_LOCATION.ROLE, locations.get(i).role().name())
                    .execute();
        }
    }
}
