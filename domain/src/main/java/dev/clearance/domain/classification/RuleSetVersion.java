package dev.clearance.domain.classification;

import java.util.regex.Pattern;

/**
 * The version of the rule set that produced a classification, e.g. {@code dsp-2025.04.08-1}.
 *
 * @since 0.1.0
 */
public record RuleSetVersion(String value) {

    private static final Pattern FORMAT = Pattern.compile("dsp-\\d{4}\\.\\d{2}\\.\\d{2}-\\d+");

    public RuleSetVersion {
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("not a rule-set version: " + value);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
