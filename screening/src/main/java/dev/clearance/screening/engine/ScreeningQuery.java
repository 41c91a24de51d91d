package dev.clearance.screening.engine;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

import dev.clearance.screening.list.BirthDate;
import dev.clearance.screening.list.EntryType;

/**
 * What is screened: a name, and optionally a date of birth, a country (ISO 3166-1 alpha-2) and a type.
 */
public record ScreeningQuery(String name, @Nullable BirthDate dateOfBirth, @Nullable String country,
        @Nullable EntryType type) {

    public ScreeningQuery {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        if (name.length() > 500) {
            throw new IllegalArgumentException("name must be at most 500 characters");
        }
        if (country != null) {
            if (!country.matches("[A-Za-z]{2}")) {
                throw new IllegalArgumentException("country must be an ISO 3166-1 alpha-2 code: " + country);
            }
            country = country.toUpperCase(Locale.ROOT);
        }
    }

    public static ScreeningQuery name(String name) {
        return new ScreeningQuery(name, null, null, null);
    }
}
