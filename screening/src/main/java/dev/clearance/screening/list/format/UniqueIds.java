package dev.clearance.screening.list.format;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.clearance.screening.list.ListEntry;

/**
 * Lists without a unique id per record (CSL repeats an id across sub-lists rarely; BIS DPL has none): identical
 * repeats are dropped, other repeats get {@code #2}, {@code #3}... in file order, so ids stay stable across imports
 * as long as the order of repeats does.
 */
final class UniqueIds {

    private UniqueIds() {
    }

    static List<ListEntry> dedupe(List<ListEntry> entries) {
        Map<String, List<ListEntry>> byId = new HashMap<>();
        List<ListEntry> out = new ArrayList<>(entries.size());
        for (ListEntry e : entries) {
            List<ListEntry> same = byId.computeIfAbsent(e.sourceId(), k -> new ArrayList<>());
            boolean identical = same.stream().anyMatch(s -> withId(s, e.sourceId()).contentHash()
                    .equals(e.contentHash()));
            if (identical) {
                continue;
            }
            ListEntry kept = same.isEmpty() ? e : withId(e, e.sourceId() + "#" + (same.size() + 1));
            same.add(kept);
            out.add(kept);
        }
        return out;
    }

    private static ListEntry withId(ListEntry e, String id) {
        if (e.sourceId().equals(id)) {
            return e;
        }
        return ListEntry.create(e.source(), id, e.listName(), e.type(), e.primaryName(), e.aliases(), e.programs(),
                e.datesOfBirth(), e.countries(), e.remarks());
    }
}
