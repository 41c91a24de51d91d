package dev.clearance.persistence.screening;

import static dev.clearance.persistence.jooq.Tables.LIST_ENTRY;
import static dev.clearance.persistence.jooq.Tables.LIST_SNAPSHOT;

import dev.clearance.domain.screening.StoredListEntry;
import dev.clearance.domain.screening.StoredSnapshot;
import dev.clearance.persistence.jooq.tables.records.ListEntryRecord;
import dev.clearance.persistence.jooq.tables.records.ListSnapshotRecord;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;

/** Reads list snapshots and their entries. */
public final class ListSnapshotQueries {
    private final DSLContext dsl;

    public ListSnapshotQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every snapshot, newest first. */
    public List<StoredSnapshot> all() {
        return dsl.selectFrom(LIST_SNAPSHOT).orderBy(LIST_SNAPSHOT.IMPORTED_AT.desc(), LIST_SNAPSHOT.ID.desc())
                .fetch(ListSnapshotQueries::snapshot);
    }

    public Optional<StoredSnapshot> find(UUID id) {
        return dsl.selectFrom(LIST_SNAPSHOT).where(LIST_SNAPSHOT.ID.eq(id)).fetchOptional(ListSnapshotQueries::snapshot);
    }

    public Optional<StoredSnapshot> active(String source) {
        return dsl.selectFrom(LIST_SNAPSHOT).where(LIST_SNAPSHOT.SOURCE.eq(source).and(LIST_SNAPSHOT.ACTIVE))
                .fetchOptional(ListSnapshotQueries::snapshot);
    }

    /** The active snapshot of every source that has one, by source. */
    public List<StoredSnapshot> allActive() {
        return dsl.selectFrom(LIST_SNAPSHOT).where(LIST_SNAPSHOT.ACTIVE).orderBy(LIST_SNAPSHOT.SOURCE)
                .fetch(ListSnapshotQueries::snapshot);
    }

    /**
     * The source's snapshots an admin has to decide on or has rejected, newest first: a watched directory still
     * holding one of their files must not import it again.
     */
    public List<StoredSnapshot> held(String source) {
        return dsl.selectFrom(LIST_SNAPSHOT)
                .where(LIST_SNAPSHOT.SOURCE.eq(source).and(LIST_SNAPSHOT.STATUS.in(
                        StoredSnapshot.Status.PENDING_CONFIRMATION.name(), StoredSnapshot.Status.REJECTED.name())))
                .orderBy(LIST_SNAPSHOT.IMPORTED_AT.desc(), LIST_SNAPSHOT.ID.desc())
                .fetch(ListSnapshotQueries::snapshot);
    }

    /** Entries of a snapshot in published order. */
    public List<StoredListEntry> entries(UUID snapshotId) {
        return dsl.selectFrom(LIST_ENTRY).where(LIST_ENTRY.SNAPSHOT_ID.eq(snapshotId)).orderBy(LIST_ENTRY.ORDINAL)
                .fetch(ListSnapshotQueries::entry);
    }

    /** Source id → content hash of a snapshot's entries, for diffing a new import against it. */
    public Map<String, String> contentHashes(UUID snapshotId) {
        Map<String, String> out = new HashMap<>();
        dsl.select(LIST_ENTRY.SOURCE_ID, LIST_ENTRY.CONTENT_HASH).from(LIST_ENTRY)
                .where(LIST_ENTRY.SNAPSHOT_ID.eq(snapshotId))
                .fetch().forEach(r -> out.put(r.value1(), r.value2()));
        return out;
    }

    static StoredSnapshot snapshot(ListSnapshotRecord r) {
        return new StoredSnapshot(r.getId(), r.getSource(), r.getSha256(), Arrays.asList(r.getFileNames()),
                Arrays.asList(r.getFileSha256s()), r.getImportedAt().toInstant(), r.getImportedBy(),
                new StoredSnapshot.Counts(r.getEntryCount(), r.getIndividualCount(), r.getEntityCount(),
                        r.getOtherCount(), r.getAliasCount()),
                r.getPreviousSnapshotId(),
                new StoredSnapshot.Diff(r.getAddedCount(), r.getRemovedCount(), r.getChangedCount()),
                StoredSnapshot.Status.valueOf(r.getStatus()), r.getStatusReason(), r.getRescreening());
    }

    private static StoredListEntry entry(ListEntryRecord r) {
        return new StoredListEntry(r.getSourceId(), r.getEntryKey(), r.getListName(), r.getType(),
                r.getPrimaryName(), Arrays.asList(r.getAliases()), Arrays.asList(r.getPrograms()),
                Arrays.asList(r.getBirthDates()), Arrays.asList(r.getCountries()), r.getRemarks(),
                r.getContentHash());
    }
}
