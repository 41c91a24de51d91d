package dev.clearance.domain.ownership;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A period of validity: from {@code from} (inclusive) until {@code to} (exclusive), or open-ended.
 *
 * @since 0.1.0
 */
public record Validity(LocalDate from, @Nullable LocalDate to) {

    public Validity {
        Objects.requireNonNull(from, "from");
        if (to != null && !to.isAfter(from)) {
            throw new IllegalArgumentException("valid-to " + to + " must be after valid-from " + from);
        }
    }

    public static Validity from(LocalDate from) {
        return new Validity(from, null);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && (to == null || date.isBefore(to));
    }
}
