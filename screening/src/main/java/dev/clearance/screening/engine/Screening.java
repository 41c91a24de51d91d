package dev.clearance.screening.engine;

/** The engine's identity, recorded with every screening so that an auditor can tell which engine scored it. */
public final class Screening {

    /** Changes whenever normalization, candidate generation or scoring changes. */
    public static final String ENGINE_VERSION = "clearance-screening 1.1 (icu4j 78.1, lucene 9.12.3, jaro-winkler+tokens)";

    /**
     * Production threshold on {@link ScoreParts#finalScore()}: chosen on half of the labelled cascade pairs (best
     * recall at precision of at least 0.90) and checked on the other half; see {@code data/SOURCES.md}.
     */
    public static final double DEFAULT_THRESHOLD = 0.92;

    private Screening() {
    }
}
