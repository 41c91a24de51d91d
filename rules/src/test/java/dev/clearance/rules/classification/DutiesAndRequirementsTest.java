package dev.clearance.rules.classification;

import static dev.clearance.domain.transaction.DataCategory.PERSONAL_FINANCIAL;
import static dev.clearance.domain.transaction.DataCategory.PERSONAL_HEALTH;
import static dev.clearance.rules.Facts.entity;
import static dev.clearance.rules.Facts.of;
import static dev.clearance.rules.Facts.stake;
import static dev.clearance.rules.Facts.withChineseCompany;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.domain.classification.Classification;
import dev.clearance.domain.classification.Duty;
import dev.clearance.domain.classification.DutyCode;
import dev.clearance.domain.classification.Outcome;
import dev.clearance.domain.party.Entity;
import dev.clearance.domain.party.PartyId;
import dev.clearance.domain.party.Relationship;
import dev.clearance.domain.requirement.RequirementId;
import dev.clearance.domain.shared.CountryCode;
import dev.clearance.domain.transaction.ExemptionClaim;
import dev.clearance.domain.transaction.TransactionType;
import dev.clearance.rules.Facts;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Duties with due dates (Subparts J and K, 28 CFR 202.302(b)) and CISA requirement ids (28 CFR 202.248). */
class DutiesAndRequirementsTest {

    private final TransactionClassifier classifier = TransactionClassifier.current();

    private static Map<DutyCode, LocalDate> dues(Classification c) {
        return c.duties().stream().filter(d -> d.due() != null)
                .collect(Collectors.toMap(Duty::code, Duty::due, (a, b) -> a));
    }

    @Test
    void restricted_transaction_owes_program_certifications_audit_and_records() {
        Classification c = classifier.classify(withChineseCompany().date("2025-11-03")
                .data(of(PERSONAL_FINANCIAL, 40_000)).build());

        assertThat(c.outcome()).isEqualTo(Outcome.RESTRICTED);
        assertThat(dues(c)).containsEntry(DutyCode.DATA_COMPLIANCE_PROGRAM, LocalDate.of(2025, 11, 3))
                .containsEntry(DutyCode.ANNUAL_CERTIFICATIONS, LocalDate.of(2025, 11, 3))
                .containsEntry(DutyCode.ANNUAL_AUDIT, LocalDate.of(2025, 12, 31))
                .containsEntry(DutyCode.RECORDS_10_YEARS, LocalDate.of(2035, 11, 3))
                .doesNotContainKey(DutyCode.ANNUAL_CLOUD_REPORT);
    }

    @Test
    void subpart_j_duties_start_on_the_deferred_compliance_date() {
        Classification c = classifier.classify(withChineseCompany().date("2025-09-30")
                .data(of(PERSONAL_FINANCIAL, 40_000)).build());

        assertThat(dues(c)).containsEntry(DutyCode.DATA_COMPLIANCE_PROGRAM, LocalDate.of(2025, 10, 6))
                .containsEntry(DutyCode.RECORDS_10_YEARS, LocalDate.of(2035, 9, 30));
    }

    @Test
    void every_restricted_transaction_lists_all_cisa_requirements() {
        Classification c = classifier.classify(withChineseCompany().data(of(PERSONAL_HEALTH, 40_000)).build());

        assertThat(c.requirements()).extracting(RequirementId::value)
                .contains("CISA-I.A.1", "CISA-I.A.7", "CISA-I.B.1", "CISA-I.B.5", "CISA-I.C", "CISA-II.A",
                        "CISA-II.B", "CISA-II.C", "CISA-II.D")
                .hasSize(17);
    }

    @ParameterizedTest(name = "brokerage on {0}: rejection report due {1}")
    @CsvSource({"2025-10-06,2025-10-20", "2026-01-15,2026-01-29", "2025-10-05,", "2025-06-01,"})
    void rejected_brokerage_report_is_due_14_days_after_from_october_6_2025(String date, String due) {
        Classification c = classifier.classify(withChineseCompany().type(TransactionType.DATA_BROKERAGE).date(date)
                .data(of(PERSONAL_FINANCIAL, 40_000)).build());

        assertThat(c.outcome()).isEqualTo(Outcome.PROHIBITED);
        if (due == null) {
            assertThat(dues(c)).doesNotContainKey(DutyCode.REJECTED_TRANSACTION_REPORT);
        } else {
            assertThat(dues(c)).containsEntry(DutyCode.REJECTED_TRANSACTION_REPORT, LocalDate.parse(due));
        }
    }

    @Test
    void onward_transfer_clause_brings_a_14_day_breach_report_duty() {
        Classification c = classifier.classify(Facts.with(entity("cp", "Buyer Ltd.", "GB", "GB"))
                .type(TransactionType.DATA_BROKERAGE).clause().date("2025-10-01")
                .data(of(PERSONAL_FINANCIAL, 30_000)).build());

        assertThat(c.outcome()).isEqualTo(Outcome.NOT_COVERED);
        assertThat(c.decisiveCitation().value()).isEqualTo("28 CFR 202.302");
        assertThat(dues(c)).containsEntry(DutyCode.ONWARD_TRANSFER_BREACH_REPORT, LocalDate.of(2025, 10, 15));
    }

    @ParameterizedTest(name = "U.S. person {0}% owned by covered persons: annual report {1}")
    @CsvSource({"25,2026-03-01", "24.99,", "60,2026-03-01"})
    void annual_cloud_report_for_us_persons_25_percent_owned_by_covered_persons(String percent, String due) {
        Entity usPerson = new Entity(PartyId.of("us"), "Example Cloud Customer Inc.", List.of(CountryCode.of("US")),
                CountryCode.of("US"), List.of(stake("cnparent", percent)), Relationship.NONE, null, false);
        Classification c = classifier.classify(withChineseCompany().usPerson(usPerson)
                .party(entity("cnparent", "Parent Co.", "CN", "CN")).cloud().date("2025-11-03")
                .data(of(PERSONAL_HEALTH, 40_000)).build());

        assertThat(c.outcome()).isEqualTo(Outcome.RESTRICTED);
        if (due == null) {
            assertThat(dues(c)).doesNotContainKey(DutyCode.ANNUAL_CLOUD_REPORT);
        } else {
            assertThat(dues(c)).containsEntry(DutyCode.ANNUAL_CLOUD_REPORT, LocalDate.parse(due));
        }
    }

    @Test
    void drug_authorization_exemption_keeps_records_as_a_condition() {
        Classification c = classifier.classify(withChineseCompany().exempt(ExemptionClaim.DRUG_DEVICE_AUTHORIZATION)
                .date("2026-02-01").data(Facts.anonymized(PERSONAL_HEALTH, 40_000)).build());

        assertThat(c.outcome()).isEqualTo(Outcome.EXEMPT);
        assertThat(dues(c)).containsEntry(DutyCode.RECORDS_10_YEARS, LocalDate.of(2036, 2, 1));
        assertThat(c.duties()).extracting(Duty::code).contains(DutyCode.REPORTS_ON_DEMAND);
    }

    @Test
    void a_failed_exemption_claim_says_why() {
        Classification c = classifier.classify(withChineseCompany().type(TransactionType.DATA_BROKERAGE)
                .exempt(ExemptionClaim.TELECOMMUNICATIONS).data(of(PERSONAL_FINANCIAL, 40_000)).build());

        assertThat(c.outcome()).isEqualTo(Outcome.PROHIBITED);
        assertThat(c.warnings()).anySatisfy(w -> assertThat(w).contains("TELECOMMUNICATIONS", "data brokerage"));
        assertThat(c.reasons()).anySatisfy(r -> {
            assertThat(r.rule()).isEqualTo("exemption-telecommunications-fails");
            assertThat(r.citation().value()).isEqualTo("28 CFR 202.509");
        });
    }

    @Test
    void an_informational_materials_claim_taken_on_the_analysts_word_says_what_was_asserted_and_what_would_defeat_it() {
        Classification c = classifier.classify(withChineseCompany().type(TransactionType.DATA_BROKERAGE)
                .material(true, null, null, null, null).exempt(ExemptionClaim.INFORMATIONAL_MATERIALS)
                .data(of(PERSONAL_FINANCIAL, 40_000)).build());

        assertThat(c.outcome()).isEqualTo(Outcome.EXEMPT);
        assertThat(c.duties()).isEmpty();
        assertThat(c.reasons()).anySatisfy(r -> {
            assertThat(r.rule()).isEqualTo("exemption-informational-materials");
            assertThat(r.citation().value()).isEqualTo("28 CFR 202.502");
            assertThat(r.text()).contains("the analyst asserts", "fully created and in existence")
                    .doesNotContain("is expressive material");
        });
        assertThat(c.warnings()).hasSize(4)
                .anySatisfy(w -> assertThat(w).contains("exemptionFacts.madeToRecipientSpecification = true"))
                .noneSatisfy(w -> assertThat(w).contains("exemptionFacts.expressive"));
    }

    @Test
    void an_informational_materials_claim_with_every_condition_stated_warns_nothing() {
        Classification c = classifier.classify(withChineseCompany().material(true, true, false, false, false)
                .exempt(ExemptionClaim.INFORMATIONAL_MATERIALS).data(of(PERSONAL_FINANCIAL, 40_000)).build());

        assertThat(c.outcome()).isEqualTo(Outcome.EXEMPT);
        assertThat(c.warnings()).isEmpty();
        assertThat(c.reasons()).anySatisfy(r -> assertThat(r.text()).contains("the facts record every condition"));
    }

    @Test
    void a_defeated_informational_materials_claim_names_every_condition_the_facts_contradict() {
        Classification c = classifier.classify(withChineseCompany().type(TransactionType.DATA_BROKERAGE)
                .material(false, false, true, null, null).exempt(ExemptionClaim.INFORMATIONAL_MATERIALS)
                .data(of(PERSONAL_FINANCIAL, 40_000)).build());

        assertThat(c.outcome()).isEqualTo(Outcome.PROHIBITED);
        assertThat(c.reasons()).anySatisfy(r -> {
            assertThat(r.rule()).isEqualTo("exemption-informational-materials-fails");
            assertThat(r.text()).contains("non-expressive", "not fully created and in existence on 2025-11-03",
                    "recipient's specification");
        });
    }

    @Test
    void a_personal_communication_claim_says_the_carriers_fee_is_not_value_and_warns_when_value_is_not_stated() {
        Classification asserted = classifier.classify(withChineseCompany()
                .exempt(ExemptionClaim.PERSONAL_COMMUNICATION).data(of(PERSONAL_FINANCIAL, 40_000)).build());
        Classification stated = classifier.classify(withChineseCompany().valueTransferred(false)
                .exempt(ExemptionClaim.PERSONAL_COMMUNICATION).data(of(PERSONAL_FINANCIAL, 40_000)).build());

        assertThat(asserted.outcome()).isEqualTo(Outcome.EXEMPT);
        assertThat(asserted.reasons()).anySatisfy(r -> assertThat(r.text())
                .startsWith("The analyst asserts").contains("carrier's fee"));
        assertThat(asserted.warnings()).singleElement().asString().contains("exemptionFacts.valueTransferred = true");
        assertThat(stated.warnings()).isEmpty();
        assertThat(stated.reasons()).anySatisfy(r -> assertThat(r.text()).startsWith("The facts record"));
    }

    @Test
    void the_trace_says_which_reading_of_combined_data_decided() {
        Classification c = classifier.classify(withChineseCompany()
                .data(of(PERSONAL_FINANCIAL, 5000), of(dev.clearance.domain.transaction.DataCategory.BIOMETRIC_IDENTIFIERS, 500))
                .build());

        assertThat(c.reasons()).anySatisfy(r -> {
            assertThat(r.citation().value()).isEqualTo("28 CFR 202.205(g)");
            assertThat(r.text()).contains("strict reading decided");
        });
        assertThat(c.bulk()).allSatisfy(b -> assertThat(b.threshold()).isEqualTo(1000));
    }

    @Test
    void every_reason_cites_part_202_and_citations_start_with_the_decisive_section() {
        Classification c = classifier.classify(withChineseCompany().type(TransactionType.DATA_BROKERAGE)
                .data(of(PERSONAL_FINANCIAL, 40_000)).build());

        assertThat(c.citations().get(0).value()).isEqualTo("28 CFR 202.301");
        assertThat(c.citations()).doesNotHaveDuplicates();
        assertThat(c.reasons()).extracting(r -> r.citation().value()).allMatch(v -> v.startsWith("28 CFR 202."));
        assertThat(c.counterparty().coveredPersonLimbs()).extracting(l -> l.citation().value())
                .containsExactly("28 CFR 202.211(a)(1)");
    }

    @Test
    void an_early_exit_still_reports_the_bulk_status_of_the_data() {
        Classification c = classifier.classify(withChineseCompany().date("2025-03-01")
                .data(of(PERSONAL_HEALTH, 60_000)).build());

        assertThat(c.outcome()).isEqualTo(Outcome.NOT_COVERED);
        assertThat(c.decisiveCitation().value()).isEqualTo("28 CFR 202.216");
        assertThat(c.anyBulk()).isTrue();
        assertThat(c.reasons()).extracting(r -> r.rule()).containsExactly("effective-date");
        assertThat(c.counterparty().coveredPerson()).isTrue();
    }
}
