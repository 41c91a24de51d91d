package dev.clearance.bench.screening;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

import dev.clearance.screening.engine.NameMatcher;
import dev.clearance.screening.engine.Screening;

/**
 * Matching quality on the 300 labelled cascade pairs ({@code data/pairs/watchman_cascade_name_pairs.csv}): the
 * production matcher at the production threshold against plain Jaro-Winkler over the upper-cased names at 0.85,
 * in the same process. The threshold was chosen on half A (even rows); half B (odd rows) was held out, so both
 * halves are printed, then all pairs.
 *
 * <p>Usage: {@code ScreeningQualityBench [dataDir]}.
 */
public final class ScreeningQualityBench {

    private record Pair(String a, String b, boolean match) {
    }

    private record Counts(int tp, int fp, int fn) {
        double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        String line() {
            return String.format(Locale.ROOT, "precision=%.3f recall=%.3f f1=%.3f (tp=%d fp=%d fn=%d)", precision(),
                    recall(), f1(), tp, fp, fn);
        }
    }

    private ScreeningQualityBench() {
    }

    public static void main(String[] args) throws Exception {
        Path data = BenchLists.dataDir(args);
        List<Pair> pairs = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(data.resolve("pairs/watchman_cascade_name_pairs.csv"),
                StandardCharsets.UTF_8);
                CSVParser p = CSVParser.parse(r, CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                        .get())) {
            for (CSVRecord rec : p) {
                pairs.add(new Pair(rec.get("name1"), rec.get("name2"), Boolean.parseBoolean(rec.get("is_match"))));
            }
        }
        JaroWinklerSimilarity jw = new JaroWinklerSimilarity();
        double t = Screening.DEFAULT_THRESHOLD;
        System.out.printf(Locale.ROOT, "%d labelled pairs (%d matches); engine %s%n", pairs.size(),
                pairs.stream().filter(Pair::match).count(), Screening.ENGINE_VERSION);
        String[] halves = {"half A (tuning)", "half B (held out)", "all pairs"};
        Counts engineAll = null;
        Counts jwAll = null;
        for (int h = 0; h < 3; h++) {
            List<Pair> sel = new ArrayList<>();
            for (int i = 0; i < pairs.size(); i++) {
                if (h == 2 || i % 2 == h) {
                    sel.add(pairs.get(i));
                }
            }
            Counts engine = count(sel, pr -> NameMatcher.score(pr.a(), pr.b()).score() >= t);
            Counts plain = count(sel, pr -> jw.apply(pr.a().toUpperCase(Locale.ROOT), pr.b().toUpperCase(Locale.ROOT))
                    >= 0.85);
            System.out.printf(Locale.ROOT, "%-18s engine@%.2f %s%n", halves[h], t, engine.line());
            System.out.printf(Locale.ROOT, "%-18s plainJW@0.85 %s%n", halves[h], plain.line());
            engineAll = engine;
            jwAll = plain;
        }
        System.out.printf(Locale.ROOT, "ratio engine/plainJW (all pairs): precision %.2fx, recall %.2fx, f1 %.2fx%n",
                engineAll.precision() / jwAll.precision(), engineAll.recall() / jwAll.recall(),
                engineAll.f1() / jwAll.f1());
        System.out.printf(Locale.ROOT, "goal precision>=0.90 with recall>=0.60 at one threshold: %s"
                + " (watchman: recall 0.24 at precision 0.94)%n",
                engineAll.precision() >= 0.9 && engineAll.recall() >= 0.6 ? "met" : "MISSED");
    }

    private static Counts count(List<Pair> pairs, java.util.function.Predicate<Pair> hit) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (Pair p : pairs) {
            boolean h = hit.test(p);
            if (h && p.match()) {
                tp++;
            } else if (h) {
                fp++;
            } else if (p.match()) {
                fn++;
            }
        }
        return new Counts(tp, fp, fn);
    }
}
