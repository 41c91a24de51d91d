package dev.clearance.rules.transaction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.domain.classification.Classification;
import dev.clearance.domain.classification.Outcome;
import dev.clearance.domain.contract.ContractId;
import dev.clearance.domain.ownership.RegisteredPartyId;
import dev.clearance.domain.party.Entity;
import dev.clearance.domain.party.PartyDirectory;
import dev.clearance.domain.party.Relationship;
import dev.clearance.domain.shared.CountryCode;
import dev.clearance.domain.transaction.CoveredTransaction;
import dev.clearance.domain.transaction.DataCategory;
import dev.clearance.domain.transaction.DataSet;
import dev.clearance.domain.transaction.ExemptionConditions;
import dev.clearance.domain.transaction.GovernmentRelatedFlags;
import dev.clearance.domain.transaction.PriorTransaction;
import dev.clearance.domain.transaction.SecurityRequirementsStatus;
import dev.clearance.domain.transaction.StoredTransaction;
import dev.clearance.domain.transaction.TransactionFactsMapping;
import dev.clearance.domain.transaction.TransactionId;
import dev.clearance.domain.transaction.TransactionType;
import dev.clearance.rules.classification.TransactionClassifier;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A stored transaction, mapped with its look-back, is what the engine classifies: the aggregate decides. */
class StoredTransactionClassificationTest {
    private static final RegisteredPartyId US = new RegisteredPartyId(new UUID(0xA1L, 1));
    private static final RegisteredPartyId VENDOR = new RegisteredPartyId(new UUID(0xA1L, 2));
    private static final LocalDate DATE = LocalDate.parse("2026-06-01");
    private static final PartyDirectory PARTIES = PartyDirectory.of(List.of(
            new Entity(US.toFactsId(), "Acme Health Inc.", List.of(CountryCode.of("US")), CountryCode.of("US"),
                    List.of(), Relationship.NONE, null, false),
            new Entity(VENDOR.toFactsId(), "Shenzhen Example Co.", List.of(CountryCode.of("CN")),
                    CountryCode.of("CN"), List.of(), Relationship.NONE, null, false)));

    private static StoredTransaction health(long count) {
        CoveredTransaction t = new CoveredTransaction(US, VENDOR, DATE, null, TransactionType.VENDOR, false, true, null,
                List.of(DataSet.of(DataCategory.PERSONAL_HEALTH, count)), GovernmentRelatedFlags.NONE, List.of(),
                ExemptionConditions.NONE_STATED, false, SecurityRequirementsStatus.UNKNOWN, null, false, false, null,
                List.of());
        return new StoredTransaction(new TransactionId(new UUID(0xB1L, 1)), new ContractId(new UUID(0xC1L, 1)), 1, t,
                Instant.parse("2026-12-07T03:00:00Z"), "alice", null);
    }

    @Test
    void shouldTurnRestrictedWhenAPriorInTheWindowPushesTheAggregateOverTheThreshold() {
        StoredTransaction stored = health(6_000);
        PriorTransaction oneDayInside = new PriorTransaction(DATE.minusMonths(12).plusDays(1),
                List.of(DataSet.of(DataCategory.PERSONAL_HEALTH, 4_001)));

        Classification alone = TransactionClassifier.current()
                .classify(TransactionFactsMapping.toFacts(stored, PARTIES, List.of()));
        Classification aggregated = TransactionClassifier.current()
                .classify(TransactionFactsMapping.toFacts(stored, PARTIES, List.of(oneDayInside)));

        assertThat(alone.outcome()).isEqualTo(Outcome.NOT_COVERED);
        assertThat(aggregated.outcome()).isEqualTo(Outcome.RESTRICTED);
        assertThat(aggregated.bulk()).anySatisfy(b -> {
            assertThat(b.category()).isEqualTo(DataCategory.PERSONAL_HEALTH);
            assertThat(b.count()).isEqualTo(10_001);
            assertThat(b.bulk()).isTrue();
        });
        assertThat(aggregated.id()).isEqualTo(stored.id().toString());
        assertThat(aggregated.counterparty().coveredPerson()).isTrue();
    }
}
