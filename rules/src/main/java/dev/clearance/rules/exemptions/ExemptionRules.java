package dev.clearance.rules.exemptions;

import dev.clearance.domain.classification.Duty;
import dev.clearance.domain.party.Party;
import dev.clearance.domain.party.PartyKind;
import dev.clearance.domain.party.Relationship;
import dev.clearance.domain.transaction.DataCategory;
import dev.clearance.domain.transaction.DataSet;
import dev.clearance.domain.transaction.ExemptionClaim;
import dev.clearance.domain.transaction.ExemptionConditions;
import dev.clearance.domain.transaction.TransactionFacts;
import dev.clearance.domain.transaction.TransactionType;
import dev.clearance.rules.bulk.DataScoping;
import dev.clearance.rules.requirements.DutySchedule;
import java.util.List;

/**
 * Subpart E: each claimed exemption checked against the facts that bear on its conditions.
 *
 * @since 0.1.0
 */
public final class ExemptionRules {

    private ExemptionRules() {
    }

    public static ExemptionCheck check(ExemptionClaim claim, TransactionFacts facts) {
        return switch (claim) {
            case PERSONAL_COMMUNICATION -> personalCommunication(facts);
            case INFORMATIONAL_MATERIALS -> informationalMaterials(facts);
            case TRAVEL -> travel(facts);
            case OFFICIAL_US_GOVERNMENT -> officialGovernmentBusiness(facts);
            case FINANCIAL_SERVICES -> financialServices(facts);
            case CORPORATE_GROUP -> corporateGroup(facts);
            case REQUIRED_BY_FEDERAL_LAW -> requiredByFederalLaw(facts);
            case CFIUS_ACTION -> cfiusAction(facts);
            case TELECOMMUNICATIONS -> telecommunications(facts);
            case DRUG_DEVICE_AUTHORIZATION -> drugDeviceAuthorization(facts);
            case CLINICAL_INVESTIGATION -> clinicalInvestigation(facts);
        };
    }

    private static List<Duty> residual(TransactionFacts facts) {
        return List.of(DutySchedule.reportsOnDemand());
    }

    private static String typeLabel(TransactionType type) {
        return switch (type) {
            case DATA_BROKERAGE -> "data brokerage";
            case VENDOR -> "a vendor agreement";
            case EMPLOYMENT -> "an employment agreement";
            case INVESTMENT -> "an investment agreement";
            case NONE -> "no agreement";
        };
    }

    /**
     * 28 CFR 202.501: a postal, telegraphic, telephonic or other personal communication that does not transfer
     * anything of value is outside the whole Part. The claim holds unless the facts say something of value passes
     * with the communication; the fee paid to a carrier for delivering it is not value transferred in the
     * communication. It never holds for data brokerage, where the data is what is sold (202.214).
     *
     * @since 0.2.0 (judged on its condition; 0.1 refused it for every class)
     */
    static ExemptionCheck personalCommunication(TransactionFacts facts) {
        if (facts.type() == TransactionType.DATA_BROKERAGE) {
            // NB: in brokerage the data is what is sold or licensed (202.214), so the communication carrying it
            // transfers value whatever the facts say about the message itself.
            return new ExemptionCheck.Fails(ExemptionClaim.PERSONAL_COMMUNICATION, "28 CFR 202.501 covers only"
                    + " personal communications that do not transfer anything of value; in data brokerage"
                    + " (28 CFR 202.214) the data itself is sold or licensed to the recipient, which is a transfer of"
                    + " value.");
        }
        Boolean value = facts.exemptionConditions().valueTransferred();
        if (Boolean.TRUE.equals(value)) {
            return new ExemptionCheck.Fails(ExemptionClaim.PERSONAL_COMMUNICATION, "28 CFR 202.501 covers only"
                    + " personal communications that do not transfer anything of value; the facts record that"
                    + " something of value passes with this communication (exemptionFacts.valueTransferred).");
        }
        String basis = value == null ? "The analyst asserts" : "The facts record";
        List<String> cautions = value == null
                ? List.of("PERSONAL_COMMUNICATION (28 CFR 202.501) is taken as claimed: the facts do not say whether"
                        + " anything of value passes with the communication; exemptionFacts.valueTransferred = true"
                        + " would defeat it.")
                : List.of();
        return new ExemptionCheck.Applies(ExemptionClaim.PERSONAL_COMMUNICATION, basis + " that the data passes in"
                + " a postal, telegraphic, telephonic or other personal communication that transfers nothing of value"
                + " (a carrier's fee for delivering it is not value in the communication), which 28 CFR 202.501"
                + " takes out of the whole Part.", List.of(), cautions);
    }

    /**
     * 28 CFR 202.502 with the definition in 202.226: the import or export, commercial or otherwise and in any
     * format, of expressive information or informational materials is outside the whole Part. The claim holds
     * unless the facts contradict one of its conditions: the material is expressive, not technical, functional or
     * other non-expressive data; fully created and in existence at the date of the transaction, not made to the
     * recipient's specification; the material itself, not its substantive or artistic alteration or enhancement or
     * marketing and business consulting services; and not controlled for export for nonproliferation or
     * antiterrorism reasons or covered by 18 U.S.C. chapter 37. A published book that contains personal data is
     * exempt; a data set of the same records compiled for the buyer is not.
     *
     * @since 0.2.0 (judged on its conditions; 0.1 refused it for all sensitive personal data)
     */
    static ExemptionCheck informationalMaterials(TransactionFacts facts) {
        ExemptionConditions c = facts.exemptionConditions();
        List<String> defeated = new java.util.ArrayList<>();
        if (Boolean.FALSE.equals(c.expressive())) {
            defeated.add("the material is technical, functional or otherwise non-expressive data, not expressive"
                    + " material (28 CFR 202.226)");
        }
        if (Boolean.FALSE.equals(c.fullyCreatedBeforeTransaction())) {
            defeated.add("the material was not fully created and in existence on " + facts.date()
                    + ", the date of the transaction (28 CFR 202.226)");
        }
        if (Boolean.TRUE.equals(c.madeToRecipientSpecification())) {
            defeated.add("the material is made to the recipient's specification, a custom data set rather than"
                    + " material already in existence (28 CFR 202.226)");
        }
        if (Boolean.TRUE.equals(c.alteredOrEnhanced())) {
            defeated.add("the transaction is a substantive or artistic alteration or enhancement of the material,"
                    + " or marketing or business consulting services, which the exemption does not reach"
                    + " (28 CFR 202.226)");
        }
        if (Boolean.TRUE.equals(c.exportControlled())) {
            defeated.add("the material is controlled for export for nonproliferation or antiterrorism reasons or"
                    + " covered by 18 U.S.C. chapter 37 (28 CFR 202.226)");
        }
        if (!defeated.isEmpty()) {
            return new ExemptionCheck.Fails(ExemptionClaim.INFORMATIONAL_MATERIALS, "28 CFR 202.502 covers only"
                    + " expressive information or informational materials; " + String.join("; ", defeated) + ".");
        }
        List<String> asserted = new java.util.ArrayList<>();
        List<String> cautions = new java.util.ArrayList<>();
        assertedCondition(c.expressive(), "is expressive material", "expressive = false", asserted, cautions);
        assertedCondition(c.fullyCreatedBeforeTransaction(), "was fully created and in existence at the date of"
                + " the transaction", "fullyCreatedBeforeTransaction = false", asserted, cautions);
        assertedCondition(negate(c.madeToRecipientSpecification()), "was not made to the recipient's"
                + " specification", "madeToRecipientSpecification = true", asserted, cautions);
        assertedCondition(negate(c.alteredOrEnhanced()), "is the material itself, not an alteration, enhancement"
                + " or marketing or consulting service", "alteredOrEnhanced = true", asserted, cautions);
        assertedCondition(negate(c.exportControlled()), "is not export-controlled for nonproliferation or"
                + " antiterrorism reasons nor covered by 18 U.S.C. chapter 37", "exportControlled = true", asserted,
                cautions);
        String text = "The data passes as information or informational materials imported or exported in the"
                + " ordinary course (publications, films, recordings, photographs, artworks, news wire feeds), which"
                + " 28 CFR 202.502 takes out of the whole Part"
                + (asserted.isEmpty() ? "; the facts record every condition of 28 CFR 202.226."
                        : "; the analyst asserts that the material " + String.join(", that it ", asserted) + ".");
        return new ExemptionCheck.Applies(ExemptionClaim.INFORMATIONAL_MATERIALS, text, List.of(), cautions);
    }

    private static @org.jspecify.annotations.Nullable Boolean negate(@org.jspecify.annotations.Nullable Boolean b) {
        return b == null ? null : !b;
    }

    private static void assertedCondition(@org.jspecify.annotations.Nullable Boolean stated, String condition,
                                          String defeater, List<String> asserted, List<String> cautions) {
        if (stated == null) {
            asserted.add(condition);
            cautions.add("INFORMATIONAL_MATERIALS (28 CFR 202.502) is taken as claimed: the facts do not say whether"
                    + " the material " + condition + "; exemptionFacts." + defeater + " would defeat it.");
        }
    }

    /** 28 CFR 202.503: ordinarily incident to travel; only a (non-cloud) vendor agreement can be. */
    static ExemptionCheck travel(TransactionFacts facts) {
        if (facts.type() != TransactionType.VENDOR || facts.cloudComputing()) {
            return new ExemptionCheck.Fails(ExemptionClaim.TRAVEL, "28 CFR 202.503 covers transactions ordinarily"
                    + " incident to travel (baggage, living expenses, travel arrangements); "
                    + (facts.cloudComputing() ? "cloud-computing services" : typeLabel(facts.type()))
                    + " is not ordinarily incident to travel.");
        }
        return new ExemptionCheck.Applies(ExemptionClaim.TRAVEL, "The vendor agreement is claimed to be ordinarily"
                + " incident to travel to or from a country, which 28 CFR 202.503 takes out of the whole Part.",
                List.of());
    }

    /** 28 CFR 202.504: official business of the U.S. Government, or a grant or contract with it. */
    static ExemptionCheck officialGovernmentBusiness(TransactionFacts facts) {
        return new ExemptionCheck.Applies(ExemptionClaim.OFFICIAL_US_GOVERNMENT, "The transaction is for the official"
                + " business of the U.S. Government or under a grant, contract or other agreement with it, which"
                + " 28 CFR 202.504 exempts; keep the grant or contract on file.", residual(facts));
    }

    /**
     * 28 CFR 202.505: ordinarily incident to and part of financial services. Selling data is not, and 'omic data
     * and biospecimens are not part of any listed financial service.
     */
    static ExemptionCheck financialServices(TransactionFacts facts) {
        if (facts.type() == TransactionType.DATA_BROKERAGE || facts.type() == TransactionType.INVESTMENT) {
            return new ExemptionCheck.Fails(ExemptionClaim.FINANCIAL_SERVICES, "28 CFR 202.505 covers transactions"
                    + " ordinarily incident to and part of providing financial services; " + typeLabel(facts.type())
                    + " is not the provision of a financial service.");
        }
        if (inScope(facts).stream().anyMatch(d -> d.category().isOmic()
                || d.category() == DataCategory.HUMAN_BIOSPECIMENS)) {
            return new ExemptionCheck.Fails(ExemptionClaim.FINANCIAL_SERVICES, "28 CFR 202.505 covers data"
                    + " ordinarily incident to financial services; human 'omic data and biospecimens are not.");
        }
        return new ExemptionCheck.Applies(ExemptionClaim.FINANCIAL_SERVICES, "The transaction is ordinarily incident"
                + " to and part of providing financial services, which 28 CFR 202.505 exempts.", residual(facts));
    }

    /**
     * 28 CFR 202.506: (1) with the U.S. person's subsidiary or affiliate, and (2) ordinarily incident to
     * administrative or ancillary business operations. Selling data or making an investment is neither.
     */
    static ExemptionCheck corporateGroup(TransactionFacts facts) {
        Party cp = facts.counterpartyParty();
        Relationship rel = cp.relationship();
        if (cp.kind() == PartyKind.INDIVIDUAL || (rel != Relationship.SUBSIDIARY && rel != Relationship.AFFILIATE)) {
            return new ExemptionCheck.Fails(ExemptionClaim.CORPORATE_GROUP, "28 CFR 202.506(a)(1) requires the"
                    + " counterparty to be the U.S. person's subsidiary or affiliate; the facts record the relationship"
                    + " as " + rel + (cp.kind() == PartyKind.INDIVIDUAL ? " and the counterparty is an individual"
                            : "") + ".");
        }
        if (facts.type() == TransactionType.DATA_BROKERAGE || facts.type() == TransactionType.INVESTMENT) {
            return new ExemptionCheck.Fails(ExemptionClaim.CORPORATE_GROUP, "28 CFR 202.506(a)(2) requires the"
                    + " transaction to be ordinarily incident to administrative or ancillary business operations (HR,"
                    + " payroll, finance, compliance, customer support, ...); " + typeLabel(facts.type())
                    + " is not.");
        }
        return new ExemptionCheck.Applies(ExemptionClaim.CORPORATE_GROUP, "The counterparty is the U.S. person's "
                + rel.name().toLowerCase(java.util.Locale.ROOT) + " and " + typeLabel(facts.type())
                + " with it is claimed to be ordinarily incident to administrative or ancillary business operations, which"
                + " 28 CFR 202.506 exempts.", residual(facts));
    }

    /** 28 CFR 202.507: required or authorized by federal law or an international agreement of the United States. */
    static ExemptionCheck requiredByFederalLaw(TransactionFacts facts) {
        return new ExemptionCheck.Applies(ExemptionClaim.REQUIRED_BY_FEDERAL_LAW, "The transaction is required or"
                + " authorized by federal law or an international agreement of the United States, which"
                + " 28 CFR 202.507 exempts to that extent; record the provision relied on.", residual(facts));
    }

    /** 28 CFR 202.508: only an investment agreement can be subject to a CFIUS action. */
    static ExemptionCheck cfiusAction(TransactionFacts facts) {
        if (facts.type() != TransactionType.INVESTMENT) {
            return new ExemptionCheck.Fails(ExemptionClaim.CFIUS_ACTION, "28 CFR 202.508 covers only investment"
                    + " agreements subject to a CFIUS action; this is " + typeLabel(facts.type()) + ".");
        }
        return new ExemptionCheck.Applies(ExemptionClaim.CFIUS_ACTION, "The investment agreement is subject to a"
                + " CFIUS action (28 CFR 202.207), which 28 CFR 202.508 exempts from the action's effective date.",
                residual(facts));
    }

    /** 28 CFR 202.509: ordinarily incident to telecommunications services, never data brokerage. */
    static ExemptionCheck telecommunications(TransactionFacts facts) {
        if (facts.type() == TransactionType.DATA_BROKERAGE || facts.type() == TransactionType.INVESTMENT) {
            return new ExemptionCheck.Fails(ExemptionClaim.TELECOMMUNICATIONS, "28 CFR 202.509 covers transactions"
                    + " ordinarily incident to providing telecommunications services and does not reach "
                    + typeLabel(facts.type()) + ".");
        }
        return new ExemptionCheck.Applies(ExemptionClaim.TELECOMMUNICATIONS, "The transaction is ordinarily"
                + " incident to and part of providing telecommunications services (28 CFR 202.252), which"
                + " 28 CFR 202.509 exempts.", residual(facts));
    }

    /**
     * 28 CFR 202.510: regulatory approval data, de-identified or pseudonymized (21 CFR 314.80), necessary for a
     * drug, biologic or device authorization; conditioned on the records of 202.1101(a) and reports of 202.1102.
     */
    static ExemptionCheck drugDeviceAuthorization(TransactionFacts facts) {
        ExemptionCheck failed = regulatoryDataFails(ExemptionClaim.DRUG_DEVICE_AUTHORIZATION, facts, "202.510");
        if (failed != null) {
            return failed;
        }
        return new ExemptionCheck.Applies(ExemptionClaim.DRUG_DEVICE_AUTHORIZATION, "All data in scope is"
                + " de-identified or pseudonymized regulatory approval data needed to obtain or maintain a drug,"
                + " biological product or device authorization, which 28 CFR 202.510 exempts on condition that the"
                + " records of 28 CFR 202.1101(a) are kept and reports under 202.1102 are furnished.",
                List.of(DutySchedule.records(facts.date()), DutySchedule.reportsOnDemand()));
    }

    /** 28 CFR 202.511: FDA-regulated clinical investigations and post-marketing surveillance data. */
    static ExemptionCheck clinicalInvestigation(TransactionFacts facts) {
        ExemptionCheck failed = regulatoryDataFails(ExemptionClaim.CLINICAL_INVESTIGATION, facts, "202.511");
        if (failed != null) {
            return failed;
        }
        return new ExemptionCheck.Applies(ExemptionClaim.CLINICAL_INVESTIGATION, "All data in scope is"
                + " de-identified or pseudonymized data of an FDA-regulated clinical investigation or post-marketing"
                + " surveillance, which 28 CFR 202.511 exempts; records and on-demand reports are kept as a"
                + " condition.", List.of(DutySchedule.records(facts.date()), DutySchedule.reportsOnDemand()));
    }

    private static ExemptionCheck.@org.jspecify.annotations.Nullable Fails regulatoryDataFails(
            ExemptionClaim claim, TransactionFacts facts, String section) {
        if (facts.type() == TransactionType.DATA_BROKERAGE) {
            return new ExemptionCheck.Fails(claim, "28 CFR " + section + " covers data necessary for a regulatory"
                    + " authorization or clinical investigation; selling data (data brokerage) is not.");
        }
        List<DataSet> identifiable = inScope(facts).stream().filter(d -> !d.anonymized()).toList();
        if (!identifiable.isEmpty()) {
            return new ExemptionCheck.Fails(claim, "28 CFR " + section + " requires the data to be de-identified"
                    + " or pseudonymized consistent with 21 CFR 314.80; the "
                    + identifiable.stream().map(d -> d.category().name()).distinct().toList()
                    + " data is not marked anonymized.");
        }
        return null;
    }

    private static List<DataSet> inScope(TransactionFacts facts) {
        return facts.data().stream().filter(d -> DataScoping.outOfScope(d) == null).toList();
    }
}
