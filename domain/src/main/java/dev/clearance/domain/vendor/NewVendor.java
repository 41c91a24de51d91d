package dev.clearance.domain.vendor;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * What an analyst submits to register a vendor. The constructor enforces the same invariants as the
 * database check constraints, so an invalid vendor can never reach a store.
 */
public record NewVendor(String name, String country) {
    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());
    public static final int MAX_NAME_LENGTH = 200;

    public NewVendor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(country, "country");
        name = name.strip();
        if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("name must be 1-" + MAX_NAME_LENGTH + " characters");
        }
        if (!isCountryCode(country)) {
            throw new IllegalArgumentException("country must be an ISO 3166-1 alpha-2 code");
        }
    }

    /** ISO 3166-1 alpha-2, upper case; includes XK (Kosovo), which sanctions lists use but the JDK omits. */
    public static boolean isCountryCode(String code) {
        return code.length() == 2 && code.equals(code.toUpperCase(Locale.ROOT))
                && (ISO_COUNTRIES.contains(code) || code.equals("XK"));
    }
}
