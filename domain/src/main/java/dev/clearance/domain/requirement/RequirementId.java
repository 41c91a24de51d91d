package dev.clearance.domain.requirement;

import java.util.regex.Pattern;

/**
 * Identifies an entry of the requirement catalog, e.g. {@code CISA-I.A.1}, {@code CISA-II.D} or {@code DOJ-DCP}.
 *
 * @since 0.1.0
 */
public record RequirementId(String value) {

    private static final Pattern FORMAT = Pattern.compile("(CISA-(I|II)\\.[A-D](\\.\\d+)?|DOJ-[A-Z0-9-]+)");

    public RequirementId {
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("not a requirement id: " + value);
        }
    }

    public static RequirementId of(String value) {
        return new RequirementId(value);
    }

    public boolean isCisa() {
        return value.startsWith("CISA-");
    }

    @Override
    public String toString() {
        return value;
    }
}
