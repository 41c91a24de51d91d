package dev.clearance.screening.engine;

import org.jspecify.annotations.Nullable;

import dev.clearance.screening.list.BirthDate;
import dev.clearance.screening.list.EntryType;
import dev.clearance.screening.list.ListEntry;

/**
 * Dates of birth, countries and types support or weaken a name match; they never make one on their own. A
 * mismatching date of birth weighs most: two people with one name are told apart by it.
 */
final class EvidenceRules {

    static final double DOB_MATCH = 0.05;
    static final double DOB_PARTIAL = 0.02;
    static final double DOB_MISMATCH = -0.15;
    static final double COUNTRY_MATCH = 0.02;
    static final double COUNTRY_MISMATCH = -0.03;
    static final double TYPE_MISMATCH = -0.10;
    /** The most evidence can add to a name similarity. */
    static final double MAX_BONUS = DOB_MATCH + COUNTRY_MATCH;

    private EvidenceRules() {
    }

    /** The most evidence can add for this query: nothing when it gives neither a date of birth nor a country. */
    static double maxBonus(ScreeningQuery q) {
        return (q.dateOfBirth() == null ? 0 : DOB_MATCH) + (q.country() == null ? 0 : COUNTRY_MATCH);
    }

    static ScoreParts score(ScreeningQuery q, ListEntry e, NameScore name) {
        Evidence dob = dob(q.dateOfBirth(), e);
        Evidence country = country(q.country(), e);
        Evidence type = type(q.type(), e.type());
        double adj = switch (dob) {
            case MATCH -> DOB_MATCH;
            case PARTIAL -> DOB_PARTIAL;
            case MISMATCH -> DOB_MISMATCH;
            case UNKNOWN -> 0;
        } + switch (country) {
            case MATCH -> COUNTRY_MATCH;
            case MISMATCH -> COUNTRY_MISMATCH;
            default -> 0;
        } + (type == Evidence.MISMATCH ? TYPE_MISMATCH : 0);
        double fin = Math.max(0, Math.min(1, name.score() + adj));
        return new ScoreParts(name.nameScore(), name.tokenScore(), name.score(), dob, country, type, fin);
    }

    static Evidence dob(@Nullable BirthDate q, ListEntry e) {
        if (q == null || e.datesOfBirth().isEmpty()) {
            return Evidence.UNKNOWN;
        }
        Evidence best = Evidence.MISMATCH;
        for (BirthDate d : e.datesOfBirth()) {
            if (d.year() != q.year()) {
                continue;
            }
            boolean monthOk = d.month() == 0 || q.month() == 0 || d.month() == q.month();
            boolean dayOk = d.day() == 0 || q.day() == 0 || d.day() == q.day();
            if (!monthOk || !dayOk) {
                continue;
            }
            boolean exact = d.month() != 0 && d.day() != 0 && q.month() != 0 && q.day() != 0;
            if (exact) {
                return Evidence.MATCH;
            }
            best = Evidence.PARTIAL;
        }
        return best;
    }

    static Evidence country(@Nullable String q, ListEntry e) {
        if (q == null || e.countries().isEmpty()) {
            return Evidence.UNKNOWN;
        }
        return e.countries().contains(q) ? Evidence.MATCH : Evidence.MISMATCH;
    }

    static Evidence type(@Nullable EntryType q, EntryType e) {
        if (q == null || q == EntryType.UNKNOWN || e == EntryType.UNKNOWN) {
            return Evidence.UNKNOWN;
        }
        return q == e ? Evidence.MATCH : Evidence.MISMATCH;
    }
}
