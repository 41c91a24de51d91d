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
            this.pairCaches = query.stream().map(v -> new MemoPairs(v.tokens())).toList();
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

    /**
     * Remembers one query variant's token similarities by candidate word. A pair that provably scores below
     * {@link Params#minPair()} is remembered as 0 without running Jaro-Winkler: {@link #tokenScore} never pairs
     * such tokens, so the name's score is the same (see {@link #belowMinPair}).
     */
    private static final class MemoPairs implements PairCache {
        private final List<java.util.Map<String, Double>> byQueryToken;
        private final int[][] letterCounts;

        MemoPairs(List<Token> queryTokens) {
            byQueryToken = new java.util.ArrayList<>(queryTokens.size());
            letterCounts = new int[queryTokens.size()][];
            for (int i = 0; i < queryTokens.size(); i++) {
                byQueryToken.add(new java.util.HashMap<>());
                letterCounts[i] = letterCounts(queryTokens.get(i).text());
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
                known = belowMinPair(queryTok, letterCounts[queryToken], candidateTok, p) ? 0.0
                        : tokenSimilarity(queryTok, candidateTok, p);
                memo.put(candidateTok.text(), known);
            }
            return known;
        }
    }

    /** Occurrences of each of A-Z and 0-9 in {@code s}; null when it has any other character. */
    static int @org.jspecify.annotations.Nullable [] letterCounts(String s) {
        int[] counts = new int[36];
        for (int i = 0; i < s.length(); i++) {
            int c = alphabetIndex(s.charAt(i));
            if (c < 0) {
                return null;
            }
            counts[c]++;
        }
        return counts;
    }

    private static int alphabetIndex(char c) {
        if (c >= 'A' && c <= 'Z') {
            return c - 'A';
        }
        if (c >= '0' && c <= '9') {
            return 26 + c - '0';
        }
        return -1;
    }

    /**
     * True when {@link #tokenSimilarity} of the two (non-numeral) tokens is certainly below
     * {@link Params#minPair()}, decided without Jaro-Winkler: none of the abbreviation, initial, spelling-key and
     * skeleton rules applies, and an upper bound of Jaro-Winkler is below it. Jaro counts matching characters
     * {@code m}, which cannot exceed the letters the two words have in common, and its transposition term is at
     * most 1, so {@code jaro <= (c/|x| + c/|y| + 1) / 3}; Winkler's boost is {@code 0.1 * prefix * (1 - jaro)}
     * with the common prefix capped at 4, increasing in {@code jaro}.
     */
    static boolean belowMinPair(Token a, int @org.jspecify.annotations.Nullable [] aCounts, Token b, Params p) {
        String x = a.text();
        String y = b.text();
        if (aCounts == null || x.equals(y)) {
            return false;
        }
        String shorter = x.length() <= y.length() ? x : y;
        String longer = shorter == x ? y : x;
        if (shorter.length() <= 1 || longer.startsWith(shorter) || a.key().equals(b.key())
                || (x.length() >= 5 && y.length() >= 5 && a.skeleton().equals(b.skeleton()))) {
            // NB: abbreviation, initial, spelling-key and skeleton rules may lift the similarity; compute it.
            return false;
        }
        int[] left = aCounts.clone();
        int common = 0;
        for (int i = 0; i < y.length(); i++) {
            int c = alphabetIndex(y.charAt(i));
            if (c < 0) {
                return false;
            }
            if (left[c] > 0) {
                left[c]--;
                common++;
            }
        }
        int prefix = 0;
        while (prefix < Math.min(4, shorter.length()) && x.charAt(prefix) == y.charAt(prefix)) {
            prefix++;
        }
        double jaro = ((double) common / x.length() + (double) common / y.length() + 1.0) / 3.0;
        double bound = jaro + 0.1 * prefix * (1.0 - jaro);
        // NB: a margin for rounding; a pair close to the bound is computed exactly.
        return bound < p.minPair() - 1e-9;
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
            if (floor > 0 && (1 - p.nameWeight()) * tokenScoreBound(a.tokens(), b.tokens()) + p.nameWeight()
                    < floor - 1e-12) {
                // NB: cannot reach the floor even if every token of the shorter name found a perfect partner.
                return new NameScore(0, 0, conflict, 0);
            }
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

    /**
     * An upper bound of {@link #tokenScore}: at most {@code k = min(|a|, |b|)} pairs are made, each credits at most
     * its two weights, and no weight exceeds 1; so the credit is at most the weight of the name with fewer tokens
     * plus {@code min(k, weight of the other)}. A name with more words than the query cannot score high.
     */
    static double tokenScoreBound(List<Token> a, List<Token> b) {
        List<Token> fewer = a.size() <= b.size() ? a : b;
        List<Token> more = fewer == a ? b : a;
        double wFewer = 0;
        for (Token t : fewer) {
            wFewer += t.weight();
        }
        double wMore = 0;
        for (Token t : more) {
            wMore += t.weight();
        }
        double total = wFewer + wMore;
        return total == 0 ? 0 : Math.min(1.0, (wFewer + Math.min(fewer.size(), wMore)) / total);
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
