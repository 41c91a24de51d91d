package dev.clearance.rules.ruleset;

/**
 * The two readings of combined data in 28 CFR 202.205(g) (regulation digest §b.1 and §m.0).
 *
 * @since 0.1.0
 */
public enum CombinedDataReading {
    /** Each data type is tested against the lowest threshold among the categories present (default). */
    STRICT,
    /** Each data type is tested against its own threshold; once one qualifies the combined set is bulk. */
    LITERAL
}
