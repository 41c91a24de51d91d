package dev.clearance.domain.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.clearance.domain.party.Entity;
import dev.clearance.domain.party.PartyDirectory;
import dev.clearance.domain.party.PartyId;
import dev.clearance.domain.party.Relationship;
import dev.clearance.domain.party.Stake;
import dev.clearance.domain.shared.CountryCode;
import dev.clearance.domain.shared.Percent;
import dev.clearance.domain.transaction.DataCategory;
import dev.clearance.domain.transaction.DataSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The compact-constructor invariants of the classification values. */
class DomainInvariantsTest {

    @ParameterizedTest
    @ValueSource(strings = {"-0.01", "100.01", "1000"})
    void a_percent_is_between_0_and_100(String value) {
        assertThatIllegalArgumentException().isThrownBy(() -> Percent.of(value));
    }

    @Test
    void percents_add_exactly_and_cap_at_100() {
        assertThat(Percent.of("24.995").plusCapped(Percent.of("25.005"))).isEqualTo(Percent.of("50"));
        assertThat(Percent.of("60").plusCapped(Percent.of("60"))).isEqualTo(Percent.HUNDRED);
        assertThat(Percent.of("50.00")).isEqualTo(Percent.of("50"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"cn", "CHN", "", "C1"})
    void a_country_code_is_two_upper_case_letters(String value) {
        assertThatIllegalArgumentException().isThrownBy(() -> CountryCode.of(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"28 CFR 202.211(a)(1)", "28 CFR 202.1104", "28 CFR 202.205(g)"})
    void citations_are_28_cfr_202(String value) {
        assertThat(new Citation(value).value()).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"202.301", "28 CFR 203.1", "28 CFR 202.3"})
    void anything_else_is_not_a_citation(String value) {
        assertThatIllegalArgumentException().isThrownBy(() -> new Citation(value));
    }

    @Test
    void bulk_means_more_than_the_threshold() {
        assertThatIllegalArgumentException().isThrownBy(
                () -> new BulkFinding(DataCategory.PERSONAL_HEALTH, 10_000, 10_000, true));
        assertThat(new BulkFinding(DataCategory.PERSONAL_HEALTH, 10_001, 10_000, true).bulk()).isTrue();
    }

    @Test
    void a_us_person_is_covered_only_by_designation() {
        assertThatIllegalArgumentException().isThrownBy(() -> new CounterpartyStatus(true, false, true,
                List.of(CoveredPersonLimb.A1), Percent.HUNDRED));
        assertThat(new CounterpartyStatus(true, false, true, List.of(CoveredPersonLimb.A5), Percent.ZERO)
                .isCountryOfConcernOrCoveredPerson()).isTrue();
    }

    @Test
    void counts_are_never_negative() {
        assertThatIllegalArgumentException().isThrownBy(() -> DataSet.of(DataCategory.PERSONAL_HEALTH, -1));
    }

    @Test
    void every_reference_in_a_party_directory_resolves() {
        Entity orphan = new Entity(PartyId.of("a"), "A", List.of(CountryCode.of("DE")), null,
                List.of(new Stake(PartyId.of("missing"), Percent.of("60"))), Relationship.NONE, null, false);

        assertThatIllegalArgumentException().isThrownBy(() -> PartyDirectory.of(List.of(orphan)));
    }

    @Test
    void a_restricted_classification_names_its_cisa_requirements() {
        CounterpartyStatus cp = new CounterpartyStatus(false, false, true, List.of(CoveredPersonLimb.A1),
                Percent.ZERO);
        assertThatIllegalArgumentException().isThrownBy(() -> new Classification(null, Outcome.RESTRICTED,
                List.of(Citation.of("202.401")), cp, false, List.of(), List.of(), List.of(),
                List.of(new Reason("restricted-vendor", Citation.of("202.401"), "Restricted.")), List.of(),
                new RuleSetVersion("dsp-2025.04.08-1")));
    }
}
