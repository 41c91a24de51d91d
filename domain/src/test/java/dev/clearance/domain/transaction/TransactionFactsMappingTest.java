package dev.clearance.domain.transaction;

import static dev.clearance.domain.transaction.TransactionSamples.DATE;
import static dev.clearance.domain.transaction.TransactionSamples.US;
import static dev.clearance.domain.transaction.TransactionSamples.VENDOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clearance.domain.party.PartyDirectory;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TransactionFactsMappingTest {

    @ParameterizedTest
    @EnumSource(value = TransactionType.class, names = {"VENDOR", "INVESTMENT", "DATA_BROKERAGE"})
    void shouldCarryEveryStoredFactIntoTheEngineFacts(TransactionType type) {
        CoveredTransaction t = TransactionSamples.everyFact(type);
        StoredTransaction stored = TransactionSamples.stored(t);
        PartyDirectory parties = TransactionSamples.parties();
        List<PriorTransaction> priors = List.of(
                new PriorTransaction(DATE.minusMonths(2), List.of(DataSet.of(DataCategory.PERSONAL_HEALTH, 5))));

        TransactionFacts facts = TransactionFactsMapping.toFacts(stored, parties, priors);

        TransactionFacts expected = new TransactionFacts(stored.id().toString(), DATE, US.toFactsId(),
                VENDOR.toFactsId(), parties, type, t.cloudComputing(), true, t.investment(), t.data(), priors,
                new GovernmentRelatedFlags(true, true),
                List.of(ExemptionClaim.INFORMATIONAL_MATERIALS, ExemptionClaim.CORPORATE_GROUP), true,
                SecurityRequirementsStatus.NOT_MET, t.license(), true, true,
                new ExemptionConditions(false, true, null, false, true, null));
        assertThat(facts).isEqualTo(expected);
    }

    @Test
    void shouldOrderPriorsByDateWhateverOrderTheyCameIn() {
        StoredTransaction stored = TransactionSamples.stored(TransactionSamples.everyFact(TransactionType.VENDOR));
        PriorTransaction older = new PriorTransaction(DATE.minusMonths(6),
                List.of(DataSet.of(DataCategory.PERSONAL_HEALTH, 1)));
        PriorTransaction newer = new PriorTransaction(DATE.minusDays(1),
                List.of(DataSet.of(DataCategory.PERSONAL_HEALTH, 2)));

        TransactionFacts a = TransactionFactsMapping.toFacts(stored, TransactionSamples.parties(), List.of(newer, older));
        TransactionFacts b = TransactionFactsMapping.toFacts(stored, TransactionSamples.parties(), List.of(older, newer));

        assertThat(a.priorTransactions()).containsExactly(older, newer);
        assertThat(a).isEqualTo(b);
    }

    @Test
    void shouldRefuseAPriorOutsideTheWindow() {
        StoredTransaction stored = TransactionSamples.stored(TransactionSamples.everyFact(TransactionType.VENDOR));
        PriorTransaction tooOld = new PriorTransaction(DATE.minusMonths(12), List.of());
        PriorTransaction later = new PriorTransaction(DATE.plusDays(1), List.of());
        assertThatThrownBy(() -> TransactionFactsMapping.toFacts(stored, TransactionSamples.parties(), List.of(tooOld)))
                .hasMessageContaining("outside the window");
        assertThatThrownBy(() -> TransactionFactsMapping.toFacts(stored, TransactionSamples.parties(), List.of(later)))
                .hasMessageContaining("outside the window");
    }

    @Test
    void shouldRefuseADirectoryWithoutTheCounterparty() {
        StoredTransaction stored = TransactionSamples.stored(TransactionSamples.everyFact(TransactionType.VENDOR));
        PartyDirectory onlyUs = new PartyDirectory(java.util.Map.of(US.toFactsId(),
                TransactionSamples.parties().get(US.toFactsId())));
        assertThatThrownBy(() -> TransactionFactsMapping.toFacts(stored, onlyUs, List.of()))
                .hasMessageContaining("counterparty");
    }

    @Test
    void shouldGiveWhatATransactionAddsToALaterLookBack() {
        CoveredTransaction t = TransactionSamples.everyFact(TransactionType.VENDOR);
        assertThat(TransactionFactsMapping.asPrior(TransactionSamples.stored(t)))
                .isEqualTo(new PriorTransaction(DATE, t.data()));
    }
}
