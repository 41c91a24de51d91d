package dev.clearance.domain.transaction;

import dev.clearance.domain.ownership.RegisteredPartyId;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The facts an analyst records for one covered data transaction: every fact of facts format v1 that is not in the
 * party graph, plus the transfer method and data locations the classifier does not read. The two parties are
 * registered parties; what they are on {@code date} comes from the party graph, never from here.
 *
 * @param endsOn last day the transaction runs (inclusive), or null when it is one transfer or open-ended
 *
 * @since 0.2.0
 */
public record CoveredTransaction(
        RegisteredPartyId usPerson,
        RegisteredPartyId counterparty,
        LocalDate date,
        @Nullable LocalDate endsOn,
        TransactionType type,
        boolean cloudComputing,
        boolean counterpartyAccess,
        @Nullable InvestmentTerms investment,
        List<DataSet> data,
        GovernmentRelatedFlags governmentRelated,
        List<ExemptionClaim> exemptions,
        ExemptionConditions exemptionConditions,
        boolean onwardTransferClause,
        SecurityRequirementsStatus securityRequirements,
        @Nullable License license,
        boolean evasion,
        boolean directedForeignTransaction,
        @Nullable TransferMethod transferMethod,
        List<DataLocation> locations) {

    public CoveredTransaction {
        Objects.requireNonNull(usPerson, "usPerson");
        Objects.requireNonNull(counterparty, "counterparty");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(governmentRelated, "governmentRelated");
        Objects.requireNonNull(exemptionConditions, "exemptionConditions");
        Objects.requireNonNull(securityRequirements, "securityRequirements");
        data = List.copyOf(data);
        exemptions = List.copyOf(exemptions);
        locations = List.copyOf(locations);
        if (usPerson.equals(counterparty)) {
            throw new IllegalArgumentException("the U.S. person cannot be its own counterparty");
        }
        if (endsOn != null && endsOn.isBefore(date)) {
            throw new IllegalArgumentException("end date " + endsOn + " is before the transaction date " + date);
        }
        if (cloudComputing && type != TransactionType.VENDOR) {
            throw new IllegalArgumentException("cloudComputing applies to VENDOR transactions only, not " + type);
        }
        if (investment != null && type != TransactionType.INVESTMENT) {
            throw new IllegalArgumentException("investment terms apply to INVESTMENT transactions only, not " + type);
        }
        if (!exemptions.isEmpty() && EnumSet.copyOf(exemptions).size() != exemptions.size()) {
            throw new IllegalArgumentException("an exemption is claimed at most once: " + exemptions);
        }
        if (license != null && license.reference().isBlank()) {
            throw new IllegalArgumentException("a licence needs its reference");
        }
        if (locations.stream().distinct().count() != locations.size()) {
            throw new IllegalArgumentException("a data location is listed at most once: " + locations);
        }
    }
}
