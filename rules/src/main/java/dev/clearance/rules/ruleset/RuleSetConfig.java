package dev.clearance.rules.ruleset;

import java.time.LocalDate;

/**
 * The open legal questions of the regulation digest (§m), as flags. {@link #DEFAULT} holds the readings Clearance
 * chose; {@code docs/regulation-traceability.md} explains each.
 *
 * @param combinedDataReading     28 CFR 202.205(g): strict (default) or literal
 * @param deferredComplianceDate  Subpart J and 28 CFR 202.1103–202.1104 apply from this date (rule text: Oct 6 2025)
 * @param effectiveDate           Part 202 applies to transactions on or after this date (28 CFR 202.216)
 * @param prohibitedOnUnknownSecurity treat UNKNOWN security requirements as NOT_MET (default false: RESTRICTED)
 * @since 0.1.0
 */
public record RuleSetConfig(
        CombinedDataReading combinedDataReading,
        LocalDate deferredComplianceDate,
        LocalDate effectiveDate,
        boolean prohibitedOnUnknownSecurity) {

    public static final RuleSetConfig DEFAULT = new RuleSetConfig(
            CombinedDataReading.STRICT, LocalDate.of(2025, 10, 6), LocalDate.of(2025, 4, 8), false);

    public RuleSetConfig {
        if (deferredComplianceDate.isBefore(effectiveDate)) {
            throw new IllegalArgumentException("deferred compliance cannot start before the effective date");
        }
    }

    public RuleSetConfig withCombinedDataReading(CombinedDataReading reading) {
        return new RuleSetConfig(reading, deferredComplianceDate, effectiveDate, prohibitedOnUnknownSecurity);
    }
}
