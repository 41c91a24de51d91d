package dev.clearance.domain.transaction;

import dev.clearance.domain.contract.ContractId;
import dev.clearance.domain.ownership.RegisteredPartyId;
import dev.clearance.domain.party.Entity;
import dev.clearance.domain.party.PartyDirectory;
import dev.clearance.domain.party.Relationship;
import dev.clearance.domain.shared.CountryCode;
import dev.clearance.domain.shared.Percent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A transaction with every fact set to something other than its default, for round trips. */
final class TransactionSamples {
    static final RegisteredPartyId US = new RegisteredPartyId(new UUID(0xA0L, 1));
    static final RegisteredPartyId VENDOR = new RegisteredPartyId(new UUID(0xA0L, 2));
    static final LocalDate DATE = LocalDate.parse("2026-06-01");

    private TransactionSamples() {
    }

    static CoveredTransaction everyFact(TransactionType type) {
        return new CoveredTransaction(US, VENDOR, DATE, DATE.plusYears(1), type,
                type == TransactionType.VENDOR, true,
                type == TransactionType.INVESTMENT
                        ? new InvestmentTerms(InvestmentInstrument.LIMITED_PARTNER, Percent.of("4.5"), Percent.of("9"),
                        true)
                        : null,
                List.of(new DataSet(DataCategory.LISTED_IDENTIFIERS, 120_000,
                                Set.of(IdentifierType.NAME, IdentifierType.SSN), true, null, false, true),
                        new DataSet(DataCategory.HUMAN_BIOSPECIMENS, 50, Set.of(), false, null, true, false),
                        new DataSet(DataCategory.PERSONAL_HEALTH, 7, Set.of(), false, DataExclusion.PUBLIC_RECORD,
                                false, false)),
                new GovernmentRelatedFlags(true, true),
                List.of(ExemptionClaim.INFORMATIONAL_MATERIALS, ExemptionClaim.CORPORATE_GROUP),
                new ExemptionConditions(false, true, null, false, true, null),
                true, SecurityRequirementsStatus.NOT_MET,
                new License(LicenseKind.SPECIFIC, "DSP-L-2026-004", true), true, true,
                TransferMethod.CLOUD_STORAGE_SHARE,
                List.of(new DataLocation(CountryCode.of("US"), DataLocation.Role.STORAGE),
                        new DataLocation(CountryCode.of("SG"), DataLocation.Role.ACCESS)));
    }

    static StoredTransaction stored(CoveredTransaction facts) {
        return new StoredTransaction(new TransactionId(new UUID(0xB0L, 1)), new ContractId(new UUID(0xC0L, 1)), 1,
                facts, Instant.parse("2026-12-07T03:00:00Z"), "alice", null);
    }

    static PartyDirectory parties() {
        return PartyDirectory.of(List.of(
                new Entity(US.toFactsId(), "Acme Health Inc.", List.of(CountryCode.of("US")), CountryCode.of("US"),
                        List.of(), Relationship.NONE, null, false),
                new Entity(VENDOR.toFactsId(), "Shenzhen Example Co.", List.of(CountryCode.of("CN")),
                        CountryCode.of("CN"), List.of(), Relationship.NONE, null, false)));
    }
}
