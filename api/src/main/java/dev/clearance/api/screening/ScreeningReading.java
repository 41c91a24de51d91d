package dev.clearance.api.screening;

import dev.clearance.api.problem.NotFoundException;
import dev.clearance.domain.screening.Disposition;
import dev.clearance.domain.screening.StoredHit;
import dev.clearance.domain.screening.StoredScreening;
import dev.clearance.domain.screening.StoredSnapshot;
import dev.clearance.persistence.screening.ListSnapshotQueries;
import dev.clearance.persistence.screening.ScreeningQueries;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Read side of screenings: the evidence an auditor looks at, with every hit's dispositions. */
@Singleton
public class ScreeningReading {
    private final ScreeningQueries queries;
    private final ListSnapshotQueries snapshots;

    public ScreeningReading(ScreeningQueries queries, ListSnapshotQueries snapshots) {
        this.queries = queries;
        this.snapshots = snapshots;
    }

    @Transactional(readOnly = true)
    public ScreeningViews.ScreeningView find(UUID id) {
        StoredScreening s = queries.find(id).orElseThrow(() -> new NotFoundException("no screening " + id));
        Map<UUID, List<Disposition>> byHit = new HashMap<>();
        if (!s.hits().isEmpty()) {
            for (Disposition d : queries.dispositionsOfHits(s.hits().stream().map(StoredHit::id).toList())) {
                byHit.computeIfAbsent(d.hitId(), k -> new ArrayList<>()).add(d);
            }
        }
        Map<UUID, Disposition> previous = new HashMap<>();
        for (StoredHit h : s.hits()) {
            if (h.previousDispositionId() != null) {
                queries.disposition(h.previousDispositionId()).ifPresent(d -> previous.put(d.id(), d));
            }
        }
        Map<UUID, StoredSnapshot> lists = new HashMap<>();
        for (UUID snapshotId : s.snapshotIds()) {
            snapshots.find(snapshotId).ifPresent(snapshot -> lists.put(snapshotId, snapshot));
        }
        return ScreeningViews.ScreeningView.of(s, lists, byHit, previous);
    }
}
