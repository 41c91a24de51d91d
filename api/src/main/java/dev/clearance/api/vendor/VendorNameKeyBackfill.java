package dev.clearance.api.vendor;

import dev.clearance.domain.vendor.Vendor;
import dev.clearance.persistence.vendor.VendorQueries;
import dev.clearance.persistence.vendor.VendorStore;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Vendors registered before the duplicate check have no stored name key (SQL cannot compute it); they get one at
 * start-up, so the check also finds them. Keys are only filled in, never changed.
 */
@Singleton
public class VendorNameKeyBackfill {
    private static final Logger LOG = LoggerFactory.getLogger(VendorNameKeyBackfill.class);
    private static final int BATCH = 500;

    private final VendorQueries queries;
    private final VendorStore store;

    public VendorNameKeyBackfill(VendorQueries queries, VendorStore store) {
        this.queries = queries;
        this.store = store;
    }

    /** @return how many vendors got a key */
    @Transactional
    public int backfill() {
        int filled = 0;
        List<Vendor> batch;
        do {
            batch = queries.withoutNameKey(BATCH);
            for (Vendor v : batch) {
                if (store.setNameKeyIfMissing(v.id(), VendorNameKey.of(v.name()))) {
                    filled++;
                }
            }
        } while (batch.size() == BATCH);
        return filled;
    }

    /** Runs the backfill once the application context is up. */
    @Singleton
    static class AtStartup {
        private final VendorNameKeyBackfill backfill;

        AtStartup(VendorNameKeyBackfill backfill) {
            this.backfill = backfill;
        }

        @EventListener
        void onStartup(StartupEvent event) {
            try {
                int n = backfill.backfill();
                if (n > 0) {
                    LOG.info("stored the duplicate-check name key of {} vendors registered before it existed", n);
                }
            } catch (RuntimeException e) {
                LOG.error("could not store the name keys of older vendors; the duplicate check misses them", e);
            }
        }
    }
}
