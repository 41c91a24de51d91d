package dev.clearance.rules.ruleset;

import dev.clearance.domain.classification.RuleSetVersion;

/**
 * A versioned rule set: the version recorded on every classification and the readings it applies.
 *
 * @since 0.1.0
 */
public record RuleSet(RuleSetVersion version, RuleSetConfig config) {

    /** The rule set for Part 202 as in force from April 8, 2025, first revision (Clearance 0.1). */
    public static final RuleSetVersion DSP_2025_04_08_1 = new RuleSetVersion("dsp-2025.04.08-1");

    /**
     * Second revision: 28 CFR 202.501 and 202.502 claims are judged on their conditions (facts format
     * {@code exemptionFacts}) instead of being refused for every class of transaction.
     */
    public static final RuleSetVersion DSP_2025_04_08_2 = new RuleSetVersion("dsp-2025.04.08-2");

    public static RuleSet current() {
        return new RuleSet(DSP_2025_04_08_2, RuleSetConfig.DEFAULT);
    }

    public static RuleSet current(RuleSetConfig config) {
        return new RuleSet(DSP_2025_04_08_2, config);
    }
}
