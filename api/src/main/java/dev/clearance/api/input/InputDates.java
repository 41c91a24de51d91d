package dev.clearance.api.input;

import dev.clearance.api.problem.InvalidRequestException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import org.jspecify.annotations.Nullable;

/**
 * The dates the API accepts: ISO-8601 calendar dates {@code YYYY-MM-DD} from {@value #MIN_TEXT} to
 * {@value #MAX_TEXT}. PostgreSQL and the 12-month look-backs of the rules cannot handle the full range of
 * {@link LocalDate} (year ±999,999,999), and no ownership stake or transaction predates 1900.
 */
public final class InputDates {
    public static final String MIN_TEXT = "1900-01-01";
    public static final String MAX_TEXT = "9999-12-31";
    public static final LocalDate MIN = LocalDate.parse(MIN_TEXT);
    public static final LocalDate MAX = LocalDate.parse(MAX_TEXT);
    public static final String RULE = "must be a date YYYY-MM-DD from " + MIN_TEXT + " to " + MAX_TEXT;
    /** For the OpenAPI description of every date field and parameter. */
    public static final String DESCRIPTION = "ISO-8601 date YYYY-MM-DD from " + MIN_TEXT + " to " + MAX_TEXT;

    // NB: uuuu with STRICT refuses a sign, more than four year digits and days such as 2025-02-30.
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private InputDates() {
    }

    /** The date in {@code text}, or null when it is not a supported date. */
    public static @Nullable LocalDate parse(String text) {
        if (text.length() != 10) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text, ISO);
            return date.isBefore(MIN) || date.isAfter(MAX) ? null : date;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A query or path parameter: null when absent or blank, 400 naming {@code field} when unsupported. */
    public static @Nullable LocalDate parameter(String field, @Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        LocalDate date = parse(text);
        if (date == null) {
            throw new InvalidRequestException(field, RULE);
        }
        return date;
    }
}
