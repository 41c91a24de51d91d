package dev.clearance.persistence.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clearance.domain.screening.StoredListEntry;
import dev.clearance.domain.screening.StoredSnapshot;
import dev.clearance.persistence.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

class ListSnapshotStoreIT {
    private final DSLContext dsl = TestDatabase.dsl();
    private final ListSnapshotStore store = new ListSnapshotStore(dsl);
    private final ListSnapshotQueries queries = new ListSnapshotQueries(dsl);

    static StoredSnapshot snapshot(String source, boolean active, UUID previous) {
        return new StoredSnapshot(UUID.randomUUID(), source, "a".repeat(64), List.of("sdn.csv", "alt.csv"),
                List.of("b".repeat(64), "c".repeat(64)), Instant.parse("2026-11-25T12:00:00Z"), "adam",
                new StoredSnapshot.Counts(3, 1, 1, 1, 2), previous, new StoredSnapshot.Diff(3, 0, 0),
                active ? StoredSnapshot.Status.ACTIVE : StoredSnapshot.Status.SUPERSEDED, null, null);
    }

    static StoredListEntry entry(String source, int i) {
        return new StoredListEntry(String.valueOf(i), source + ":" + i, "SDN", i % 2 == 0 ? "INDIVIDUAL" : "ENTITY",
                "NAME " + i, List.of("ALIAS " + i, "OTHER " + i), List.of("SDGT"), List.of("1948-12-10", "1955"),
                List.of("CU"), "remarks " + i, String.format("%064x", i));
    }

    @Test
    void shouldStoreASnapshotWithTwentyOneThousandEntriesInSecondsAndReadThemBackInOrder() {
        StoredSnapshot s = snapshot("UN", true, null);
        List<StoredListEntry> entries = new ArrayList<>();
        for (int i = 0; i < 21_000; i++) {
            entries.add(entry("UN", i));
        }
        Instant start = Instant.now();
        dsl.transaction(c -> {
            ListSnapshotStore tx = new ListSnapshotStore(c.dsl());
            tx.lockSource("UN");
            queries.active("UN").ifPresent(p -> tx.deactivate(p.id()));
            tx.insert(s);
            tx.insertEntries(s.id(), entries);
        });
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(20));

        assertThat(queries.find(s.id())).hasValueSatisfying(f -> {
            assertThat(f.fileNames()).containsExactly("sdn.csv", "alt.csv");
            assertThat(f.counts()).isEqualTo(s.counts());
            assertThat(f.importedAt()).isEqualTo(s.importedAt().truncatedTo(ChronoUnit.MICROS));
            assertThat(f.active()).isTrue();
        });
        assertThat(queries.active("UN")).map(StoredSnapshot::id).contains(s.id());
        List<StoredListEntry> back = queries.entries(s.id());
        assertThat(back).hasSize(21_000);
        assertThat(back.get(0)).isEqualTo(entries.get(0));
        assertThat(back.get(20_999)).isEqualTo(entries.get(20_999));
        assertThat(queries.contentHashes(s.id())).hasSize(21_000).containsEntry("7", String.format("%064x", 7));
    }

    @Test
    void shouldKeepOneActiveSnapshotPerSource() {
        StoredSnapshot first = snapshot("CSL", true, null);
        store.insert(first);
        assertThatThrownBy(() -> store.insert(snapshot("CSL", true, first.id()))).hasMessageContaining("one_active");

        StoredSnapshot second = snapshot("CSL", true, first.id());
        dsl.transaction(c -> {
            ListSnapshotStore tx = new ListSnapshotStore(c.dsl());
            tx.deactivate(first.id());
            tx.insert(second);
        });
        assertThat(queries.active("CSL")).map(StoredSnapshot::id).contains(second.id());
        assertThat(queries.find(first.id())).map(StoredSnapshot::active).contains(false);
        assertThat(queries.allActive()).extracting(StoredSnapshot::id).contains(second.id())
                .doesNotContain(first.id());
        assertThat(queries.all()).extracting(StoredSnapshot::id).contains(first.id(), second.id());
    }

    @Test
    void shouldHoldAPendingSnapshotOutOfScreeningUntilItIsActivatedAndDecideItOnlyOnce() {
        StoredSnapshot active = snapshot("OFAC_NON_SDN", true, null);
        dsl.transaction(c -> {
            ListSnapshotStore tx = new ListSnapshotStore(c.dsl());
            queries.active("OFAC_NON_SDN").ifPresent(p -> tx.deactivate(p.id()));
            tx.insert(active);
        });
        StoredSnapshot pending = withStatus(snapshot("OFAC_NON_SDN", false, active.id()),
                StoredSnapshot.Status.PENDING_CONFIRMATION, "has no entries");
        store.insert(pending);

        assertThat(queries.active("OFAC_NON_SDN")).map(StoredSnapshot::id).contains(active.id());
        assertThat(queries.held("OFAC_NON_SDN")).extracting(StoredSnapshot::id).contains(pending.id());
        assertThat(queries.find(pending.id())).hasValueSatisfying(f -> {
            assertThat(f.status()).isEqualTo(StoredSnapshot.Status.PENDING_CONFIRMATION);
            assertThat(f.statusReason()).isEqualTo("has no entries");
            assertThat(f.active()).isFalse();
        });

        dsl.transaction(c -> {
            ListSnapshotStore tx = new ListSnapshotStore(c.dsl());
            tx.deactivate(active.id());
            assertThat(tx.activatePending(pending.id())).isTrue();
        });
        assertThat(queries.active("OFAC_NON_SDN")).map(StoredSnapshot::id).contains(pending.id());
        assertThat(queries.find(active.id())).map(StoredSnapshot::status).contains(StoredSnapshot.Status.SUPERSEDED);
        assertThat(queries.find(pending.id())).map(StoredSnapshot::statusReason).contains("has no entries");
        store.recordRescreening(pending.id(), "no parties to re-screen");
        store.recordRescreening(pending.id(), "a second note is ignored");
        assertThat(queries.find(pending.id())).map(StoredSnapshot::rescreening).contains("no parties to re-screen");
        assertThat(store.rejectPending(pending.id())).isFalse();
        assertThat(store.activatePending(pending.id())).isFalse();
        assertThat(queries.held("OFAC_NON_SDN")).extracting(StoredSnapshot::id).doesNotContain(pending.id());
    }

    @Test
    void shouldSupersedeAPendingSnapshotWhenANewerImportArrives() {
        StoredSnapshot pending = withStatus(snapshot("OFAC_NON_SDN", false, null),
                StoredSnapshot.Status.PENDING_CONFIRMATION, "has no entries");
        store.insert(pending);
        store.supersedePending("OFAC_NON_SDN");

        assertThat(queries.find(pending.id())).map(StoredSnapshot::status).contains(StoredSnapshot.Status.SUPERSEDED);
        assertThat(store.activatePending(pending.id())).isFalse();
    }

    @Test
    void shouldRefuseAnActiveFlagThatDisagreesWithTheStatus() {
        StoredSnapshot rejected = withStatus(snapshot("CSL", false, null), StoredSnapshot.Status.REJECTED, "no");
        store.insert(rejected);
        UUID id = rejected.id();
        assertThatThrownBy(() -> dsl.execute("update list_snapshot set active = true where id = ?", id))
                .hasMessageContaining("list_snapshot_active_is_status");
    }

    private static StoredSnapshot withStatus(StoredSnapshot s, StoredSnapshot.Status status, String reason) {
        return new StoredSnapshot(s.id(), s.source(), s.sha256(), s.fileNames(), s.fileSha256s(), s.importedAt(),
                s.importedBy(), s.counts(), s.previousSnapshotId(), s.diff(), status, reason, null);
    }
}
