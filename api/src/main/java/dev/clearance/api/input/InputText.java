package dev.clearance.api.input;

import org.jspecify.annotations.Nullable;

/**
 * What every text value of the API must satisfy, whatever the field: no control characters (tab, line feed and
 * carriage return excepted), no unpaired UTF-16 surrogates (they cannot be stored as UTF-8) and at most the field's
 * documented length. The JSON reader, query parameters and the classifier's facts reader share it.
 */
public final class InputText {
    /** The cap for a text value whose field documents none; no request field should rely on it. */
    public static final int DEFAULT_MAX = 10_000;

    private InputText() {
    }

    /** The reason {@code value} is refused, or null when it is acceptable. */
    public static @Nullable String problem(String value, int maxLength) {
        if (value.length() > maxLength) {
            return "must be at most " + maxLength + " characters (got " + value.length() + ")";
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return "must not contain an unpaired surrogate (U+" + hex(c) + " at position " + i + ")";
            }
            if (Character.isLowSurrogate(c)) {
                return "must not contain an unpaired surrogate (U+" + hex(c) + " at position " + i + ")";
            }
            if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r') {
                return "must not contain control characters (U+" + hex(c) + " at position " + i + ")";
            }
        }
        return null;
    }

    private static String hex(char c) {
        return String.format("%04X", (int) c);
    }
}
