package dev.clearance.domain.transaction;

import dev.clearance.domain.shared.CountryCode;
import java.util.Objects;

/**
 * A country where the data of a transaction is kept or reachable from. Not read by the classifier; kept for the
 * security requirements and for reports on where data goes.
 *
 * @since 0.2.0
 */
public record DataLocation(CountryCode country, Role role) {

    public enum Role {
        /** The data is stored there. */
        STORAGE,
        /** The data is processed there. */
        PROCESSING,
        /** The data is accessed from there. */
        ACCESS
    }

    public DataLocation {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(role, "role");
    }
}
