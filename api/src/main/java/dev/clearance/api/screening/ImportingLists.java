package dev.clearance.api.screening;

import dev.clearance.api.audit.Auditor;
import dev.clearance.api.config.Ids;
import dev.clearance.api.problem.ConflictException;
import dev.clearance.api.problem.InvalidRequestException;
import dev.clearance.api.problem.NotFoundException;
import dev.clearance.api.security.CurrentActor;
import dev.clearance.domain.screening.StoredListEntry;
import dev.clearance.domain.screening.StoredSnapshot;
import dev.clearance.persistence.screening.ListSnapshotQueries;
import dev.clearance.persistence.screening.ListSnapshotStore;
import dev.clearance.screening.list.ActivationGate;
import dev.clearance.screening.list.EntryCounts;
import dev.clearance.screening.list.EntryType;
import dev.clearance.screening.list.ListParseException;
import dev.clearance.screening.list.ListSnapshot;
import dev.clearance.screening.list.ListSource;
import dev.clearance.screening.list.SourceFile;
import dev.clearance.screening.list.format.ListFile;
import dev.clearance.screening.list.format.ListFormats;
import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports a list: parse, diff against the source's active snapshot, pass the activation gate, store the new
 * snapshot, audit; all in one transaction, so a malformed file or a failure leaves the previous snapshot active and
 * writes nothing. A file that passes the gate becomes active at once and the previous snapshot SUPERSEDED; one that
 * does not (no entries, or too many removed: {@link ActivationGate}) is stored PENDING_CONFIRMATION with the reason
 * and the previous snapshot stays active until an admin activates the pending one (ADR 0009).
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
    private final ActivationGate gate;

    public ImportingLists(ListSnapshotStore store, ListSnapshotQueries queries, Auditor auditor, Ids ids,
                          Clock clock, ScreeningJobSteps jobs,
                          @Value("${clearance.lists.max-removed-share:0.2}") double maxRemovedShare) {
        this.jobs = jobs;
        this.store = store;
        this.queries = queries;
        this.auditor = auditor;
        this.ids = ids;
        this.clock = clock;
        this.gate = new ActivationGate(maxRemovedShare);
    }

    /**
     * @param files list files with the upload part each came in (named in a 400 when the file is malformed)
     * @return the snapshot, active or pending confirmation, and the DELTA re-screening job queued in the same
     *     transaction (null when pending, or when there is nothing to re-screen); the caller starts it once the
     *     import has committed
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
        String holdReason = gate.holdReason(c.entries(), previous == null ? 0 : previous.counts().entries(),
                diff.removed()).orElse(null);
        int individuals = c.ofType(EntryType.INDIVIDUAL);
        int entities = c.ofType(EntryType.ENTITY);
        StoredSnapshot snapshot = new StoredSnapshot(ids.next(), source.name(), parsed.sha256(),
                parsed.files().stream().map(SourceFile::name).toList(),
                parsed.files().stream().map(SourceFile::sha256).toList(), clock.instant(), actor.username(),
                new StoredSnapshot.Counts(c.entries(), individuals, entities, c.entries() - individuals - entities,
                        c.aliases()),
                previous == null ? null : previous.id(), diff,
                holdReason == null ? StoredSnapshot.Status.ACTIVE : StoredSnapshot.Status.PENDING_CONFIRMATION,
                holdReason, null);
        store.supersedePending(source.name());
        if (previous != null && snapshot.active()) {
            store.deactivate(previous.id());
        }
        store.insert(snapshot);
        List<StoredListEntry> entries = parsed.entries().stream().map(ListEntries::stored).toList();
        store.insertEntries(snapshot.id(), entries);
        LOG.info("imported {} snapshot {} as {} with {} entries: parse {} ms, diff and store {} ms", source,
                snapshot.id(), snapshot.status(), c.entries(), (parsedAt - start) / 1_000_000,
                (System.nanoTime() - parsedAt) / 1_000_000);
        String detail = source + "|" + snapshot.sha256() + "|" + c.entries() + "|" + diff + "|previous="
                + snapshot.previousSnapshotId();
        if (!snapshot.active()) {
            LOG.warn("{} snapshot {} not activated: {}; {} stays active until an admin decides", source,
                    snapshot.id(), holdReason, previous == null ? "no snapshot" : previous.id());
            auditor.record(actor, "ListSnapshotPendingConfirmation", "list-snapshot", snapshot.id().toString(),
                    detail + "|" + holdReason, requestId);
            return new Imported(snapshot, null);
        }
        ScreeningJobSteps.Rescreening rescreening = jobs.queueDelta(snapshot, actor);
        store.recordRescreening(snapshot.id(), rescreening.note());
        auditor.record(actor, "ListSnapshotImported", "list-snapshot", snapshot.id().toString(),
                detail + "|rescreening=" + rescreening.note(), requestId);
        return new Imported(queries.find(snapshot.id()).orElseThrow(), rescreening.jobId());
    }

    /**
     * An admin's confirmation of a pending snapshot: it becomes the source's active snapshot, the one it was
     * diffed against SUPERSEDED, and the DELTA re-screening is queued as for an import that passed the gate.
     *
     * @throws ConflictException when the snapshot is not pending, or the source's active snapshot is no longer
     *     the one the diff was computed against
     */
    @Transactional
    public Imported activate(UUID snapshotId, CurrentActor actor, @Nullable String requestId) {
        StoredSnapshot pending = pending(snapshotId);
        store.lockSource(pending.source());
        StoredSnapshot previous = queries.active(pending.source()).orElse(null);
        UUID previousId = previous == null ? null : previous.id();
        if (!Objects.equals(previousId, pending.previousSnapshotId())) {
            throw new ConflictException("the active " + pending.source() + " snapshot changed since snapshot "
                    + snapshotId + " was imported, so its diff is stale; import the file again");
        }
        if (previous != null) {
            store.deactivate(previous.id());
        }
        if (!store.activatePending(snapshotId)) {
            throw notPending(snapshotId);
        }
        ScreeningJobSteps.Rescreening rescreening = jobs.queueDelta(pending, actor);
        store.recordRescreening(snapshotId, rescreening.note());
        StoredSnapshot activated = queries.find(snapshotId).orElseThrow();
        auditor.record(actor, "ListSnapshotActivated", "list-snapshot", snapshotId.toString(),
                activated.source() + "|" + activated.sha256() + "|" + activated.diff() + "|previous=" + previousId
                        + "|held because: " + activated.statusReason() + "|rescreening=" + rescreening.note(),
                requestId);
        return new Imported(activated, rescreening.jobId());
    }

    /** An admin's refusal of a pending snapshot: it stays stored as REJECTED, never used for screening. */
    @Transactional
    public StoredSnapshot reject(UUID snapshotId, CurrentActor actor, @Nullable String requestId) {
        StoredSnapshot pending = pending(snapshotId);
        store.lockSource(pending.source());
        if (!store.rejectPending(snapshotId)) {
            throw notPending(snapshotId);
        }
        auditor.record(actor, "ListSnapshotRejected", "list-snapshot", snapshotId.toString(),
                pending.source() + "|" + pending.sha256() + "|" + pending.diff() + "|held because: "
                        + pending.statusReason(), requestId);
        return queries.find(snapshotId).orElseThrow();
    }

    private StoredSnapshot pending(UUID snapshotId) {
        StoredSnapshot s = queries.find(snapshotId)
                .orElseThrow(() -> new NotFoundException("no list snapshot " + snapshotId));
        if (s.status() != StoredSnapshot.Status.PENDING_CONFIRMATION) {
            throw notPending(snapshotId);
        }
        return s;
    }

    private ConflictException notPending(UUID snapshotId) {
        StoredSnapshot s = queries.find(snapshotId).orElseThrow();
        return new ConflictException("list snapshot " + snapshotId + " is " + s.status()
                + ", not PENDING_CONFIRMATION");
    }

    /** An imported or activated snapshot and the re-screening job queued for its added and changed entries, if any. */
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
