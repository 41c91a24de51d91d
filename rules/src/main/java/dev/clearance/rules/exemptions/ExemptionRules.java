package dev.clearance.rules.exemptions;

import dev.clearance.domain.classification.Duty;
import dev.clearance.domain.party.Party;
import dev.clearance.domain.party.PartyKind;
import dev.clearance.domain.party.Relationship;
import dev.clearance.domain.transaction.DataCategory;
import dev.clearance.domain.transaction.DataSet;
import dev.clearance.domain.transaction.ExemptionClaim;
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
     * 28 CFR 202.501: personal communications that transfer nothing of value. A covered data transaction is a
     * brokerage, vendor, employment or investment agreement, all made for consideration, so the claim fails.
     */
    static ExemptionCheck personalCommunication(TransactionFacts facts) {
        return new ExemptionCheck.Fails(ExemptionClaim.PERSONAL_COMMUNICATION, "28 CFR 202.501 covers only"
                + " personal communications that transfer nothing of value; this is " + typeLabel(facts.type())
                + ", made for consideration. Personal communications inside a data set are excluded by marking"
                + " them PERSONAL_COMMUNICATION (28 CFR 202.249(b)(3)).");
    }

    /**
     * 28 CFR 202.502: expressive informational materials. Sensitive personal data about individuals is
     * technical, functional data, and a data set built for the counterparty is not material already in existence.
     */
    static ExemptionCheck informationalMaterials(TransactionFacts facts) {
        return new ExemptionCheck.Fails(ExemptionClaim.INFORMATIONAL_MATERIALS, "28 CFR 202.502 covers expressive"
                + " material already in existence; the sensitive personal data in scope here is non-expressive data"
                + " about individuals. Informational materials inside a data set are excluded by marking them"
                + " INFORMATIONAL_MATERIALS (28 CFR 202.249(b)(4)).");
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
