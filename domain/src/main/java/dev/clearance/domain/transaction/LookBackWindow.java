package dev.clearance.domain.transaction;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The 12-month aggregation window of 28 CFR 202.205 for a transaction dated {@code date}: the dates in
 * {@code (date - 12 months, date]} (docs/regulation-traceability.md, row "202.205 12-month aggregation"). A prior
 * dated exactly 12 months before is out; one dated later than the transaction is not a prior at all.
 *
 * @since 0.2.0
 */
public record LookBackWindow(LocalDate date) {

    public LookBackWindow {
        Objects.requireNonNull(date, "date");
    }

    /** The first date that is no longer in the window (exclusive lower bound). */
    public LocalDate startExclusive() {
        return date.minusMonths(12);
    }

    public LocalDate endInclusive() {
        return date;
    }

    public boolean contains(LocalDate candidate) {
        return candidate.isAfter(startExclusive()) && !candidate.isAfter(date);
    }
}
