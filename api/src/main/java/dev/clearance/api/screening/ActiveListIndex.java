package dev.clearance.api.screening;

import dev.clearance.domain.screening.StoredListEntry;
import dev.clearance.domain.screening.StoredSnapshot;
import dev.clearance.persistence.screening.ListSnapshotQueries;
import dev.clearance.screening.engine.ScreeningIndex;
import dev.clearance.screening.list.ListEntry;
import dev.clearance.screening.list.ListSource;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The in-memory {@link ScreeningIndex} over the active snapshots, cached per set of active snapshot ids and rebuilt
 * lazily the first time a screening sees another set (after an import).
 */
@Singleton
public class ActiveListIndex {
    private static final Logger LOG = LoggerFactory.getLogger(ActiveListIndex.class);

    private final ListSnapshotQueries snapshots;
    private volatile @Nullable Loaded loaded;

    public ActiveListIndex(ListSnapshotQueries snapshots) {
        this.snapshots = snapshots;
    }

    /**
     * The index over the snapshots active now. Joins the screening's transaction; opens its own when called after
     * an import to build the index ahead of the next screening.
     */
    @Transactional
    public Loaded current() {
        List<StoredSnapshot> active = snapshots.allActive();
        Set<UUID> ids = ids(active);
        Loaded l = loaded;
        if (l != null && l.ids().equals(ids)) {
            return l;
        }
        synchronized (this) {
            l = loaded;
            if (l != null && l.ids().equals(ids)) {
                return l;
            }
            long start = System.nanoTime();
            List<ListEntry> entries = new ArrayList<>();
            for (StoredSnapshot s : active) {
                ListSource source = ListSource.valueOf(s.source());
                for (StoredListEntry e : snapshots.entries(s.id())) {
                    entries.add(ListEntries.engine(source, e));
                }
            }
            long read = System.nanoTime();
            // NB: the replaced index is not closed, a screening on another thread may still be using it.
            l = new Loaded(ids, active, entries.isEmpty() ? null : ScreeningIndex.ofEntries(entries));
            loaded = l;
            LOG.info("screening index over {} entries of {} snapshot(s): read {} ms, built {} ms", entries.size(),
                    active.size(), (read - start) / 1_000_000, (System.nanoTime() - read) / 1_000_000);
            return l;
        }
    }

    private static Set<UUID> ids(List<StoredSnapshot> active) {
        Set<UUID> ids = new LinkedHashSet<>();
        active.forEach(s -> ids.add(s.id()));
        return Set.copyOf(ids);
    }

    /** The snapshots an index was built from, by source; {@code index} is null when no list is imported. */
    public record Loaded(Set<UUID> ids, List<StoredSnapshot> snapshots, @Nullable ScreeningIndex index) {
        public @Nullable StoredSnapshot snapshotOf(String source) {
            return snapshots.stream().filter(s -> s.source().equals(source)).findFirst().orElse(null);
        }
    }
}
