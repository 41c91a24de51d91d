package dev.clearance.api.screening;

import dev.clearance.api.problem.NotFoundException;
import dev.clearance.domain.screening.StoredSnapshot;
import dev.clearance.persistence.screening.ListSnapshotQueries;
import dev.clearance.screening.list.ListSource;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Read side of list snapshots. */
@Singleton
public class ListSnapshotReading {
    private final ListSnapshotQueries queries;

    public ListSnapshotReading(ListSnapshotQueries queries) {
        this.queries = queries;
    }

    @Transactional(readOnly = true)
    public ScreeningViews.SnapshotPage all() {
        List<ScreeningViews.SnapshotView> items = queries.all().stream().map(ScreeningViews.SnapshotView::of).toList();
        return new ScreeningViews.SnapshotPage(items, items.size());
    }

    @Transactional(readOnly = true)
    public ScreeningViews.SnapshotView find(UUID id) {
        return queries.find(id).map(ScreeningViews.SnapshotView::of)
                .orElseThrow(() -> new NotFoundException("no list snapshot " + id));
    }

    @Transactional(readOnly = true)
    public Optional<StoredSnapshot> active(ListSource source) {
        return queries.active(source.name());
    }

    /** The source's snapshots pending an admin's confirmation or rejected by one, newest first. */
    @Transactional(readOnly = true)
    public List<StoredSnapshot> held(ListSource source) {
        return queries.held(source.name());
    }
}
