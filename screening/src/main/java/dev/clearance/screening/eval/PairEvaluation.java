package dev.clearance.screening.eval;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

import dev.clearance.screening.engine.NameMatcher;

/**
 * Scores labelled name pairs ({@code query,candidate,is_match} CSV with that header, optionally a fourth column
 * {@code kind}) with the production name matcher and with plain Jaro-Winkler over the upper-cased names, and counts
 * hits at a threshold, overall and per kind: what {@code screen-eval} prints.
 */
public final class PairEvaluation {

    /** The plain Jaro-Winkler baseline's threshold (the figure every earlier report quotes). */
    public static final double PLAIN_JW_THRESHOLD = 0.85;

    /** The kind that {@link #related} leaves out: aliases no name comparison can link. */
    public static final String UNRELATED = AliasKind.UNRELATED.label();

    private static final JaroWinklerSimilarity JW = new JaroWinklerSimilarity();

    /**
     * One labelled pair, the score the production matcher gave it and plain Jaro-Winkler's score; {@code kind} is
     * "" when the file has no kind column.
     */
    public record ScoredPair(int line, String query, String candidate, boolean match, double score, String kind,
            double plainScore) {
    }

    /** One kind's counts for the production matcher and for plain Jaro-Winkler, from the same pairs. */
    public record KindResult(String kind, int pairs, int matches, Result engine, Result plainJw) {
    }

    /** Counts and rates at one threshold; a rate with an empty denominator is 0. */
    public record Result(double threshold, int truePositives, int falsePositives, int falseNegatives,
            int trueNegatives) {

        public double precision() {
            int d = truePositives + falsePositives;
            return d == 0 ? 0 : (double) truePositives / d;
        }

        public double recall() {
            int d = truePositives + falseNegatives;
            return d == 0 ? 0 : (double) truePositives / d;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        /** {@code precision=0.912 recall=0.640 f1=0.752} */
        public String summaryLine() {
            return String.format(Locale.ROOT, "precision=%.3f recall=%.3f f1=%.3f", precision(), recall(), f1());
        }
    }

    /** The CSV is not a {@code query,candidate,is_match} file; {@code line} is 1-based. */
    public static final class MalformedPairsException extends Exception {
        private static final long serialVersionUID = 1L;
        private final int line;

        public MalformedPairsException(int line, String problem) {
            super("line " + line + ": " + problem);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    private PairEvaluation() {
    }

    /** Reads and scores every pair. */
    public static List<ScoredPair> score(Reader csv) throws MalformedPairsException {
        List<ScoredPair> out = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(csv, CSVFormat.DEFAULT)) {
            Iterator<CSVRecord> it = parser.iterator();
            long prevEnd = 0;
            boolean header = true;
            boolean hasKind = false;
            while (true) {
                CSVRecord r;
                try {
                    if (!it.hasNext()) {
                        break;
                    }
                    r = it.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    throw new MalformedPairsException((int) prevEnd + 1, "malformed CSV: "
                            + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()));
                }
                int line = (int) prevEnd + 1;
                prevEnd = parser.getCurrentLineNumber();
                if (header) {
                    header = false;
                    if (r.size() < 3 || !r.get(0).trim().equalsIgnoreCase("query")
                            || !r.get(1).trim().equalsIgnoreCase("candidate")
                            || !r.get(2).trim().equalsIgnoreCase("is_match")) {
                        throw new MalformedPairsException(line, "expected the header query,candidate,is_match");
                    }
                    hasKind = r.size() >= 4 && r.get(3).trim().equalsIgnoreCase("kind");
                    continue;
                }
                if (r.size() == 1 && r.get(0).isBlank()) {
                    continue;
                }
                if (r.size() < 3) {
                    throw new MalformedPairsException(line, "expected 3 columns, found " + r.size());
                }
                String label = r.get(2).trim().toLowerCase(Locale.ROOT);
                boolean match = switch (label) {
                    case "true", "1", "yes" -> true;
                    case "false", "0", "no" -> false;
                    default -> throw new MalformedPairsException(line, "is_match must be true or false: " + r.get(2));
                };
                String q = r.get(0);
                String c = r.get(1);
                if (q.isBlank() || c.isBlank()) {
                    throw new MalformedPairsException(line, "query and candidate must not be blank");
                }
                String kind = hasKind && r.size() >= 4 ? r.get(3).trim() : "";
                if (hasKind && kind.isEmpty()) {
                    throw new MalformedPairsException(line, "kind must not be blank");
                }
                out.add(new ScoredPair(line, q, c, match, NameMatcher.score(q, c).score(), kind, plainJw(q, c)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (out.isEmpty()) {
            throw new MalformedPairsException(1, "no pairs");
        }
        return out;
    }

    /** The baseline: Commons Text's Jaro-Winkler over the whole upper-cased names. */
    public static double plainJw(String a, String b) {
        return JW.apply(a.toUpperCase(Locale.ROOT), b.toUpperCase(Locale.ROOT));
    }

    /** Counts at {@code threshold}: a pair is predicted a match when its score is at least the threshold. */
    public static Result at(List<ScoredPair> pairs, double threshold) {
        return at(pairs, ScoredPair::score, threshold);
    }

    /** Plain Jaro-Winkler's counts at {@code threshold}. */
    public static Result plainAt(List<ScoredPair> pairs, double threshold) {
        return at(pairs, ScoredPair::plainScore, threshold);
    }

    /** The pairs of every kind but {@code unrelated}: the related variants the recall goals are about. */
    public static List<ScoredPair> related(List<ScoredPair> pairs) {
        return pairs.stream().filter(p -> !p.kind().equals(UNRELATED)).toList();
    }

    /**
     * Per kind (the {@link AliasKind} order first, then other kinds by name), the production matcher at
     * {@code threshold} and plain Jaro-Winkler at {@code plainThreshold}. A file without kinds gives no rows.
     */
    public static List<KindResult> byKind(List<ScoredPair> pairs, double threshold, double plainThreshold) {
        Map<String, List<ScoredPair>> groups = new TreeMap<>(PairEvaluation::compareKinds);
        for (ScoredPair p : pairs) {
            if (!p.kind().isEmpty()) {
                groups.computeIfAbsent(p.kind(), k -> new ArrayList<>()).add(p);
            }
        }
        List<KindResult> out = new ArrayList<>();
        groups.forEach((kind, ps) -> out.add(new KindResult(kind, ps.size(),
                (int) ps.stream().filter(ScoredPair::match).count(), at(ps, threshold), plainAt(ps, plainThreshold))));
        return out;
    }

    private static int compareKinds(String a, String b) {
        int ia = kindOrder(a);
        int ib = kindOrder(b);
        return ia != ib ? Integer.compare(ia, ib) : a.compareTo(b);
    }

    private static int kindOrder(String label) {
        for (AliasKind k : AliasKind.values()) {
            if (k.label().equals(label)) {
                return k.ordinal();
            }
        }
        return AliasKind.values().length;
    }

    private static Result at(List<ScoredPair> pairs, ToDoubleFunction<ScoredPair> score, double threshold) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int tn = 0;
        for (ScoredPair p : pairs) {
            boolean hit = score.applyAsDouble(p) >= threshold;
            if (hit && p.match()) {
                tp++;
            } else if (hit) {
                fp++;
            } else if (p.match()) {
                fn++;
            } else {
                tn++;
            }
        }
        return new Result(threshold, tp, fp, fn, tn);
    }
}
