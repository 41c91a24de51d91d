package dev.clearance.screening.list;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/** Counts of a snapshot: entries in all, by type, and alias names. */
public record EntryCounts(int entries, Map<EntryType, Integer> byType, int aliases) {

    public EntryCounts {
        byType = Map.copyOf(byType);
    }

    public static EntryCounts of(Collection<ListEntry> entries) {
        Map<EntryType, Integer> byType = new EnumMap<>(EntryType.class);
        int aliases = 0;
        for (ListEntry e : entries) {
            byType.merge(e.type(), 1, Integer::sum);
            aliases += e.aliases().size();
        }
        return new EntryCounts(entries.size(), byType, aliases);
    }

    public int ofType(EntryType type) {
        return byType.getOrDefault(type, 0);
    }
}
