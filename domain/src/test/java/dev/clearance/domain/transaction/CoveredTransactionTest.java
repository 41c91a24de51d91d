package dev.clearance.domain.transaction;

import static dev.clearance.domain.transaction.TransactionSamples.DATE;
import static dev.clearance.domain.transaction.TransactionSamples.US;
import static dev.clearance.domain.transaction.TransactionSamples.VENDOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clearance.domain.shared.CountryCode;
import dev.clearance.domain.shared.Percent;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class CoveredTransactionTest {

    private static CoveredTransaction with(TransactionType type, boolean cloud, @Nullable InvestmentTerms investment,
                                           List<ExemptionClaim> exemptions, List<DataLocation> locations) {
        return new CoveredTransaction(US, VENDOR, DATE, null, type, cloud, true, investment,
                List.of(DataSet.of(DataCategory.PERSONAL_HEALTH, 10)), GovernmentRelatedFlags.NONE, exemptions,
                ExemptionConditions.NONE_STATED, false, SecurityRequirementsStatus.UNKNOWN, null, false, false, null,
                locations);
    }

    @Test
    void shouldKeepEveryFactItWasGiven() {
        CoveredTransaction t = TransactionSamples.everyFact(TransactionType.VENDOR);
        assertThat(t.data()).hasSize(3);
        assertThat(t.exemptions()).containsExactly(ExemptionClaim.INFORMATIONAL_MATERIALS,
                ExemptionClaim.CORPORATE_GROUP);
        assertThat(t.locations()).hasSize(2);
    }

    @Test
    void shouldRefuseAnEndDateBeforeTheTransactionDate() {
        assertThatThrownBy(() -> new CoveredTransaction(US, VENDOR, DATE, DATE.minusDays(1), TransactionType.VENDOR,
                false, true, null, List.of(), GovernmentRelatedFlags.NONE, List.of(), ExemptionConditions.NONE_STATED,
                false, SecurityRequirementsStatus.UNKNOWN, null, false, false, null, List.of()))
                .hasMessageContaining("before the transaction date");
    }

    @Test
    void shouldRefuseTheUsPersonAsItsOwnCounterparty() {
        assertThatThrownBy(() -> new CoveredTransaction(US, US, DATE, null, TransactionType.VENDOR, false, true, null,
                List.of(), GovernmentRelatedFlags.NONE, List.of(), ExemptionConditions.NONE_STATED, false,
                SecurityRequirementsStatus.UNKNOWN, null, false, false, null, List.of()))
                .hasMessageContaining("own counterparty");
    }

    @Test
    void shouldRefuseCloudComputingOutsideAVendorAgreement() {
        assertThat(with(TransactionType.VENDOR, true, null, List.of(), List.of()).cloudComputing()).isTrue();
        assertThatThrownBy(() -> with(TransactionType.EMPLOYMENT, true, null, List.of(), List.of()))
                .hasMessageContaining("cloudComputing");
    }

    @Test
    void shouldRefuseInvestmentTermsOutsideAnInvestment() {
        InvestmentTerms terms = new InvestmentTerms(InvestmentInstrument.OTHER, Percent.of("1"), Percent.of("1"),
                false);
        assertThat(with(TransactionType.INVESTMENT, false, terms, List.of(), List.of()).investment()).isEqualTo(terms);
        assertThatThrownBy(() -> with(TransactionType.VENDOR, false, terms, List.of(), List.of()))
                .hasMessageContaining("investment terms");
    }

    @Test
    void shouldRefuseTheSameExemptionOrLocationTwice() {
        assertThatThrownBy(() -> with(TransactionType.VENDOR, false, null,
                List.of(ExemptionClaim.TRAVEL, ExemptionClaim.TRAVEL), List.of()))
                .hasMessageContaining("at most once");
        DataLocation us = new DataLocation(CountryCode.of("US"), DataLocation.Role.STORAGE);
        assertThatThrownBy(() -> with(TransactionType.VENDOR, false, null, List.of(), List.of(us, us)))
                .hasMessageContaining("at most once");
    }

    @Test
    void shouldRefuseANegativeCount() {
        assertThatThrownBy(() -> DataSet.of(DataCategory.PERSONAL_HEALTH, -1)).hasMessageContaining("negative");
    }
}
