package dev.clearance.persistence.transaction;

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
import dev.clearance.domain.transaction.SecurityRequirementsStatus;
import dev.clearance.domain.transaction.TransactionType;
import dev.clearance.domain.transaction.TransferMethod;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Transactions for the persistence tests. */
final class TransactionSamples {
    private TransactionSamples() {
    }

    /** Every fact set, most to something other than its default. */
    static CoveredTransaction everyFact(RegisteredPartyId us, RegisteredPartyId counterparty, LocalDate date,
                                        TransactionType type) {
        return new CoveredTransaction(us, counterparty, date, date.plusYears(2), type,
                type == TransactionType.VENDOR, true,
                type == TransactionType.INVESTMENT
                        ? new InvestmentTerms(InvestmentInstrument.LIMITED_PARTNER, Percent.of("4.5"),
                        Percent.of("9.1234"), true)
                        : null,
                List.of(new DataSet(DataCategory.LISTED_IDENTIFIERS, 120_000,
                                Set.of(IdentifierType.SSN, IdentifierType.NAME, IdentifierType.IP_ADDRESS), true, null,
                                false, true),
                        new DataSet(DataCategory.HUMAN_BIOSPECIMENS, 50, Set.of(), false, null, true, false),
                        new DataSet(DataCategory.PERSONAL_HEALTH, 0, Set.of(), false,
                                DataExclusion.INFORMATIONAL_MATERIALS, false, false)),
                new GovernmentRelatedFlags(true, false),
                List.of(ExemptionClaim.INFORMATIONAL_MATERIALS, ExemptionClaim.CORPORATE_GROUP),
                new ExemptionConditions(false, true, null, false, true, null),
                true, SecurityRequirementsStatus.NOT_MET,
                new License(LicenseKind.SPECIFIC, "DSP-L-2026-004", true), true, true,
                TransferMethod.CLOUD_STORAGE_SHARE,
                List.of(new DataLocation(CountryCode.of("US"), DataLocation.Role.STORAGE),
                        new DataLocation(CountryCode.of("SG"), DataLocation.Role.ACCESS)));
    }

    /** A vendor transaction with one data set and nothing else. */
    static CoveredTransaction plain(RegisteredPartyId us, RegisteredPartyId counterparty, LocalDate date,
                                    DataCategory category, long count) {
        return new CoveredTransaction(us, counterparty, date, null, TransactionType.VENDOR, false, true, null,
                List.of(DataSet.of(category, count)), GovernmentRelatedFlags.NONE, List.of(),
                ExemptionConditions.NONE_STATED, false, SecurityRequirementsStatus.UNKNOWN, null, false, false, null,
                List.of());
    }
}
