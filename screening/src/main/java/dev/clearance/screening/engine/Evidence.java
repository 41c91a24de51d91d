package dev.clearance.screening.engine;

/** What a supporting fact (date of birth, country, type) says about a candidate. */
public enum Evidence {
    /** Agrees exactly. */
    MATCH,
    /** Agrees as far as the list is precise (same year where the list gives only a year). */
    PARTIAL,
    /** Disagrees. */
    MISMATCH,
    /** The query or the entry does not say. */
    UNKNOWN
}
