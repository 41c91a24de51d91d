package dev.clearance.rules.bulk;

import dev.clearance.domain.classification.BulkFinding;
import dev.clearance.domain.transaction.DataCategory;
import dev.clearance.domain.transaction.DataSet;
import dev.clearance.domain.transaction.PriorTransaction;
import dev.clearance.domain.transaction.TransactionFacts;
import dev.clearance.rules.internal.Trace;
import dev.clearance.rules.ruleset.CombinedDataReading;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The bulk test of 28 CFR 202.205–202.206: 12-month aggregation between the same two parties, thresholds written
 * as "more than N", combined data under paragraph (g), and no discount for anonymized or encrypted data.
 *
 * @since 0.1.0
 */
public final class BulkAssessor {

    private BulkAssessor() {
    }

    /**
     * 28 CFR 202.205: aggregates this transaction with the earlier ones dated within the 12 months that end on the
     * transaction date, window {@code (date - 12 months, date]}, and tests each category.
     */
    public static BulkAssessment assess(TransactionFacts facts, CombinedDataReading reading, Trace trace) {
        Map<DataCategory, Long> totals = new EnumMap<>(DataCategory.class);
        scopeCurrent(facts.data(), totals, trace);
        aggregatePriors(facts.date(), facts.priorTransactions(), totals, trace);
        anonymizedStillCounts(facts, trace);
        return test(totals, reading, trace);
    }

    /** 28 CFR 202.249(b), 202.212, 202.223: data outside the definitions counts for nothing. */
    private static void scopeCurrent(List<DataSet> data, Map<DataCategory, Long> totals, Trace trace) {
        for (DataSet d : data) {
            DataScoping.OutOfScope out = DataScoping.outOfScope(d);
            if (out != null) {
                trace.add("data-scoping", out.section(), "The " + d.category() + " data set (" + d.count() + " "
                        + BulkThresholds.unit(d.category()) + ") " + out.text() + ", so it counts for nothing.");
            } else {
                if (d.category() == DataCategory.LISTED_IDENTIFIERS) {
                    trace.add("covered-personal-identifiers", "202.212(a)", "The listed identifiers "
                            + d.identifiers() + (d.linkedToOtherSensitiveData()
                                    ? " are linked or linkable to other sensitive personal data"
                                    : " link two or more listed identifiers")
                            + ", so they are covered personal identifiers.");
                }
                if (d.category().isOmic() && d.category() != DataCategory.HUMAN_GENOMIC) {
                    trace.add("omic-systems-level", "202.224", "The " + d.category() + " data is taken to be a"
                            + " systems-level analysis, as 28 CFR 202.224 requires for epigenomic, proteomic and"
                            + " transcriptomic data.");
                }
                totals.merge(d.category(), d.count(), Long::sum);
            }
        }
    }

    private static void aggregatePriors(LocalDate date, List<PriorTransaction> priors,
            Map<DataCategory, Long> totals, Trace trace) {
        LocalDate windowStart = date.minusMonths(12);
        int inWindow = 0;
        int tooOld = 0;
        int later = 0;
        for (PriorTransaction p : priors) {
            if (p.date().isAfter(date)) {
                later++;
            } else if (!p.date().isAfter(windowStart)) {
                tooOld++;
            } else {
                inWindow++;
                for (DataSet d : p.data()) {
                    long n = DataScoping.countedPersons(d);
                    if (n > 0) {
                        totals.merge(d.category(), n, Long::sum);
                    }
                }
            }
        }
        if (!priors.isEmpty()) {
            trace.add("bulk-aggregation", "202.205", "Counts are aggregated over covered data transactions between"
                    + " the same U.S. person and counterparty in the 12 months ending on " + date + " (after "
                    + windowStart + "): " + inWindow + " earlier transaction(s) fall in that window"
                    + (tooOld > 0 ? ", " + tooOld + " older one(s) do not count" : "")
                    + (later > 0 ? ", " + later + " dated after this transaction are ignored" : "") + ".");
        }
        if (later > 0) {
            trace.warn(later + " prior transaction(s) are dated after the transaction date and were ignored.");
        }
    }

    /** 28 CFR 202.206: anonymized, pseudonymized, de-identified or encrypted data still counts. */
    private static void anonymizedStillCounts(TransactionFacts facts, Trace trace) {
        boolean any = facts.data().stream().anyMatch(d -> d.anonymized() && DataScoping.outOfScope(d) == null);
        if (any) {
            trace.add("anonymized-still-counts", "202.206", "Some data is anonymized, pseudonymized, de-identified"
                    + " or encrypted; it still counts toward the bulk thresholds.");
        }
    }

    private static BulkAssessment test(Map<DataCategory, Long> totals, CombinedDataReading reading, Trace trace) {
        Set<Character> paragraphs = new TreeSet<>();
        long lowest = Long.MAX_VALUE;
        for (Map.Entry<DataCategory, Long> e : totals.entrySet()) {
            char p = BulkThresholds.paragraph(e.getKey());
            if (p != '-' && e.getValue() > 0) {
                paragraphs.add(p);
                lowest = Math.min(lowest, BulkThresholds.threshold(e.getKey()));
            }
        }
        boolean combined = paragraphs.size() > 1;
        List<BulkFinding> strict = new ArrayList<>();
        List<BulkFinding> literal = new ArrayList<>();
        for (Map.Entry<DataCategory, Long> e : totals.entrySet()) {
            DataCategory c = e.getKey();
            long own = BulkThresholds.threshold(c);
            long count = e.getValue();
            long strictThreshold = combined && BulkThresholds.paragraph(c) != '-' ? lowest : own;
            strict.add(new BulkFinding(c, count, strictThreshold, count > strictThreshold));
            literal.add(new BulkFinding(c, count, own, count > own));
        }
        List<BulkFinding> chosen = reading == CombinedDataReading.STRICT ? strict : literal;
        for (BulkFinding f : chosen) {
            trace.add("bulk-threshold", BulkThresholds.section(f.category()), "The " + BulkThresholds.label(
                    f.category()) + " cover " + f.count() + " " + BulkThresholds.unit(f.category())
                    + " over the 12-month window, " + (f.bulk() ? "more than" : "not more than") + " the threshold of "
                    + f.threshold() + (f.bulk() ? ", so they are bulk." : ", so they are not bulk."));
            if (!f.bulk() && f.threshold() > 0 && f.count() * 10 >= f.threshold() * 9) {
                trace.warn("The " + BulkThresholds.label(f.category()) + " count (" + f.count() + ") is within 10% of"
                        + " the bulk threshold (" + f.threshold() + "); later transactions with the same counterparty"
                        + " will be aggregated (28 CFR 202.205).");
            }
        }
        if (combined) {
            boolean strictBulk = strict.stream().anyMatch(BulkFinding::bulk);
            boolean literalBulk = literal.stream().anyMatch(BulkFinding::bulk);
            String decided;
            if (strictBulk == literalBulk) {
                decided = "both readings agree";
            } else if (reading == CombinedDataReading.STRICT) {
                decided = "the strict reading decided: under the literal reading no data type exceeds its own"
                        + " threshold";
            } else {
                decided = "the literal reading decided: under the strict reading the data would be bulk";
            }
            trace.add("combined-data", "202.205(g)", "The data combines categories of 28 CFR 202.205 "
                    + paragraphs.stream().map(p -> "(" + p + ")").reduce("", String::concat) + "; under the "
                    + (reading == CombinedDataReading.STRICT
                            ? "strict reading each data type is tested against the lowest threshold present ("
                                    + lowest + ")"
                            : "literal reading each data type is tested against its own threshold, and the whole set"
                                    + " is bulk once one qualifies")
                    + "; " + decided + ".");
        }
        return new BulkAssessment(chosen, combined);
    }
}
