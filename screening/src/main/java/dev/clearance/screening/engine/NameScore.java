package dev.clearance.screening.engine;

/**
 * How similar two names are, with its parts.
 *
 * @param nameScore         Jaro-Winkler similarity of the whole normalized names (token order ignored)
 * @param tokenScore        weighted best-pair token matching: each token paired with its most similar counterpart
 *                          (Jaro-Winkler), unpaired tokens count as misses
 * @param legalFormConflict both names carry legal forms of different jurisdictions (GmbH vs Sdn Bhd)
 * @param score             the name similarity the engine uses, in [0, 1]
 */
public record NameScore(double nameScore, double tokenScore, boolean legalFormConflict, double score) {

    public static final NameScore NONE = new NameScore(0, 0, false, 0);

    public NameScore {
        check(nameScore, "nameScore");
        check(tokenScore, "tokenScore");
        check(score, "score");
    }

    private static void check(double v, String what) {
        if (!(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException(what + " must be in [0, 1]: " + v);
        }
    }
}
