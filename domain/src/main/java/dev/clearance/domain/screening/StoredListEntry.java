package dev.clearance.domain.screening;

import java.util.List;
import java.util.Objects;

/**
 * One entry of a stored list snapshot, as published.
 *
 * @param sourceId    the list's own id
 * @param entryKey    {@code SOURCE:sourceId}, stable across snapshots of the same list
 * @param listName    sub-list or programme family
 * @param type        INDIVIDUAL, ENTITY, VESSEL, AIRCRAFT or UNKNOWN
 * @param birthDates  ISO-like dates ({@code 1948-12-10}, {@code 1965-02}, {@code 1955})
 * @param countries   ISO 3166-1 alpha-2 codes (or raw upper-case names)
 * @param contentHash 64 lower-case hex characters
 */
public record StoredListEntry(String sourceId, String entryKey, String listName, String type, String primaryName,
        List<String> aliases, List<String> programs, List<String> birthDates, List<String> countries, String remarks,
        String contentHash) {

    public StoredListEntry {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(entryKey, "entryKey");
        Objects.requireNonNull(listName, "listName");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(primaryName, "primaryName");
        Objects.requireNonNull(remarks, "remarks");
        Objects.requireNonNull(contentHash, "contentHash");
        aliases = List.copyOf(aliases);
        programs = List.copyOf(programs);
        birthDates = List.copyOf(birthDates);
        countries = List.copyOf(countries);
    }
}
