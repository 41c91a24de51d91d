package dev.clearance.screening.list;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date of birth as lists publish it: often only a year or a month. {@code month} and {@code day} are 0 when
 * unknown. Ranges ("1960 to 1962") become one {@code BirthDate} per year.
 */
public record BirthDate(int year, int month, int day) implements Comparable<BirthDate> {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern DAY_MON_YEAR = Pattern.compile("(\\d{1,2}) ([A-Za-z]{3})[a-z]* (\\d{4})");
    private static final Pattern MON_YEAR = Pattern.compile("([A-Za-z]{3})[a-z]* (\\d{4})");
    private static final Pattern RANGE = Pattern.compile("(\\d{4}) to (\\d{4})");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(\\d{4})(?!\\d)");

    public BirthDate {
        if (year < 1000 || year > 9999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        if (month < 0 || month > 12) {
            throw new IllegalArgumentException("month out of range: " + month);
        }
        if (day < 0 || day > 31 || (day > 0 && month == 0)) {
            throw new IllegalArgumentException("day out of range: " + day);
        }
    }

    public static BirthDate of(LocalDate date) {
        return new BirthDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    public static BirthDate ofYear(int year) {
        return new BirthDate(year, 0, 0);
    }

    /**
     * Parses the forms found in OFAC remarks ("10 Dec 1948", "Feb 1965", "circa 1955", "1960 to 1962"), ISO dates
     * (CSL, UN) and bare years. Returns an empty list when nothing in the text is a date.
     */
    public static List<BirthDate> parseAll(String text) {
        List<BirthDate> out = new ArrayList<>();
        String t = text.trim();
        Matcher m = ISO.matcher(t);
        if (m.find()) {
            out.add(new BirthDate(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))));
            return out;
        }
        m = RANGE.matcher(t);
        if (m.find()) {
            int from = Integer.parseInt(m.group(1));
            int to = Integer.parseInt(m.group(2));
            for (int y = from; y <= to && y - from < 20; y++) {
                out.add(ofYear(y));
            }
            return out;
        }
        m = DAY_MON_YEAR.matcher(t);
        if (m.find()) {
            Integer mon = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
            if (mon != null) {
                out.add(new BirthDate(Integer.parseInt(m.group(3)), mon, Integer.parseInt(m.group(1))));
                return out;
            }
        }
        m = MON_YEAR.matcher(t);
        if (m.find()) {
            Integer mon = MONTHS.get(m.group(1).toLowerCase(Locale.ROOT));
            if (mon != null) {
                out.add(new BirthDate(Integer.parseInt(m.group(2)), mon, 0));
                return out;
            }
        }
        m = YEAR.matcher(t);
        if (m.find()) {
            out.add(ofYear(Integer.parseInt(m.group(1))));
        }
        return out;
    }

    /** ISO-like text: {@code 1948-12-10}, {@code 1965-02}, {@code 1955}. */
    @Override
    public String toString() {
        if (month == 0) {
            return String.format(Locale.ROOT, "%04d", year);
        }
        if (day == 0) {
            return String.format(Locale.ROOT, "%04d-%02d", year, month);
        }
        return String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day);
    }

    @Override
    public int compareTo(BirthDate o) {
        return toString().compareTo(o.toString());
    }
}
