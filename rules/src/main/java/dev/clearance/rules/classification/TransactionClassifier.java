package dev.clearance.rules.classification;

import dev.clearance.domain.classification.Citation;
import dev.clearance.domain.classification.Classification;
import dev.clearance.domain.classification.Duty;
import dev.clearance.domain.classification.DutyCode;
import dev.clearance.domain.classification.Outcome;
import dev.clearance.domain.classification.Reason;
import dev.clearance.domain.requirement.RequirementId;
import dev.clearance.domain.shared.Percent;
import dev.clearance.domain.transaction.DataCategory;
import dev.clearance.domain.transaction.DataSet;
import dev.clearance.domain.transaction.ExemptionClaim;
import dev.clearance.domain.transaction.InvestmentTerms;
import dev.clearance.domain.transaction.License;
import dev.clearance.domain.transaction.LicenseKind;
import dev.clearance.domain.transaction.SecurityRequirementsStatus;
import dev.clearance.domain.transaction.TransactionFacts;
import dev.clearance.domain.transaction.TransactionType;
import dev.clearance.rules.bulk.BulkAssessment;
import dev.clearance.rules.bulk.BulkAssessor;
import dev.clearance.rules.bulk.BulkThresholds;
import dev.clearance.rules.bulk.DataScoping;
import dev.clearance.rules.coveredperson.CoveredPersonDetermination;
import dev.clearance.rules.coveredperson.CoveredPersonDeterminer;
import dev.clearance.rules.exemptions.ExemptionCheck;
import dev.clearance.rules.exemptions.ExemptionRules;
import dev.clearance.rules.internal.Trace;
import dev.clearance.rules.requirements.CisaRequirementCatalog;
import dev.clearance.rules.requirements.DutySchedule;
import dev.clearance.rules.ruleset.RuleSet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Classifies a data transaction under 28 CFR Part 202, following the decision procedure of the regulation digest
 * (§k): effective date, U.S.-person actor, data scoping, government-related data, bulk, counterparty status,
 * access and class, exemptions, licence, prohibitions (202.303, then 202.301 and 202.302), restricted transactions
 * (202.401), then the evasion (202.304) and directing (202.305) overlays.
 *
 * <p>Pure: the same facts and rule set always give the same classification; no clock, no randomness.
 *
 * @since 0.1.0
 */
public final class TransactionClassifier {

    private static final Percent CLOUD_REPORT_OWNERSHIP = Percent.of("25");
    private static final BigDecimal PASSIVE_LIMIT = BigDecimal.TEN;
    private static final Set<String> GATE_RULES = Set.of("effective-date", "us-person-actor");

    private final RuleSet ruleSet;

    public TransactionClassifier(RuleSet ruleSet) {
        this.ruleSet = ruleSet;
    }

    public static TransactionClassifier current() {
        return new TransactionClassifier(RuleSet.current());
    }

    public RuleSet ruleSet() {
        return ruleSet;
    }

    /** Classifies a batch, in order. */
    public List<Classification> classifyAll(List<TransactionFacts> batch) {
        List<Classification> out = new ArrayList<>(batch.size());
        for (TransactionFacts facts : batch) {
            out.add(classify(facts));
        }
        return out;
    }

    public Classification classify(TransactionFacts facts) {
        return new Evaluation(facts, ruleSet).run();
    }

    /** A terminal decision of one rule. */
    private record Verdict(Outcome outcome, String section, List<Duty> duties, List<RequirementId> requirements) {

        static Verdict of(Outcome outcome, String section) {
            return new Verdict(outcome, section, List.of(), List.of());
        }

        static Verdict of(Outcome outcome, String section, List<Duty> duties) {
            return new Verdict(outcome, section, duties, List.of());
        }
    }

    /** One evaluation: the facts, the trace it writes, and what the early steps found. */
    private static final class Evaluation {

        private final TransactionFacts facts;
        private final RuleSet ruleSet;
        private final Trace trace = new Trace();
        private final CoveredPersonDetermination counterparty;
        private @Nullable BulkAssessment bulk;
        private boolean governmentRelated;

        Evaluation(TransactionFacts facts, RuleSet ruleSet) {
            this.facts = facts;
            this.ruleSet = ruleSet;
            this.counterparty = CoveredPersonDeterminer.determine(facts.counterparty(), facts.parties());
        }

        Classification run() {
            Verdict verdict = decide();
            verdict = directingOverlay(verdict);
            verdict = evasionOverlay(verdict);
            knowledgeWarning(verdict);
            return assemble(verdict);
        }

        private Verdict decide() {
            Verdict v = effectiveDate();
            if (v != null) {
                return v;
            }
            v = usPersonActor();
            if (v != null) {
                return v;
            }
            bulk = BulkAssessor.assess(facts, ruleSet.config().combinedDataReading(), trace);
            governmentRelated = governmentRelatedData();
            v = thresholdGate();
            if (v != null) {
                return v;
            }
            boolean coveredCounterparty = counterpartyStatus();
            if (!coveredCounterparty && !foreignBrokerage()) {
                return notCoveredCounterparty();
            }
            v = access(coveredCounterparty);
            if (v != null) {
                return v;
            }
            v = transactionClass();
            if (v != null) {
                return v;
            }
            v = exemptions();
            if (v != null) {
                return v;
            }
            v = licence();
            if (v != null) {
                return v;
            }
            if (!coveredCounterparty) {
                return onwardTransfer();
            }
            v = omicProhibition();
            if (v != null) {
                return v;
            }
            v = brokerageWithCoveredPerson();
            if (v != null) {
                return v;
            }
            return restricted();
        }

        /** 28 CFR 202.216: Part 202 applies to transactions engaged in on or after April 8, 2025. */
        private @Nullable Verdict effectiveDate() {
            if (facts.date().isBefore(ruleSet.config().effectiveDate())) {
                trace.add("effective-date", "202.216", "The transaction date " + facts.date() + " is before "
                        + ruleSet.config().effectiveDate() + ", the effective date of Part 202, so its prohibitions"
                        + " and restrictions do not apply.");
                return Verdict.of(Outcome.NOT_COVERED, "202.216");
            }
            trace.add("effective-date", "202.216", "The transaction date " + facts.date() + " is on or after "
                    + ruleSet.config().effectiveDate() + ", the effective date of Part 202.");
            return null;
        }

        /** 28 CFR 202.256, 202.305: the prohibitions bind U.S. persons, and U.S. persons who direct others. */
        private @Nullable Verdict usPersonActor() {
            CoveredPersonDetermination actor = CoveredPersonDeterminer.determine(facts.usPerson(), facts.parties());
            String name = "'" + facts.usPersonParty().name() + "'";
            if (actor.usPerson()) {
                trace.add("us-person-actor", "202.256", name + " is a U.S. person, so Part 202 governs its"
                        + " conduct in this transaction.");
                return null;
            }
            if (facts.directedForeignTransaction()) {
                trace.add("directed-foreign-transaction", "202.305", name + " is not a U.S. person, but a U.S."
                        + " person directs the transaction; under 28 CFR 202.305 it is judged as if a U.S. person"
                        + " engaged in it.");
                return null;
            }
            trace.add("us-person-actor", "202.256", name + " is not a U.S. person; Part 202 prohibits and restricts"
                    + " transactions of U.S. persons, so it does not govern this party's transaction (a U.S. person"
                    + " who directs it would be judged under 28 CFR 202.305).");
            return Verdict.of(Outcome.NOT_COVERED, "202.256");
        }

        /** 28 CFR 202.222: precise geolocation in a listed area, or data marketed as linked to U.S. Government
         * personnel, is covered at any volume. */
        private boolean governmentRelatedData() {
            boolean geo = facts.governmentRelated().preciseGeolocationInListedArea();
            boolean marketed = facts.governmentRelated().marketedAsUsGovernmentLinked();
            boolean anySensitive = facts.data().stream().anyMatch(d -> DataScoping.countedPersons(d) > 0
                    && d.category() != DataCategory.HUMAN_BIOSPECIMENS);
            if (geo) {
                trace.add("government-related-location", "202.222(a)", "The data includes precise geolocation"
                        + " data for a location inside an area on the Government-Related Location Data List"
                        + " (28 CFR 202.1401), which is government-related data at any volume.");
            }
            if (marketed && anySensitive) {
                trace.add("government-related-marketing", "202.222(b)", "A transacting party markets the data as"
                        + " linked or linkable to current or recent former U.S. Government employees or contractors"
                        + " or former senior officials, which makes it government-related data at any volume.");
                trace.warn("The data is marketed as linked to U.S. Government personnel: it is covered whatever its"
                        + " volume, and how it is described matters more than what it contains (28 CFR 202.222).");
            } else if (marketed) {
                trace.add("government-related-marketing", "202.222(b)", "The data is marketed as linked to U.S."
                        + " Government personnel, but no sensitive personal data is in scope, so the marketing prong"
                        + " has nothing to attach to.");
            }
            return geo || (marketed && anySensitive);
        }

        /** 28 CFR 202.205, 202.210: without government-related or bulk data there is no covered data transaction. */
        private @Nullable Verdict thresholdGate() {
            boolean omic = facts.data().stream().anyMatch(d -> DataScoping.countedPersons(d) > 0
                    && (d.category().isOmic() || d.category() == DataCategory.HUMAN_BIOSPECIMENS));
            if (omic) {
                trace.warn("Human 'omic data or biospecimens are present: access to bulk amounts by a country of"
                        + " concern or covered person is prohibited outright in every class of transaction"
                        + " (28 CFR 202.303).");
            }
            if (governmentRelated || assessed().anyBulk()) {
                return null;
            }
            trace.add("below-threshold", "202.205", "The data is neither government-related nor bulk U.S. sensitive"
                    + " personal data, so the transaction is not a covered data transaction (28 CFR 202.210).");
            if (facts.evasion()) {
                trace.warn("The transaction is flagged as structured to evade Part 202, but it involves neither"
                        + " government-related nor bulk data; check whether transactions with related parties should"
                        + " be aggregated (28 CFR 202.304).");
            }
            return Verdict.of(Outcome.NOT_COVERED, "202.205");
        }

        /** 28 CFR 202.211, 202.601: is the counterparty a country of concern or a covered person? */
        private boolean counterpartyStatus() {
            for (CoveredPersonDetermination.Finding f : counterparty.findings()) {
                trace.add("covered-person", f.section(), f.text());
            }
            return counterparty.countryOfConcern() || counterparty.coveredPerson();
        }

        /** 28 CFR 202.302 reaches data brokerage with foreign persons that are not covered persons. */
        private boolean foreignBrokerage() {
            if (facts.type() == TransactionType.DATA_BROKERAGE && !counterparty.usPerson()) {
                trace.add("foreign-person-brokerage", "202.302", "The counterparty is a foreign person that is"
                        + " neither a country of concern nor a covered person; data brokerage with it is governed by"
                        + " the onward-transfer rule of 28 CFR 202.302.");
                return true;
            }
            return false;
        }

        private Verdict notCoveredCounterparty() {
            trace.add("counterparty-not-covered", "202.211", "The counterparty is neither a country of concern nor a"
                    + " covered person, so no country of concern or covered person obtains access through this"
                    + " transaction and it is not a covered data transaction (28 CFR 202.210).");
            return Verdict.of(Outcome.NOT_COVERED, "202.211");
        }

        /** 28 CFR 202.201, 202.210: access is judged before, and without regard to, any security controls. */
        private @Nullable Verdict access(boolean coveredCounterparty) {
            if (!facts.counterpartyAccess()) {
                String section = coveredCounterparty ? "202.210" : "202.201";
                trace.add("no-access", section, "The counterparty obtains no access to the data through this"
                        + " transaction (for instance the U.S. person only receives or processes the counterparty's"
                        + " own data), so it is not a covered data transaction (28 CFR 202.210, Example 3).");
                return Verdict.of(Outcome.NOT_COVERED, section);
            }
            trace.add("access", "202.201", "The counterparty can access the data; access is judged without regard"
                    + " to encryption or other security requirements.");
            return null;
        }

        /** 28 CFR 202.210(a)(2), 202.214, 202.217, 202.228, 202.258: the four classes of covered transaction. */
        private @Nullable Verdict transactionClass() {
            if (facts.cloudComputing() && facts.type() != TransactionType.VENDOR) {
                trace.warn("cloudComputing is set on a transaction that is not a vendor agreement and was ignored.");
            }
            switch (facts.type()) {
                case NONE -> {
                    trace.add("no-transaction-class", "202.210", "The transaction is not data brokerage, a vendor"
                            + " agreement, an employment agreement or an investment agreement, so it is not a"
                            + " covered data transaction.");
                    return Verdict.of(Outcome.NOT_COVERED, "202.210");
                }
                case DATA_BROKERAGE -> trace.add("class-data-brokerage", "202.214", "The transaction is data"
                        + " brokerage: the sale or licensing of data to a recipient that did not collect it from the"
                        + " individuals.");
                case VENDOR -> trace.add("class-vendor", "202.258", "The transaction is a vendor agreement"
                        + (facts.cloudComputing() ? ", for cloud-computing services" : "") + ".");
                case EMPLOYMENT -> trace.add("class-employment", "202.217", "The transaction is an employment"
                        + " agreement.");
                case INVESTMENT -> {
                    return investment();
                }
            }
            return null;
        }

        /** 28 CFR 202.228(b): a passive investment is not an investment agreement. */
        private @Nullable Verdict investment() {
            InvestmentTerms terms = facts.investment();
            if (terms == null) {
                trace.add("class-investment", "202.228(a)", "The transaction is an investment agreement; no"
                        + " investment terms were given, so the passive-investment exclusion cannot apply.");
                trace.warn("Investment terms are missing: the passive-investment exclusion of 28 CFR 202.228(b)"
                        + " was not considered.");
                return null;
            }
            List<String> failures = new ArrayList<>();
            if (!terms.instrument().qualifiesAsPassive()) {
                failures.add("the instrument is not a publicly traded security, a registered fund security or a"
                        + " limited-partner interest");
            }
            if (terms.votingPercent().value().compareTo(PASSIVE_LIMIT) >= 0) {
                failures.add("it gives " + terms.votingPercent() + " of the voting interest, not less than 10%");
            }
            if (terms.equityPercent().value().compareTo(PASSIVE_LIMIT) >= 0) {
                failures.add("it gives " + terms.equityPercent() + " of the equity interest, not less than 10%");
            }
            if (terms.extraRights()) {
                failures.add("it gives rights beyond standard minority-shareholder protections");
            }
            if (failures.isEmpty()) {
                trace.add("passive-investment", "202.228(b)", "The investment is in a qualifying instrument ("
                        + terms.instrument() + "), gives less than 10% of both voting and equity interest ("
                        + terms.votingPercent() + ", " + terms.equityPercent() + ") and no rights beyond standard"
                        + " minority-shareholder protections, so it is a passive investment and not an investment"
                        + " agreement.");
                return Verdict.of(Outcome.NOT_COVERED, "202.228");
            }
            trace.add("class-investment", "202.228", "The transaction is an investment agreement and not a passive"
                    + " investment under 28 CFR 202.228(b) because " + String.join("; ", failures) + ".");
            return null;
        }

        /** Subpart E, 28 CFR 202.501–202.511: each claim checked; the first that holds exempts. */
        private @Nullable Verdict exemptions() {
            Set<ExemptionClaim> claims = new java.util.TreeSet<>(facts.exemptions());
            ExemptionCheck.Applies first = null;
            for (ExemptionClaim claim : claims) {
                ExemptionCheck check = ExemptionRules.check(claim, facts);
                String rule = "exemption-" + claim.name().toLowerCase(Locale.ROOT).replace('_', '-');
                if (check instanceof ExemptionCheck.Applies applies) {
                    trace.add(rule, claim.section(), applies.text());
                    applies.cautions().forEach(trace::warn);
                    if (first == null) {
                        first = applies;
                    }
                } else if (check instanceof ExemptionCheck.Fails fails) {
                    trace.add(rule + "-fails", claim.section(), "The claimed exemption does not apply: "
                            + fails.why());
                    trace.warn("Claimed exemption " + claim + " (28 CFR " + claim.section() + ") fails: "
                            + fails.why());
                }
            }
            if (first == null) {
                return null;
            }
            return Verdict.of(Outcome.EXEMPT, first.claim().section(), first.residualDuties());
        }

        /** Subpart H, 28 CFR 202.801–202.802: a licence authorizes only if its conditions are met. */
        private @Nullable Verdict licence() {
            License licence = facts.license();
            if (licence == null) {
                return null;
            }
            String section = licence.kind() == LicenseKind.GENERAL ? "202.801" : "202.802";
            String kind = licence.kind() == LicenseKind.GENERAL ? "general" : "specific";
            if (!licence.conditionsMet()) {
                trace.add("licence-conditions-not-met", section, "The " + kind + " licence '" + licence.reference()
                        + "' does not authorize the transaction because its conditions are not met.");
                trace.warn("Licence " + licence.reference() + " was not relied on: its conditions are not met.");
                return null;
            }
            trace.add("licence", section, "The transaction is authorized by " + kind + " licence '"
                    + licence.reference() + "', whose conditions are met.");
            return Verdict.of(Outcome.AUTHORIZED_BY_LICENSE, section, List.of(
                    new Duty(DutyCode.LICENSE_CONDITIONS, Citation.of(section), null),
                    DutySchedule.records(facts.date()), DutySchedule.reportsOnDemand()));
        }

        /** 28 CFR 202.303, 202.401(b): bulk human 'omic data or biospecimens, in any class, prohibited. */
        private @Nullable Verdict omicProhibition() {
            if (!assessed().bulkOmic() && !assessed().bulkBiospecimens()) {
                return null;
            }
            trace.add("prohibited-omic", "202.303", "The transaction gives a country of concern or covered person"
                    + " access to " + (assessed().bulkOmic() ? "bulk human 'omic data" : "human biospecimens from which"
                            + " bulk human 'omic data could be derived") + "; 28 CFR 202.303 prohibits this in every"
                    + " class of transaction, and 28 CFR 202.401(b) makes the restricted-transaction route"
                    + " unavailable, whatever security requirements are met.");
            return new Verdict(Outcome.PROHIBITED, "202.303", brokerageRejectionDuty(), List.of());
        }

        /** 28 CFR 202.301: data brokerage with a country of concern or covered person. */
        private @Nullable Verdict brokerageWithCoveredPerson() {
            if (facts.type() != TransactionType.DATA_BROKERAGE) {
                return null;
            }
            trace.add("prohibited-brokerage", "202.301", "Data brokerage giving a country of concern or covered"
                    + " person access to " + dataDescription() + " is prohibited by 28 CFR 202.301.");
            return new Verdict(Outcome.PROHIBITED, "202.301", brokerageRejectionDuty(), List.of());
        }

        /** 28 CFR 202.302: brokerage with a non-covered foreign person needs the onward-transfer clause. */
        private Verdict onwardTransfer() {
            if (facts.onwardTransferClause()) {
                trace.add("onward-transfer-clause", "202.302(a)", "The contract forbids the foreign buyer to broker"
                        + " the same data onward to a country of concern or covered person, so the data brokerage is"
                        + " permitted under 28 CFR 202.302(a).");
                trace.add("onward-transfer-breach-report", "202.302(b)", "The U.S. person must report any known or"
                        + " suspected breach of that clause within 14 days of becoming aware of it; the due date shown"
                        + " counts from the transaction date.");
                return Verdict.of(Outcome.NOT_COVERED, "202.302", List.of(
                        DutySchedule.onwardTransferBreachReport(facts.date()), DutySchedule.records(facts.date())));
            }
            trace.add("prohibited-foreign-brokerage", "202.302", "Data brokerage giving a foreign person access to "
                    + dataDescription() + " is prohibited by 28 CFR 202.302 unless the contract forbids onward"
                    + " brokerage of the same data to a country of concern or covered person; this contract has no"
                    + " such clause.");
            return new Verdict(Outcome.PROHIBITED, "202.302", brokerageRejectionDuty(), List.of());
        }

        /** 28 CFR 202.401: vendor, employment and investment agreements with covered persons are restricted. */
        private Verdict restricted() {
            String agreement = switch (facts.type()) {
                case VENDOR -> "vendor";
                case EMPLOYMENT -> "employment";
                default -> "investment";
            };
            SecurityRequirementsStatus status = facts.securityRequirements();
            boolean notMet = status == SecurityRequirementsStatus.NOT_MET
                    || (status == SecurityRequirementsStatus.UNKNOWN && ruleSet.config().prohibitedOnUnknownSecurity());
            List<RequirementId> requirements = CisaRequirementCatalog.forRestrictedTransaction();
            if (notMet) {
                trace.add("restricted-" + agreement + "-not-compliant", "202.401", "The " + agreement + " agreement"
                        + " with a country of concern or covered person involving " + dataDescription() + " is a"
                        + " restricted transaction, and the security requirements of 28 CFR 202.248 are not met, so"
                        + " it is not authorized and is prohibited (28 CFR 202.401(a); Example 2).");
                return new Verdict(Outcome.PROHIBITED, "202.401", List.of(), requirements);
            }
            trace.add("restricted-" + agreement, "202.401", "The " + agreement + " agreement with a country of"
                    + " concern or covered person involving " + dataDescription() + " is a restricted transaction:"
                    + " permitted only while it meets the CISA security requirements (28 CFR 202.248) and the due"
                    + " diligence, audit, recordkeeping and reporting requirements of Subparts J and K.");
            if (status == SecurityRequirementsStatus.UNKNOWN) {
                trace.warn("Whether the security requirements are met is UNKNOWN: the transaction may proceed only"
                        + " once every listed CISA requirement is met; if they are not met it is prohibited"
                        + " (28 CFR 202.401, Example 2).");
            }
            List<Duty> duties = new ArrayList<>(DutySchedule.restricted(facts.date(),
                    ruleSet.config().deferredComplianceDate()));
            trace.add("due-diligence-and-audit", "202.1001", "Subpart J applies to restricted transactions from "
                    + ruleSet.config().deferredComplianceDate() + ": a data compliance program with annually"
                    + " certified policies (28 CFR 202.1001), an independent audit for each calendar year"
                    + " (28 CFR 202.1002) and records kept for 10 years (28 CFR 202.1101(b)).");
            cloudReport(duties);
            return new Verdict(Outcome.RESTRICTED, "202.401", duties, requirements);
        }

        /** 28 CFR 202.1103: annual report for cloud-computing restricted transactions of a U.S. person that is
         * 25% or more owned by countries of concern or covered persons. */
        private void cloudReport(List<Duty> duties) {
            if (facts.type() != TransactionType.VENDOR || !facts.cloudComputing()) {
                return;
            }
            CoveredPersonDetermination us = CoveredPersonDeterminer.determine(facts.usPerson(), facts.parties());
            if (us.coveredOwnership().isAtLeast(CLOUD_REPORT_OWNERSHIP)) {
                Duty report = DutySchedule.annualCloudReport(facts.date(), ruleSet.config().deferredComplianceDate());
                duties.add(report);
                trace.add("annual-cloud-report", "202.1103", "The restricted transaction involves cloud-computing"
                        + " services and the U.S. person is " + us.coveredOwnership() + " owned by countries of"
                        + " concern or covered persons (25% or more), so it must file an annual report by "
                        + report.due() + ".");
            } else {
                trace.add("annual-cloud-report", "202.1103", "The transaction involves cloud-computing services, but"
                        + " the U.S. person is only " + us.coveredOwnership() + " owned by countries of concern or"
                        + " covered persons (less than 25%), so no annual report is due.");
            }
        }

        /** 28 CFR 202.1104: report within 14 days a rejected offer of prohibited data brokerage (from Oct 6, 2025). */
        private List<Duty> brokerageRejectionDuty() {
            if (facts.type() != TransactionType.DATA_BROKERAGE) {
                return List.of();
            }
            if (facts.date().isBefore(ruleSet.config().deferredComplianceDate())) {
                trace.add("rejected-brokerage-report", "202.1104", "Reports of rejected prohibited data brokerage"
                        + " apply only to rejections on or after " + ruleSet.config().deferredComplianceDate()
                        + "; none is due for a rejection on " + facts.date() + ".");
                return List.of();
            }
            Duty duty = DutySchedule.rejectedBrokerageReport(facts.date());
            trace.add("rejected-brokerage-report", "202.1104", "If the U.S. person rejects this offer of prohibited"
                    + " data brokerage, it must report the rejection within 14 days (by " + duty.due() + ").");
            return List.of(duty);
        }

        /** 28 CFR 202.305: knowingly directing a transaction that would be prohibited for a U.S. person. */
        private Verdict directingOverlay(Verdict base) {
            if (!facts.directedForeignTransaction() || !reachedCoverage()) {
                return base;
            }
            if (base.outcome() == Outcome.PROHIBITED) {
                trace.add("directing-prohibited", "202.305", "A U.S. person directs this transaction; because it"
                        + " would be prohibited if engaged in by a U.S. person (28 CFR " + base.section() + "),"
                        + " directing it is prohibited by 28 CFR 202.305.");
                return new Verdict(Outcome.PROHIBITED, "202.305", base.duties(), base.requirements());
            }
            if (base.outcome() == Outcome.RESTRICTED) {
                trace.add("directing-restricted", "202.305", "A U.S. person directs this restricted transaction;"
                        + " under 28 CFR 202.305 directing it is lawful only while it meets the security requirements"
                        + " and the other conditions of Subpart D.");
                return base;
            }
            trace.add("directing-permitted", "202.305", "A U.S. person directs this transaction, which would not be"
                    + " prohibited if engaged in by a U.S. person, so 28 CFR 202.305 is not violated.");
            return base;
        }

        /** 28 CFR 202.304: a transaction structured to evade Part 202 that involves government-related or bulk data
         * is prohibited whatever the counterparty's apparent status. */
        private Verdict evasionOverlay(Verdict base) {
            if (!facts.evasion() || !reachedCoverage() || !(governmentRelated || assessed().anyBulk())) {
                return base;
            }
            trace.add("evasion", "202.304", "The transaction is structured to evade or avoid Part 202 and involves "
                    + (governmentRelated ? "government-related data" : "bulk U.S. sensitive personal data")
                    + ", so 28 CFR 202.304 prohibits it whatever the counterparty's apparent status.");
            List<Duty> duties = base.outcome() == Outcome.PROHIBITED ? base.duties() : brokerageRejectionDuty();
            return new Verdict(Outcome.PROHIBITED, "202.304", duties, List.of());
        }

        /** The actor and date gates were passed (the bulk test ran). */
        private boolean reachedCoverage() {
            return !facts.date().isBefore(ruleSet.config().effectiveDate())
                    && (facts.directedForeignTransaction()
                            || CoveredPersonDeterminer.determine(facts.usPerson(), facts.parties()).usPerson());
        }

        /** 28 CFR 202.230: prohibitions and restrictions reach transactions engaged in knowingly. */
        private void knowledgeWarning(Verdict verdict) {
            if (verdict.outcome() == Outcome.PROHIBITED || verdict.outcome() == Outcome.RESTRICTED) {
                trace.warn("Part 202 applies to transactions engaged in knowingly (28 CFR 202.230): this"
                        + " classification assumes the U.S. person knows or should know these facts.");
            }
        }

        /** The bulk assessment; set by the time any step after the bulk test runs. */
        private BulkAssessment assessed() {
            return java.util.Objects.requireNonNull(bulk, "bulk test not run yet");
        }

        private String dataDescription() {
            List<String> parts = new ArrayList<>();
            if (governmentRelated) {
                parts.add("government-related data");
            }
            if (assessed().anyBulk()) {
                parts.add("bulk " + String.join(", ", assessed().bulkCategories().stream()
                        .map(BulkThresholds::label).toList()));
            }
            return String.join(" and ", parts);
        }

        private Classification assemble(Verdict verdict) {
            if (bulk == null) {
                // NB: an early exit (date, actor) still reports the data's bulk status; its reasons stay out of
                // the trace because they did not decide anything.
                Trace unused = new Trace();
                bulk = BulkAssessor.assess(facts, ruleSet.config().combinedDataReading(), unused);
                governmentRelated = facts.governmentRelated().preciseGeolocationInListedArea()
                        || (facts.governmentRelated().marketedAsUsGovernmentLinked()
                                && facts.data().stream().anyMatch(d -> DataScoping.countedPersons(d) > 0));
            }
            List<Reason> reasons = trace.reasons();
            Set<Citation> citations = new LinkedHashSet<>();
            citations.add(Citation.of(verdict.section()));
            for (Reason r : reasons) {
                // NB: the gates that merely passed (date, actor) support every classification and would crowd
                // out the sections that matter; they stay in the trace.
                if (!GATE_RULES.contains(r.rule())) {
                    citations.add(r.citation());
                }
            }
            return new Classification(facts.id(), verdict.outcome(), new ArrayList<>(citations),
                    counterparty.toStatus(), governmentRelated, assessed().findings(), verdict.requirements(),
                    verdict.duties(), reasons, trace.warnings(), ruleSet.version());
        }
    }
}
