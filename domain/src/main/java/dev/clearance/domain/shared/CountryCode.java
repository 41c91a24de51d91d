package dev.clearance.domain.shared;

import java.util.regex.Pattern;

/**
 * An ISO 3166-1 alpha-2 country code, upper case ({@code "CN"}, {@code "US"}).
 *
 * @since 0.1.0
 */
public record CountryCode(String value) implements Comparable<CountryCode> {

    private static final Pattern ALPHA_2 = Pattern.compile("[A-Z]{2}");

    public CountryCode {
        if (!ALPHA_2.matcher(value).matches()) {
            throw new IllegalArgumentException("not an upper-case ISO 3166-1 alpha-2 code: " + value);
        }
    }

    public static CountryCode of(String value) {
        return new CountryCode(value);
    }

    public static boolean isValid(String value) {
        return ALPHA_2.matcher(value).matches();
    }

    @Override
    public int compareTo(CountryCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
