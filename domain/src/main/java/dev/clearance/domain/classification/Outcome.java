package dev.clearance.domain.classification;

/**
 * The outcome of classifying a data transaction under 28 CFR Part 202.
 *
 * @since 0.1.0
 */
public enum Outcome {
    NOT_COVERED(0),
    EXEMPT(1),
    AUTHORIZED_BY_LICENSE(1),
    RESTRICTED(2),
    PROHIBITED(3);

    private final int severity;

    Outcome(int severity) {
        this.severity = severity;
    }

    /** How much the outcome constrains the U.S. person; exempt and licensed rank alike. */
    public int severity() {
        return severity;
    }
}
