package dev.clearance.api.screening;

import dev.clearance.api.audit.Auditor;
import dev.clearance.api.config.Ids;
import dev.clearance.api.problem.InvalidRequestException;
import dev.clearance.api.security.CurrentActor;
import dev.clearance.domain.screening.ScreeningJob;
import dev.clearance.domain.screening.StoredListEntry;
import dev.clearance.domain.screening.StoredSnapshot;
import dev.clearance.persistence.screening.ListSnapshotQueries;
import dev.clearance.persistence.screening.ListSnapshotStore;
import dev.clearance.screening.list.EntryCounts;
import dev.clearance.screening.list.EntryType;
import dev.clearance.screening.list.ListParseException;
import dev.clearance.screening.list.ListSnapshot;
import dev.clearance.screening.list.ListSource;
import dev.clearance.screening.list.SourceFile;
import dev.clearance.screening.list.format.ListFile;
import dev.clearance.screening.list.format.ListFormats;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports a list: parse, diff against the source's active snapshot, store the new snapshot as active and the
 * previous one inactive, audit; all in one transaction, so a malformed file or a failure leaves the previous
 * snapshot active and writes nothing.
 */
@Singleton
public class ImportingLists {
    private static final Logger LOG = LoggerFactory.getLogger(ImportingLists.class);

    private final ListSnapshotStore store;
    private final ListSnapshotQueries queries;
    private final Auditor auditor;
    private final Ids ids;
    private final Clock clock;
    private final ScreeningJobSteps jobs;

    public ImportingLists(ListSnapshotStore store, ListSnapshotQueries queries, Auditor auditor, Ids ids,
                          Clock clock, ScreeningJobSteps jobs) {
        this.jobs = jobs;
        this.store = store;
        this.queries = queries;
        this.auditor = auditor;
        this.ids = ids;
        this.clock = clock;
    }

    /**
     * @param files list files with the upload part each came in (named in a 400 when the file is malformed)
     * @return the snapshot and the DELTA re-screening job queued in the same transaction (null when the snapshot
     *     adds or changes no entry); the caller starts it once the import has committed
     */
    @Transactional
    public Imported importList(ListSource source, List<Upload> files, CurrentActor actor,
                                     @Nullable String requestId) {
        long start = System.nanoTime();
        ListSnapshot parsed = parse(source, files);
        long parsedAt = System.nanoTime();
        store.lockSource(source.name());
        StoredSnapshot previous = queries.active(source.name()).orElse(null);
        StoredSnapshot.Diff diff = diff(parsed, previous == null ? Map.of() : queries.contentHashes(previous.id()));
        EntryCounts c = parsed.counts();
        int individuals = c.ofType(EntryType.INDIVIDUAL);
        int entities = c.ofType(EntryType.ENTITY);
        StoredSnapshot snapshot = new StoredSnapshot(ids.next(), source.name(), parsed.sha256(),
                parsed.files().stream().map(SourceFile::name).toList(),
                parsed.files().stream().map(SourceFile::sha256).toList(), clock.instant(), actor.username(),
                new StoredSnapshot.Counts(c.entries(), individuals, entities, c.entries() - individuals - entities,
                        c.aliases()),
                previous == null ? null : previous.id(), diff, true);
        if (previous != null) {
            store.deactivate(previous.id());
        }
        store.insert(snapshot);
        List<StoredListEntry> entries = parsed.entries().stream().map(ListEntries::stored).toList();
        store.insertEntries(snapshot.id(), entries);
        LOG.info("imported {} snapshot {} with {} entries: parse {} ms, diff and store {} ms", source, snapshot.id(),
                c.entries(), (parsedAt - start) / 1_000_000, (System.nanoTime() - parsedAt) / 1_000_000);
        auditor.record(actor, "ListSnapshotImported", "list-snapshot", snapshot.id().toString(),
                source + "|" + snapshot.sha256() + "|" + c.entries() + "|" + diff + "|previous="
                        + snapshot.previousSnapshotId(), requestId);
        UUID deltaJob = diff.added() + diff.changed() == 0 ? null
                : jobs.queue(ScreeningJob.Kind.DELTA, snapshot.id(), actor).id();
        return new Imported(snapshot, deltaJob);
    }

    /** An imported snapshot and the re-screening job queued for its added and changed entries, if any. */
    public record Imported(StoredSnapshot snapshot, @Nullable UUID deltaJobId) {
    }

    private static ListSnapshot parse(ListSource source, List<Upload> files) {
        try {
            return ListFormats.read(source, files.stream().map(Upload::file).toList());
        } catch (ListParseException e) {
            String part = files.stream().filter(f -> f.file().name().equals(e.file())).map(Upload::part)
                    .findFirst().orElse("$");
            throw new InvalidRequestException(part, e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("$", String.valueOf(e.getMessage()));
        }
    }

    private static StoredSnapshot.Diff diff(ListSnapshot newer, Map<String, String> olderHashes) {
        int added = 0;
        int changed = 0;
        Set<String> seen = new HashSet<>();
        for (var e : newer.entries()) {
            seen.add(e.sourceId());
            String old = olderHashes.get(e.sourceId());
            if (old == null) {
                added++;
            } else if (!old.equals(e.contentHash())) {
                changed++;
            }
        }
        int removed = (int) olderHashes.keySet().stream().filter(k -> !seen.contains(k)).count();
        return new StoredSnapshot.Diff(added, removed, changed);
    }

    /** One uploaded file and the multipart part it came in. */
    public record Upload(String part, ListFile file) {
    }
}
