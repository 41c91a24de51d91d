package dev.clearance.persistence.screening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.domain.screening.Disposition;
import dev.clearance.domain.screening.StoredHit;
import dev.clearance.domain.screening.StoredScreening;
import dev.clearance.domain.screening.StoredSnapshot;
import dev.clearance.persistence.TestDatabase;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

class ScreeningStoreIT {
    private final DSLContext dsl = TestDatabase.dsl();
    private final ScreeningStore store = new ScreeningStore(dsl);
    private final ScreeningQueries queries = new ScreeningQueries(dsl);

    @Test
    void shouldStoreAScreeningWithItsHitsAndRememberTheLatestDisposition() {
        StoredSnapshot snapshot = ListSnapshotStoreIT.snapshot("BIS_DPL", false, null);
        new ListSnapshotStore(dsl).insert(snapshot);
        String subject = "query:" + UUID.randomUUID();
        StoredHit hit = new StoredHit(UUID.randomUUID(), 1, snapshot.id(), "BIS_DPL:x", "d".repeat(64), "X NAME",
                "X NAME", 0.97, 0.95, 0.96, "UNKNOWN", "MATCH", "PARTIAL", 0.965, false, null);
        StoredScreening screening = new StoredScreening(UUID.randomUUID(), null, subject, "X Name", "1948",
                "DE", "INDIVIDUAL", List.of(snapshot.id()), List.of(snapshot.sha256()), "engine 1", 0.92,
                Instant.parse("2026-11-25T13:00:00Z"), "alice", null, List.of(hit));
        store.insert(screening);

        assertThat(queries.find(screening.id())).contains(screening);

        Disposition escalated = disposition(screening, hit, Disposition.Decision.ESCALATED, "13:01:00");
        Disposition cleared = disposition(screening, hit, Disposition.Decision.FALSE_POSITIVE, "13:02:00");
        store.insertDisposition(escalated);
        store.insertDisposition(cleared);

        Map<String, Disposition> latest = queries.latestDispositions(subject, List.of("BIS_DPL:x", "BIS_DPL:y"));
        assertThat(latest).containsOnlyKeys("BIS_DPL:x|" + "d".repeat(64));
        assertThat(latest.values()).containsExactly(cleared);
        assertThat(queries.latestDispositions("query:other", List.of("BIS_DPL:x"))).isEmpty();
        assertThat(queries.dispositionsOfHits(List.of(hit.id()))).containsExactly(escalated, cleared);
        assertThat(queries.disposition(cleared.id())).contains(cleared);
    }

    private static Disposition disposition(StoredScreening s, StoredHit h, Disposition.Decision d, String time) {
        return new Disposition(UUID.randomUUID(), s.subjectKey(), null, h.entryKey(), h.entryContentHash(), d,
                "because", "alice", Instant.parse("2026-11-25T" + time + "Z"), s.id(), h.id());
    }
}
