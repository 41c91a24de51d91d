package dev.clearance.screening.list;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One import of one list: immutable. {@code sha256} identifies the import: the SHA-256 of the single file, or for
 * multi-file formats (OFAC) the SHA-256 over the files' hashes in the order given ({@code name=sha256\n} lines).
 *
 * @param source  which list
 * @param sha256  identity of the imported bytes
 * @param files   the files read, with their own hashes and record counts
 * @param entries entries in published order; source ids are unique
 * @param counts  counts over {@code entries}
 */
public record ListSnapshot(ListSource source, String sha256, List<SourceFile> files, List<ListEntry> entries,
        EntryCounts counts) {

    public ListSnapshot {
        Objects.requireNonNull(source, "source");
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("sha256 must be 64 lower-case hex characters");
        }
        files = List.copyOf(files);
        entries = List.copyOf(entries);
        if (files.isEmpty()) {
            throw new IllegalArgumentException("a snapshot is read from at least one file");
        }
        Map<String, ListEntry> seen = new HashMap<>();
        for (ListEntry e : entries) {
            if (e.source() != source) {
                throw new IllegalArgumentException("entry " + e.key() + " is not from " + source);
            }
            if (seen.put(e.sourceId(), e) != null) {
                throw new IllegalArgumentException("duplicate source id " + e.sourceId());
            }
        }
        if (!counts.equals(EntryCounts.of(entries))) {
            throw new IllegalArgumentException("counts do not match the entries");
        }
    }

    public static ListSnapshot of(ListSource source, List<SourceFile> files, List<ListEntry> entries) {
        String sha = files.size() == 1 ? files.get(0).sha256() : combinedSha(files);
        return new ListSnapshot(source, sha, files, entries, EntryCounts.of(entries));
    }

    public Optional<ListEntry> entry(String sourceId) {
        return entries.stream().filter(e -> e.sourceId().equals(sourceId)).findFirst();
    }

    private static String combinedSha(List<SourceFile> files) {
        StringBuilder sb = new StringBuilder();
        for (SourceFile f : files) {
            sb.append(f.name()).append('=').append(f.sha256()).append('\n');
        }
        return SourceFile.sha256(sb.toString());
    }
}
