package dev.clearance.persistence.transaction;

import static dev.clearance.persistence.jooq.Tables.CONTRACT;
import static dev.clearance.persistence.jooq.Tables.COVERED_TRANSACTION;
import static dev.clearance.persistence.jooq.Tables.TRANSACTION_CLASSIFICATION;
import static dev.clearance.persistence.jooq.Tables.TRANSACTION_DATA_SET;
import static dev.clearance.persistence.jooq.Tables.TRANSACTION_EXEMPTION;
import static dev.clearance.persistence.jooq.Tables.TRANSACTION_LOCATION;
import static dev.clearance.persistence.jooq.Tables.TRANSACTION_REVISION;

import dev.clearance.domain.classification.Outcome;
import dev.clearance.domain.contract.ContractId;
import dev.clearance.domain.ownership.RegisteredPartyId;
import dev.clearance.domain.shared.CountryCode;
import dev.clearance.domain.shared.Percent;
import dev.clearance.domain.transaction.CoveredTransaction;
import dev.clearance.domain.transaction.DataCategory;
import dev.clearance.domain.transaction.DataExclusion;
import dev.clearance.domain.transaction.DataLocation;
import dev.clearance.domain.transaction.DataSet;
import dev.clearance.domain.transaction.ExemptionClaim;
import dev.clearance.domain.transaction.ExemptionConditions;
import dev.clearance.domain.transaction.GovernmentRelatedFlags;
import dev.clearance.domain.transaction.IdentifierType;
import dev.clearance.domain.transaction.InvestmentInstrument;
import dev.clearance.domain.transaction.InvestmentTerms;
import dev.clearance.domain.transaction.License;
import dev.clearance.domain.transaction.LicenseKind;
import dev.clearance.domain.transaction.LookBackWindow;
import dev.clearance.domain.transaction.PriorTransaction;
import dev.clearance.domain.transaction.SecurityRequirementsStatus;
import dev.clearance.domain.transaction.StoredTransaction;
import dev.clearance.domain.transaction.TransactionId;
import dev.clearance.domain.transaction.TransactionType;
import dev.clearance.domain.transaction.TransferMethod;
import dev.clearance.domain.vendor.VendorId;
import dev.clearance.persistence.jooq.tables.records.TransactionDataSetRecord;
import dev.clearance.persistence.jooq.tables.records.TransactionRevisionRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

/**
 * Reads covered data transactions: one revision's facts, lists with filters, and the 12-month look-back.
 *
 * @since 0.2.0
 */
public final class TransactionQueries {
    private final DSLContext dsl;

    public TransactionQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The transaction with its current facts. */
    public Optional<StoredTransaction> find(TransactionId id) {
        return load(COVERED_TRANSACTION.ID.eq(id.value())
                .and(TRANSACTION_REVISION.REVISION.eq(COVERED_TRANSACTION.CURRENT_REVISION))).stream().findFirst();
    }

    /** One revision of the transaction's facts, e.g. the one a stored classification names. */
    public Optional<StoredTransaction> find(TransactionId id, int revision) {
        return load(COVERED_TRANSACTION.ID.eq(id.value()).and(TRANSACTION_REVISION.REVISION.eq(revision)))
                .stream().findFirst();
    }

    /** Every revision of the transaction, oldest first. */
    public List<StoredTransaction> revisions(TransactionId id) {
        return load(COVERED_TRANSACTION.ID.eq(id.value()));
    }

    /**
     * Current transactions, archived ones left out, filtered (null = any) by contract, vendor and the outcome of
     * their latest classification; newest transaction date first.
     */
    public List<StoredTransaction> list(@Nullable ContractId contract, @Nullable VendorId vendor,
                                        @Nullable Outcome outcome, int limit, int offset) {
        List<UUID> ids = dsl.select(COVERED_TRANSACTION.ID)
                .from(COVERED_TRANSACTION)
                .join(TRANSACTION_REVISION).on(TRANSACTION_REVISION.TRANSACTION_ID.eq(COVERED_TRANSACTION.ID)
                        .and(TRANSACTION_REVISION.REVISION.eq(COVERED_TRANSACTION.CURRENT_REVISION)))
                .where(listFilter(contract, vendor, outcome))
                .orderBy(TRANSACTION_REVISION.TRANSACTION_DATE.desc(), COVERED_TRANSACTION.ID)
                .limit(limit).offset(offset)
                .fetch(COVERED_TRANSACTION.ID);
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, StoredTransaction> byId = load(COVERED_TRANSACTION.ID.in(ids)
                .and(TRANSACTION_REVISION.REVISION.eq(COVERED_TRANSACTION.CURRENT_REVISION))).stream()
                .collect(Collectors.toMap(t -> t.id().value(), t -> t));
        return ids.stream().map(byId::get).toList();
    }

    public int count(@Nullable ContractId contract, @Nullable VendorId vendor, @Nullable Outcome outcome) {
        return dsl.fetchCount(dsl.select(COVERED_TRANSACTION.ID).from(COVERED_TRANSACTION)
                .join(TRANSACTION_REVISION).on(TRANSACTION_REVISION.TRANSACTION_ID.eq(COVERED_TRANSACTION.ID)
                        .and(TRANSACTION_REVISION.REVISION.eq(COVERED_TRANSACTION.CURRENT_REVISION)))
                .where(listFilter(contract, vendor, outcome)));
    }

    private static Condition listFilter(@Nullable ContractId contract, @Nullable VendorId vendor,
                                        @Nullable Outcome outcome) {
        List<Condition> c = new ArrayList<>();
        c.add(COVERED_TRANSACTION.ARCHIVED_AT.isNull());
        if (contract != null) {
            c.add(COVERED_TRANSACTION.CONTRACT_ID.eq(contract.value()));
        }
        if (vendor != null) {
            c.add(COVERED_TRANSACTION.CONTRACT_ID.in(
                    DSL.select(CONTRACT.ID).from(CONTRACT).where(CONTRACT.VENDOR_ID.eq(vendor.value()))));
        }
        if (outcome != null) {
            var latest = DSL.select(TRANSACTION_CLASSIFICATION.OUTCOME).from(TRANSACTION_CLASSIFICATION)
                    .where(TRANSACTION_CLASSIFICATION.TRANSACTION_ID.eq(COVERED_TRANSACTION.ID))
                    .orderBy(TRANSACTION_CLASSIFICATION.CLASSIFIED_AT.desc(), TRANSACTION_CLASSIFICATION.ID.desc())
                    .limit(1);
            c.add(DSL.field(latest).eq(outcome.name()));
        }
        return DSL.and(c);
    }

    /**
     * The prior transactions that count for the 28 CFR 202.205 aggregate of a transaction between
     * {@code usPerson} and {@code counterparty} dated {@code date}: the current facts of every transaction between
     * the same two parties dated in {@code (date - 12 months, date]}, archived ones and {@code excluding} (the
     * transaction being classified) left out. Oldest first.
     */
    public List<PriorTransaction> lookBack(RegisteredPartyId usPerson, RegisteredPartyId counterparty, LocalDate date,
                                           @Nullable TransactionId excluding) {
        LookBackWindow window = new LookBackWindow(date);
        Condition c = TRANSACTION_REVISION.US_PERSON_PARTY_ID.eq(usPerson.value())
                .and(TRANSACTION_REVISION.COUNTERPARTY_PARTY_ID.eq(counterparty.value()))
                .and(TRANSACTION_REVISION.TRANSACTION_DATE.gt(window.startExclusive()))
                .and(TRANSACTION_REVISION.TRANSACTION_DATE.le(window.endInclusive()))
                .and(TRANSACTION_REVISION.REVISION.eq(COVERED_TRANSACTION.CURRENT_REVISION))
                .and(COVERED_TRANSACTION.ARCHIVED_AT.isNull());
        if (excluding != null) {
            c = c.and(COVERED_TRANSACTION.ID.ne(excluding.value()));
        }
        return load(c).stream()
                .map(t -> new PriorTransaction(t.facts().date(), t.facts().data()))
                .toList();
    }

    /** Current, not archived transactions in which {@code party} is the U.S. person or the counterparty. */
    public List<TransactionId> involving(RegisteredPartyId party) {
        return dsl.select(COVERED_TRANSACTION.ID).from(COVERED_TRANSACTION)
                .join(TRANSACTION_REVISION).on(TRANSACTION_REVISION.TRANSACTION_ID.eq(COVERED_TRANSACTION.ID)
                        .and(TRANSACTION_REVISION.REVISION.eq(COVERED_TRANSACTION.CURRENT_REVISION)))
                .where(COVERED_TRANSACTION.ARCHIVED_AT.isNull()
                        .and(TRANSACTION_REVISION.COUNTERPARTY_PARTY_ID.eq(party.value())
                                .or(TRANSACTION_REVISION.US_PERSON_PARTY_ID.eq(party.value()))))
                .orderBy(TRANSACTION_REVISION.TRANSACTION_DATE, COVERED_TRANSACTION.ID)
                .fetch(r -> new TransactionId(r.value1()));
    }

    private List<StoredTransaction> load(Condition condition) {
        List<Record> rows = dsl.select(TRANSACTION_REVISION.fields())
                .select(COVERED_TRANSACTION.CONTRACT_ID, COVERED_TRANSACTION.ARCHIVED_AT)
                .from(TRANSACTION_REVISION)
                .join(COVERED_TRANSACTION).on(COVERED_TRANSACTION.ID.eq(TRANSACTION_REVISION.TRANSACTION_ID))
                .where(condition)
                .orderBy(TRANSACTION_REVISION.TRANSACTION_DATE, TRANSACTION_REVISION.TRANSACTION_ID,
                        TRANSACTION_REVISION.REVISION)
                .fetch();
        if (rows.isEmpty()) {
            return List.of();
        }
        Set<UUID> ids = rows.stream().map(r -> r.get(TRANSACTION_REVISION.TRANSACTION_ID)).collect(Collectors.toSet());
        Map<String, List<DataSet>> data = new HashMap<>();
        for (TransactionDataSetRecord d : dsl.selectFrom(TRANSACTION_DATA_SET)
                .where(TRANSACTION_DATA_SET.TRANSACTION_ID.in(ids))
                .orderBy(TRANSACTION_DATA_SET.POSITION).fetch()) {
            data.computeIfAbsent(key(d.getTransactionId(), d.getRevision()), k -> new ArrayList<>()).add(dataSet(d));
        }
        Map<String, List<ExemptionClaim>> exemptions = new HashMap<>();
        dsl.selectFrom(TRANSACTION_EXEMPTION).where(TRANSACTION_EXEMPTION.TRANSACTION_ID.in(ids))
                .orderBy(TRANSACTION_EXEMPTION.POSITION)
                .forEach(e -> exemptions.computeIfAbsent(key(e.getTransactionId(), e.getRevision()),
                        k -> new ArrayList<>()).add(ExemptionClaim.valueOf(e.getClaim())));
        Map<String, List<DataLocation>> locations = new HashMap<>();
        dsl.selectFrom(TRANSACTION_LOCATION).where(TRANSACTION_LOCATION.TRANSACTION_ID.in(ids))
                .orderBy(TRANSACTION_LOCATION.POSITION)
                .forEach(l -> locations.computeIfAbsent(key(l.getTransactionId(), l.getRevision()),
                        k -> new ArrayList<>()).add(new DataLocation(CountryCode.of(l.getCountry()),
                        DataLocation.Role.valueOf(l.getRole()))));
        List<StoredTransaction> out = new ArrayList<>(rows.size());
        for (Record row : rows) {
            TransactionRevisionRecord r = row.into(TRANSACTION_REVISION);
            String k = key(r.getTransactionId(), r.getRevision());
            CoveredTransaction facts = facts(r, data.getOrDefault(k, List.of()),
                    exemptions.getOrDefault(k, List.of()), locations.getOrDefault(k, List.of()));
            var archivedAt = row.get(COVERED_TRANSACTION.ARCHIVED_AT);
            out.add(new StoredTransaction(new TransactionId(r.getTransactionId()),
                    new ContractId(row.get(COVERED_TRANSACTION.CONTRACT_ID)), r.getRevision(), facts,
                    r.getRecordedAt().toInstant(), r.getRecordedBy(),
                    archivedAt == null ? null : archivedAt.toInstant()));
        }
        return out;
    }

    private static String key(UUID id, int revision) {
        return id + "#" + revision;
    }

    private static CoveredTransaction facts(TransactionRevisionRecord r, List<DataSet> data,
                                            List<ExemptionClaim> exemptions, List<DataLocation> locations) {
        InvestmentTerms investment = r.getInvestmentInstrument() == null ? null : new InvestmentTerms(
                InvestmentInstrument.valueOf(r.getInvestmentInstrument()), new Percent(r.getInvestmentVotingPercent()),
                new Percent(r.getInvestmentEquityPercent()), r.getInvestmentExtraRights());
        License license = r.getLicenseKind() == null ? null : new License(LicenseKind.valueOf(r.getLicenseKind()),
                r.getLicenseReference(), r.getLicenseConditionsMet());
        return new CoveredTransaction(new RegisteredPartyId(r.getUsPersonPartyId()),
                new RegisteredPartyId(r.getCounterpartyPartyId()), r.getTransactionDate(), r.getEndsOn(),
                TransactionType.valueOf(r.getType()), r.getCloudComputing(), r.getCounterpartyAccess(), investment,
                data, new GovernmentRelatedFlags(r.getPreciseGeolocationListedArea(),
                r.getMarketedAsUsGovernmentLinked()), exemptions,
                new ExemptionConditions(r.getEfValueTransferred(), r.getEfExpressive(), r.getEfFullyCreatedBefore(),
                        r.getEfMadeToRecipientSpec(), r.getEfAlteredOrEnhanced(), r.getEfExportControlled()),
                r.getOnwardTransferClause(), SecurityRequirementsStatus.valueOf(r.getSecurityRequirements()), license,
                r.getEvasion(), r.getDirectedForeignTransaction(),
                r.getTransferMethod() == null ? null : TransferMethod.valueOf(r.getTransferMethod()), locations);
    }

    private static DataSet dataSet(TransactionDataSetRecord d) {
        Collection<IdentifierType> identifiers = Arrays.stream(d.getIdentifiers()).map(IdentifierType::valueOf).toList();
        return new DataSet(DataCategory.valueOf(d.getCategory()), d.getUsPersonCount(), Set.copyOf(identifiers),
                d.getLinkedToOtherSensitive(), d.getExcluded() == null ? null : DataExclusion.valueOf(d.getExcluded()),
                d.getTherapeuticUse(), d.getAnonymized());
    }
}
