package dev.clearance.screening.list;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What changed between two snapshots of the same list, by source id and content hash.
 *
 * @param added   entries of the newer snapshot whose source id the older one lacks
 * @param removed entries of the older snapshot whose source id the newer one lacks
 * @param changed entries of the newer snapshot whose source id the older one has with another content hash
 */
public record SnapshotDiff(List<ListEntry> added, List<ListEntry> removed, List<ListEntry> changed) {

    public SnapshotDiff {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
    }

    /** Diffs {@code newer} against {@code older}; both must be snapshots of the same list. */
    public static SnapshotDiff between(ListSnapshot older, ListSnapshot newer) {
        if (older.source() != newer.source()) {
            throw new IllegalArgumentException("cannot diff " + older.source() + " against " + newer.source());
        }
        Map<String, ListEntry> before = index(older.entries());
        Map<String, ListEntry> after = index(newer.entries());
        List<ListEntry> added = new ArrayList<>();
        List<ListEntry> changed = new ArrayList<>();
        for (ListEntry e : newer.entries()) {
            ListEntry old = before.get(e.sourceId());
            if (old == null) {
                added.add(e);
            } else if (!old.contentHash().equals(e.contentHash())) {
                changed.add(e);
            }
        }
        List<ListEntry> removed = older.entries().stream().filter(e -> !after.containsKey(e.sourceId())).toList();
        return new SnapshotDiff(added, removed, changed);
    }

    /** Everything in a first snapshot is new. */
    public static SnapshotDiff initial(ListSnapshot first) {
        return new SnapshotDiff(first.entries(), List.of(), List.of());
    }

    /** The entries a re-screening must look at: added and changed. */
    public List<ListEntry> addedOrChanged() {
        List<ListEntry> out = new ArrayList<>(added.size() + changed.size());
        out.addAll(added);
        out.addAll(changed);
        return out;
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }

    private static Map<String, ListEntry> index(List<ListEntry> entries) {
        Map<String, ListEntry> m = new LinkedHashMap<>();
        entries.forEach(e -> m.put(e.sourceId(), e));
        return m;
    }
}
