package dev.clearance.bench.classification;

import dev.clearance.domain.classification.Classification;
import dev.clearance.domain.party.Entity;
import dev.clearance.domain.party.Individual;
import dev.clearance.domain.party.Party;
import dev.clearance.domain.party.PartyDirectory;
import dev.clearance.domain.party.PartyId;
import dev.clearance.domain.party.Relationship;
import dev.clearance.domain.party.Stake;
import dev.clearance.domain.party.UsStatus;
import dev.clearance.domain.shared.CountryCode;
import dev.clearance.domain.shared.Percent;
import dev.clearance.domain.transaction.DataCategory;
import dev.clearance.domain.transaction.DataSet;
import dev.clearance.domain.transaction.ExemptionClaim;
import dev.clearance.domain.transaction.GovernmentRelatedFlags;
import dev.clearance.domain.transaction.IdentifierType;
import dev.clearance.domain.transaction.InvestmentInstrument;
import dev.clearance.domain.transaction.InvestmentTerms;
import dev.clearance.domain.transaction.PriorTransaction;
import dev.clearance.domain.transaction.SecurityRequirementsStatus;
import dev.clearance.domain.transaction.TransactionFacts;
import dev.clearance.domain.transaction.TransactionType;
import dev.clearance.rules.classification.TransactionClassifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Classifications per second, single-threaded, on a mix mirroring the 12 open DSP cases
 * ({@code api/src/test/resources/dsp-cases/cases.json}) each carrying 12 months of weekly prior transactions with
 * the same counterparty (plus a few older ones outside the window). The baseline is the same mix without prior
 * transactions, run in the same process, so the ratio shows what the 12-month aggregation costs.
 *
 * <p>Run: {@code java -cp bench/target/classes:rules/target/classes:domain/target/classes
 * dev.clearance.bench.classification.ClassificationBench [seconds-per-run]}.
 */
public final class ClassificationBench {

    private static final PartyId US = PartyId.of("us");
    private static final PartyId CP = PartyId.of("cp");

    /** Keeps the JIT from discarding the work. */
    private static volatile int blackhole;
    private static final int ROUNDS = 5;

    private ClassificationBench() {
    }

    public static void main(String[] args) {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 2.0;
        TransactionClassifier classifier = TransactionClassifier.current();
        List<TransactionFacts> bare = fixtureMix();
        List<TransactionFacts> withHistory = bare.stream().map(ClassificationBench::withTwelveMonthsOfHistory).toList();
        int priors = withHistory.stream().mapToInt(f -> f.priorTransactions().size()).sum();

        measure(classifier, bare, seconds);
        measure(classifier, withHistory, seconds);
        // NB: the machine is shared; alternate the two runs and keep the median of each.
        double[] baselineRuns = new double[ROUNDS];
        double[] historyRuns = new double[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            baselineRuns[i] = measure(classifier, bare, seconds);
            historyRuns[i] = measure(classifier, withHistory, seconds);
        }
        double baseline = median(baselineRuns);
        double history = median(historyRuns);

        System.out.printf(Locale.ROOT, "classification bench (single thread, %d cases, median of %d runs of %.1f s, rule set %s)%n",
                bare.size(), ROUNDS, seconds, classifier.ruleSet().version());
        System.out.printf(Locale.ROOT, "  baseline, no prior transactions:      %,12.0f classifications/s%n", baseline);
        System.out.printf(Locale.ROOT, "  with 12 months of history (%d priors): %,12.0f classifications/s%n",
                priors, history);
        System.out.printf(Locale.ROOT, "  ratio history/baseline:               %12.2f%n", history / baseline);
    }

    private static double median(double[] runs) {
        double[] sorted = runs.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double measure(TransactionClassifier classifier, List<TransactionFacts> mix, double seconds) {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        long start = System.nanoTime();
        long count = 0;
        int sink = 0;
        while (System.nanoTime() < deadline) {
            for (TransactionFacts f : mix) {
                Classification c = classifier.classify(f);
                sink += c.reasons().size();
                count++;
            }
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        blackhole = sink;
        return count / elapsed;
    }

    /** 52 weekly prior transactions in the 12 months before the date, plus 8 older ones that must not count. */
    static TransactionFacts withTwelveMonthsOfHistory(TransactionFacts facts) {
        List<PriorTransaction> priors = new ArrayList<>();
        for (int week = 1; week <= 60; week++) {
            List<DataSet> data = new ArrayList<>();
            for (DataSet d : facts.data()) {
                data.add(d.withCount(Math.max(1, d.count() / 200)));
            }
            if (data.isEmpty()) {
                data.add(DataSet.of(DataCategory.PERSONAL_HEALTH, 10));
            }
            priors.add(new PriorTransaction(facts.date().minusWeeks(week), data));
        }
        return facts.withPriorTransactions(priors);
    }

    // --- the fixture mix, mirroring cases.json

    static List<TransactionFacts> fixtureMix() {
        Entity us = usEntity("us", "Example U.S. Inc.");
        return List.of(
                facts("brokerage-geolocation-to-cn-adtech", "2025-09-15", List.of(us, entity("cp", "Hangzhou Example Ad Technology", "CN", List.of())),
                        TransactionType.DATA_BROKERAGE, false, true, null, List.of(DataSet.of(DataCategory.PRECISE_GEOLOCATION, 250_000)), List.of(), SecurityRequirementsStatus.UNKNOWN),
                facts("genomic-sequencing-vendor-cn-lab", "2025-07-01", List.of(us, entity("cp", "Beijing Example Sequencing", "CN", List.of())),
                        TransactionType.VENDOR, false, true, null, List.of(DataSet.of(DataCategory.HUMAN_GENOMIC, 5_000)), List.of(), SecurityRequirementsStatus.MET),
                facts("vendor-ru-analytics-financial-secured", "2025-11-03", List.of(us, entity("cp", "OOO Example Analytics", "RU", List.of())),
                        TransactionType.VENDOR, false, true, null, List.of(DataSet.of(DataCategory.PERSONAL_FINANCIAL, 40_000)), List.of(), SecurityRequirementsStatus.MET),
                facts("employment-cn-resident-engineer-health", "2025-12-01", List.of(us, individual("cp", null, "CN", "CN")),
                        TransactionType.EMPLOYMENT, false, true, null, List.of(DataSet.of(DataCategory.PERSONAL_HEALTH, 60_000)), List.of(), SecurityRequirementsStatus.MET),
                facts("corporate-group-payroll-cn-subsidiary", "2025-08-20", List.of(us, subsidiary()),
                        TransactionType.VENDOR, false, true, null, List.of(DataSet.of(DataCategory.PERSONAL_FINANCIAL, 12_000),
                                DataSet.identifiers(12_000, true, IdentifierType.NAME, IdentifierType.ADDRESS, IdentifierType.FINANCIAL_ACCOUNT)),
                        List.of(ExemptionClaim.CORPORATE_GROUP), SecurityRequirementsStatus.UNKNOWN),
                facts("health-8000-below-threshold-vendor", "2025-10-10", List.of(us, entity("cp", "Example Medical IT (Wuhan)", "CN", List.of())),
                        TransactionType.VENDOR, false, true, null, List.of(DataSet.of(DataCategory.PERSONAL_HEALTH, 8_000)), List.of(), SecurityRequirementsStatus.UNKNOWN),
                facts("employee-cn-citizen-green-card-holder", "2025-09-01", List.of(us, individual("cp", UsStatus.PERMANENT_RESIDENT, "CN", "US")),
                        TransactionType.EMPLOYMENT, false, true, null, List.of(DataSet.of(DataCategory.PERSONAL_HEALTH, 60_000)), List.of(), SecurityRequirementsStatus.UNKNOWN),
                facts("us-vendor-processes-covered-persons-data", "2025-06-16", List.of(us, entity("cp", "Shanghai Example Consumer Finance", "CN", List.of())),
                        TransactionType.VENDOR, false, false, null, List.of(DataSet.of(DataCategory.PERSONAL_FINANCIAL, 500_000)), List.of(), SecurityRequirementsStatus.UNKNOWN),
                facts("brokerage-uk-buyer-no-onward-clause", "2025-10-01", List.of(us, entity("cp", "Example Marketing Ltd.", "GB", List.of())),
                        TransactionType.DATA_BROKERAGE, false, true, null, List.of(DataSet.of(DataCategory.PERSONAL_FINANCIAL, 30_000)), List.of(), SecurityRequirementsStatus.UNKNOWN),
                facts("investment-board-seat-security-not-met", "2026-01-15", List.of(us, entity("cp", "Example Capital Management (Beijing)", "CN", List.of())),
                        TransactionType.INVESTMENT, false, true, new InvestmentTerms(InvestmentInstrument.OTHER, Percent.of("25"), Percent.of("25"), true),
                        List.of(DataSet.of(DataCategory.PERSONAL_HEALTH, 200_000)), List.of(), SecurityRequirementsStatus.NOT_MET),
                facts("passive-public-shares-cn-fund", "2025-11-20", List.of(us, entity("cp", "Example Growth Fund Management", "CN", List.of())),
                        TransactionType.INVESTMENT, false, true, new InvestmentTerms(InvestmentInstrument.PUBLIC_SECURITY, Percent.of("4"), Percent.of("4"), false),
                        List.of(DataSet.of(DataCategory.PERSONAL_FINANCIAL, 2_000_000)), List.of(), SecurityRequirementsStatus.UNKNOWN),
                facts("vendor-sg-indirectly-80pct-cn-owned", "2025-09-30", List.of(us,
                                entity("cp", "Example Vision Pte. Ltd.", "SG", List.of(new Stake(PartyId.of("hold"), Percent.of("100")))),
                                entity("hold", "Example Vision Holdings Ltd.", "VG", List.of(new Stake(PartyId.of("cnp"), Percent.of("80")),
                                        new Stake(PartyId.of("tan"), Percent.of("20")))),
                                entity("cnp", "Example Vision Technology (Shenzhen)", "CN", List.of()),
                                individual("tan", null, "SG", "SG")),
                        TransactionType.VENDOR, false, true, null, List.of(DataSet.of(DataCategory.BIOMETRIC_IDENTIFIERS, 20_000)), List.of(), SecurityRequirementsStatus.UNKNOWN));
    }

    private static TransactionFacts facts(String id, String date, List<Party> parties, TransactionType type,
            boolean cloud, boolean access, InvestmentTerms investment, List<DataSet> data,
            List<ExemptionClaim> exemptions, SecurityRequirementsStatus security) {
        return new TransactionFacts(id, LocalDate.parse(date), US, CP, PartyDirectory.of(parties), type, cloud, access,
                investment, data, List.of(), GovernmentRelatedFlags.NONE, exemptions, false, security, null, false,
                false);
    }

    private static Entity usEntity(String id, String name) {
        return new Entity(PartyId.of(id), name, List.of(CountryCode.of("US")), CountryCode.of("US"), List.of(),
                Relationship.NONE, null, false);
    }

    private static Entity entity(String id, String name, String country, List<Stake> owners) {
        return new Entity(PartyId.of(id), name, List.of(CountryCode.of(country)), CountryCode.of(country), owners,
                Relationship.NONE, null, false);
    }

    private static Entity subsidiary() {
        return new Entity(CP, "Example Software (Shanghai) Co., Ltd.", List.of(CountryCode.of("CN")),
                CountryCode.of("CN"), List.of(new Stake(US, Percent.HUNDRED)), Relationship.SUBSIDIARY, null, false);
    }

    private static Individual individual(String id, UsStatus status, String citizenship, String country) {
        return new Individual(PartyId.of(id), "Individual " + id, status, List.of(CountryCode.of(citizenship)),
                CountryCode.of(country), CountryCode.of(country), List.of(), Relationship.NONE, false);
    }
}
