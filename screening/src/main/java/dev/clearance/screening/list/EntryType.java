package dev.clearance.screening.list;

import java.util.Locale;

/** What a list entry designates. {@link #UNKNOWN} where the list does not say (BIS DPL, most CSL sub-lists). */
public enum EntryType {
    INDIVIDUAL,
    ENTITY,
    VESSEL,
    AIRCRAFT,
    UNKNOWN;

    /** Maps a list's own type word ("individual", "Entity", "-0-", "") to a type. */
    public static EntryType fromListWord(String word) {
        return switch (word.trim().toLowerCase(Locale.ROOT)) {
            case "individual" -> INDIVIDUAL;
            case "entity" -> ENTITY;
            case "vessel" -> VESSEL;
            case "aircraft" -> AIRCRAFT;
            default -> UNKNOWN;
        };
    }
}
