package dev.clearance.screening.engine;

import java.util.List;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;

import dev.clearance.screening.normalize.NameNormalizer;
import dev.clearance.screening.normalize.NormalizedName;
import dev.clearance.screening.normalize.Token;

/**
 * Pairwise name similarity: the one scoring function the engine applies to a query name and a list name, and that
 * {@code screen-eval} measures. Symmetric. Identical normalized names score 1.
 *
 * <p>Token pairs are compared with Commons Text's Jaro-Winkler; numerals must be equal; a token that is a prefix of
 * the other (3+ letters, "IND" / "INDUSTRIA") counts as an abbreviation. A pair's similarity turns into credit
 * steeply ({@code 1 - (1 - jw) * slope}), because two names that differ by one real word ("Steel Tubes" / "Steel
 * Wires") are different parties even when the strings are close.
 */
public final class NameMatcher {

    /** Tunable constants; {@link #DEFAULT} is what production uses. */
    record Params(double creditSlope, double minPair, double abbreviationSimilarity, double nameWeight,
            double jurisdictionPenalty, double spellingKeySimilarity, double initialSimilarity,
            double skeletonSimilarity) {
    }

    static final Params DEFAULT = new Params(4.0, 0.75, 0.97, 0.1, 0.85, 0.985, 0.9, 0.95);

    private static final JaroWinklerSimilarity JW = new JaroWinklerSimilarity();

    private NameMatcher() {
    }

    /** Similarity of two names as written. */
    public static NameScore score(String a, String b) {
        return score(NameNormalizer.variants(a), NameNormalizer.variants(b));
    }

    /** Best similarity over the variants of each name (a name and its "ex-" names). */
    public static NameScore score(List<NormalizedName> a, List<NormalizedName> b) {
        return score(a, b, DEFAULT);
    }

    static NameScore score(List<NormalizedName> a, List<NormalizedName> b, Params p) {
        NameScore best = NameScore.NONE;
        for (NormalizedName x : a) {
            for (NormalizedName y : b) {
                NameScore s = score(x, y, p);
                if (s.score() > best.score()) {
                    best = s;
                }
            }
        }
        return best;
    }

    public static NameScore score(NormalizedName a, NormalizedName b) {
        return score(a, b, DEFAULT);
    }

    static NameScore score(NormalizedName a, NormalizedName b, Params p) {
        return score(a, b, p, null);
    }

    /** Pair similarities of one query token against candidate tokens, remembered while one query is screened. */
    interface PairCache {
        double similarity(int queryToken, Token queryTok, Token candidateTok, Params p);
    }

    /**
     * A query prepared for scoring many candidates: the same results as {@link #score(List, List)}, with token
     * pair similarities remembered across candidates (list names share many words).
     */
    public static final class Prepared {
        private final List<NormalizedName> query;
        private final List<MemoPairs> pairCaches;

        Prepared(List<NormalizedName> query) {
            this.query = query;
            this.pairCaches = query.stream().map(v -> new MemoPairs(v.tokens().size())).toList();
        }

        public NameScore score(List<NormalizedName> candidate) {
            return score(candidate, 0.0);
        }

        /**
         * As {@link #score(List)}, except that a candidate that cannot reach {@code floor} may get a lower score
         * than its exact one (its whole-name Jaro-Winkler is not computed): callers drop such candidates anyway.
         */
        NameScore score(List<NormalizedName> candidate, double floor) {
            NameScore best = NameScore.NONE;
            for (int qi = 0; qi < query.size(); qi++) {
                for (NormalizedName y : candidate) {
                    NameScore s = NameMatcher.score(query.get(qi), y, DEFAULT, pairCaches.get(qi), floor);
                    if (s.score() > best.score()) {
                        best = s;
                    }
                }
            }
            return best;
        }
    }

    /** Remembers one query variant's token similarities by candidate word. */
    private static final class MemoPairs implements PairCache {
        private final List<java.util.Map<String, Double>> byQueryToken;

        MemoPairs(int queryTokens) {
            byQueryToken = new java.util.ArrayList<>(queryTokens);
            for (int i = 0; i < queryTokens; i++) {
                byQueryToken.add(new java.util.HashMap<>());
            }
        }

        @Override
        public double similarity(int queryToken, Token queryTok, Token candidateTok, Params p) {
            if (queryTok.number() || candidateTok.number()) {
                return tokenSimilarity(queryTok, candidateTok, p);
            }
            java.util.Map<String, Double> memo = byQueryToken.get(queryToken);
            Double known = memo.get(candidateTok.text());
            if (known == null) {
                known = tokenSimilarity(queryTok, candidateTok, p);
                memo.put(candidateTok.text(), known);
            }
            return known;
        }
    }

    public static Prepared prepare(List<NormalizedName> query) {
        return new Prepared(query);
    }

    private static NameScore score(NormalizedName a, NormalizedName b, Params p,
            @org.jspecify.annotations.Nullable PairCache cache) {
        return score(a, b, p, cache, 0.0);
    }

    private static NameScore score(NormalizedName a, NormalizedName b, Params p,
            @org.jspecify.annotations.Nullable PairCache cache, double floor) {
        if (a.isEmpty() || b.isEmpty()) {
            return NameScore.NONE;
        }
        boolean conflict = !a.jurisdictions().isEmpty() && !b.jurisdictions().isEmpty()
                && a.jurisdictions().stream().noneMatch(b.jurisdictions()::contains);
        double tokenScore;
        double nameScore;
        if (a.sorted().equals(b.sorted()) || a.compact().equals(b.compact()) || a.core().equals(b.core())) {
            tokenScore = 1.0;
            nameScore = 1.0;
        } else {
            tokenScore = tokenScore(a.tokens(), b.tokens(), p, cache);
            if ((1 - p.nameWeight()) * tokenScore + p.nameWeight() < floor) {
                // NB: cannot reach the floor whatever the whole-name similarity; skip the costliest comparison.
                return new NameScore(0, clamp(tokenScore), conflict, clamp((1 - p.nameWeight()) * tokenScore));
            }
            nameScore = a.joined().equals(a.sorted()) && b.joined().equals(b.sorted()) ? jw(a.sorted(), b.sorted())
                    : Math.max(jw(a.sorted(), b.sorted()), jw(a.joined(), b.joined()));
        }
        double score = tokenScore == 1.0 ? 1.0 : (1 - p.nameWeight()) * tokenScore + p.nameWeight() * nameScore;
        if (conflict) {
            score *= p.jurisdictionPenalty();
        }
        return new NameScore(clamp(nameScore), clamp(tokenScore), conflict, clamp(score));
    }

    static double tokenScore(List<Token> a, List<Token> b, Params p,
            @org.jspecify.annotations.Nullable PairCache cache) {
        int n = a.size();
        int m = b.size();
        double[][] sim = new double[n][m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                sim[i][j] = cache == null ? tokenSimilarity(a.get(i), b.get(j), p)
                        : cache.similarity(i, a.get(i), b.get(j), p);
            }
        }
        boolean[] usedA = new boolean[n];
        boolean[] usedB = new boolean[m];
        double credit = 0;
        for (int k = Math.min(n, m); k > 0; k--) {
            int bi = -1;
            int bj = -1;
            double bs = p.minPair();
            for (int i = 0; i < n; i++) {
                if (usedA[i]) {
                    continue;
                }
                for (int j = 0; j < m; j++) {
                    if (!usedB[j] && sim[i][j] >= bs && (bi < 0 || sim[i][j] > bs)) {
                        bs = sim[i][j];
                        bi = i;
                        bj = j;
                    }
                }
            }
            if (bi < 0) {
                break;
            }
            usedA[bi] = true;
            usedB[bj] = true;
            double c = Math.max(0, 1 - (1 - bs) * p.creditSlope());
            credit += (a.get(bi).weight() + b.get(bj).weight()) * c;
        }
        double total = 0;
        for (Token t : a) {
            total += t.weight();
        }
        for (Token t : b) {
            total += t.weight();
        }
        return total == 0 ? 0 : credit / total;
    }

    static double tokenSimilarity(Token a, Token b, Params p) {
        String x = a.text();
        String y = b.text();
        if (x.equals(y)) {
            return 1.0;
        }
        if (a.number() || b.number()) {
            return 0.0;
        }
        String shorter = x.length() <= y.length() ? x : y;
        String longer = shorter == x ? y : x;
        if (shorter.length() >= 3 && longer.length() >= shorter.length() * 1.6 && longer.startsWith(shorter)) {
            return p.abbreviationSimilarity();
        }
        if (shorter.length() == 1 && longer.charAt(0) == shorter.charAt(0)) {
            return p.initialSimilarity();
        }
        double s = jw(x, y);
        if (a.key().equals(b.key())) {
            s = Math.max(s, p.spellingKeySimilarity());
        } else if (x.length() >= 5 && y.length() >= 5 && a.skeleton().equals(b.skeleton())) {
            s = Math.max(s, p.skeletonSimilarity());
        }
        return s;
    }

    private static double jw(String x, String y) {
        return JW.apply(x, y);
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
