package dev.clearance.domain.classification;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Something owed, by a date when the regulation sets one.
 *
 * @param due the deadline, or null for duties owed only on request
 * @since 0.1.0
 */
public record Duty(DutyCode code, Citation citation, @Nullable LocalDate due) {
}
