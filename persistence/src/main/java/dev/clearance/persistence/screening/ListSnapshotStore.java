package dev.clearance.persistence.screening;

import static dev.clearance.persistence.jooq.Tables.LIST_ENTRY;
import static dev.clearance.persistence.jooq.Tables.LIST_SNAPSHOT;

import dev.clearance.domain.screening.StoredListEntry;
import dev.clearance.domain.screening.StoredSnapshot;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.InsertValuesStep13;
import dev.clearance.persistence.jooq.tables.records.ListEntryRecord;

/** Writes list snapshots and their entries. Runs inside the caller's transaction. */
public final class ListSnapshotStore {
    /** Multi-row inserts of this many entries (13 binds each, well under PostgreSQL's 32767 bind limit). */
    private static final int CHUNK = 1000;
    private static final long IMPORT_LOCK = 0x4c697374496d70L;

    private final DSLContext dsl;

    public ListSnapshotStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Serializes imports of one source until the current transaction ends. */
    public void lockSource(String source) {
        dsl.execute("select pg_advisory_xact_lock(?, ?)", (int) IMPORT_LOCK, source.hashCode());
    }

    /** An activation makes the previous active snapshot of its source SUPERSEDED. */
    public void deactivate(UUID snapshotId) {
        dsl.update(LIST_SNAPSHOT).set(LIST_SNAPSHOT.ACTIVE, false)
                .set(LIST_SNAPSHOT.STATUS, StoredSnapshot.Status.SUPERSEDED.name())
                .where(LIST_SNAPSHOT.ID.eq(snapshotId).and(LIST_SNAPSHOT.ACTIVE)).execute();
    }

    /**
     * A pending snapshot becomes ACTIVE (the caller has deactivated the previous one).
     *
     * @return false when the snapshot is not pending (already decided, or superseded by a later import)
     */
    public boolean activatePending(UUID snapshotId) {
        return decidePending(snapshotId, StoredSnapshot.Status.ACTIVE) == 1;
    }

    /** @return false when the snapshot is not pending */
    public boolean rejectPending(UUID snapshotId) {
        return decidePending(snapshotId, StoredSnapshot.Status.REJECTED) == 1;
    }

    /** What the snapshot's activation did about re-screening (set once, when it becomes active). */
    public void recordRescreening(UUID snapshotId, String note) {
        dsl.update(LIST_SNAPSHOT).set(LIST_SNAPSHOT.RESCREENING, note)
                .where(LIST_SNAPSHOT.ID.eq(snapshotId).and(LIST_SNAPSHOT.RESCREENING.isNull())).execute();
    }

    /** A new import of the source replaces whatever was waiting for confirmation: only the newest file can be. */
    public void supersedePending(String source) {
        dsl.update(LIST_SNAPSHOT).set(LIST_SNAPSHOT.STATUS, StoredSnapshot.Status.SUPERSEDED.name())
                .where(LIST_SNAPSHOT.SOURCE.eq(source)
                        .and(LIST_SNAPSHOT.STATUS.eq(StoredSnapshot.Status.PENDING_CONFIRMATION.name())))
                .execute();
    }

    private int decidePending(UUID snapshotId, StoredSnapshot.Status to) {
        return dsl.update(LIST_SNAPSHOT).set(LIST_SNAPSHOT.STATUS, to.name())
                .set(LIST_SNAPSHOT.ACTIVE, to == StoredSnapshot.Status.ACTIVE)
                .where(LIST_SNAPSHOT.ID.eq(snapshotId)
                        .and(LIST_SNAPSHOT.STATUS.eq(StoredSnapshot.Status.PENDING_CONFIRMATION.name())))
                .execute();
    }

    public void insert(StoredSnapshot s) {
        dsl.insertInto(LIST_SNAPSHOT)
                .set(LIST_SNAPSHOT.ID, s.id())
                .set(LIST_SNAPSHOT.SOURCE, s.source())
                .set(LIST_SNAPSHOT.SHA256, s.sha256())
                .set(LIST_SNAPSHOT.FILE_NAMES, s.fileNames().toArray(String[]::new))
                .set(LIST_SNAPSHOT.FILE_SHA256S, s.fileSha256s().toArray(String[]::new))
                .set(LIST_SNAPSHOT.IMPORTED_AT, s.importedAt().atOffset(ZoneOffset.UTC))
                .set(LIST_SNAPSHOT.IMPORTED_BY, s.importedBy())
                .set(LIST_SNAPSHOT.ENTRY_COUNT, s.counts().entries())
                .set(LIST_SNAPSHOT.INDIVIDUAL_COUNT, s.counts().individuals())
                .set(LIST_SNAPSHOT.ENTITY_COUNT, s.counts().entities())
                .set(LIST_SNAPSHOT.OTHER_COUNT, s.counts().other())
                .set(LIST_SNAPSHOT.ALIAS_COUNT, s.counts().aliases())
                .set(LIST_SNAPSHOT.PREVIOUS_SNAPSHOT_ID, s.previousSnapshotId())
                .set(LIST_SNAPSHOT.ADDED_COUNT, s.diff().added())
                .set(LIST_SNAPSHOT.REMOVED_COUNT, s.diff().removed())
                .set(LIST_SNAPSHOT.CHANGED_COUNT, s.diff().changed())
                .set(LIST_SNAPSHOT.ACTIVE, s.active())
                .set(LIST_SNAPSHOT.STATUS, s.status().name())
                .set(LIST_SNAPSHOT.STATUS_REASON, s.statusReason())
                .set(LIST_SNAPSHOT.RESCREENING, s.rescreening())
                .execute();
    }

    /** Inserts entries in published order with multi-row inserts. */
    public void insertEntries(UUID snapshotId, List<StoredListEntry> entries) {
        for (int from = 0; from < entries.size(); from += CHUNK) {
            int to = Math.min(entries.size(), from + CHUNK);
            InsertValuesStep13<ListEntryRecord, UUID, Integer, String, String, String, String, String, String[],
                    String[], String[], String[], String, String> insert = dsl.insertInto(LIST_ENTRY,
                    LIST_ENTRY.SNAPSHOT_ID, LIST_ENTRY.ORDINAL, LIST_ENTRY.SOURCE_ID, LIST_ENTRY.ENTRY_KEY,
                    LIST_ENTRY.LIST_NAME, LIST_ENTRY.TYPE, LIST_ENTRY.PRIMARY_NAME, LIST_ENTRY.ALIASES,
                    LIST_ENTRY.PROGRAMS, LIST_ENTRY.BIRTH_DATES, LIST_ENTRY.COUNTRIES, LIST_ENTRY.REMARKS,
                    LIST_ENTRY.CONTENT_HASH);
            for (int i = from; i < to; i++) {
                StoredListEntry e = entries.get(i);
                insert = insert.values(snapshotId, i, e.sourceId(), e.entryKey(), e.listName(), e.type(),
                        e.primaryName(), e.aliases().toArray(String[]::new), e.programs().toArray(String[]::new),
                        e.birthDates().toArray(String[]::new), e.countries().toArray(String[]::new), e.remarks(),
                        e.contentHash());
            }
            insert.execute();
        }
    }
}
