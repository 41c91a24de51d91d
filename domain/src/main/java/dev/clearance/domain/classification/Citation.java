package dev.clearance.domain.classification;

import java.util.regex.Pattern;

/**
 * A citation of 28 CFR Part 202, written {@code 28 CFR 202.NNN} with optional paragraphs, e.g.
 * {@code 28 CFR 202.211(a)(1)}.
 *
 * @since 0.1.0
 */
public record Citation(String value) {

    private static final Pattern FORMAT = Pattern.compile("28 CFR 202\\.\\d{3,4}(\\([a-z0-9]+\\))*");

    public Citation {
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("not a 28 CFR 202 citation: " + value);
        }
    }

    /** {@code of("202.211(a)(1)")} gives {@code 28 CFR 202.211(a)(1)}. */
    public static Citation of(String section) {
        return new Citation("28 CFR " + section);
    }

    /** The section without paragraphs, e.g. {@code 28 CFR 202.211}. */
    public Citation section() {
        int paren = value.indexOf('(');
        return paren < 0 ? this : new Citation(value.substring(0, paren));
    }

    @Override
    public String toString() {
        return value;
    }
}
