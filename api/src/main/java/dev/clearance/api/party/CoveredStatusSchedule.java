package dev.clearance.api.party;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@link CoveredStatusSweep} shortly after start-up and then every
 * {@code clearance.covered-status.sweep-interval} (default one hour), so a date boundary that passed while the app
 * was down, or at midnight, is picked up without anyone touching the party.
 */
@Singleton
@Requires(property = "clearance.covered-status.sweep-enabled", notEquals = "false")
public class CoveredStatusSchedule {
    private static final Logger LOG = LoggerFactory.getLogger(CoveredStatusSchedule.class);

    private final CoveredStatusSweep sweep;
    private final Clock clock;

    public CoveredStatusSchedule(CoveredStatusSweep sweep, Clock clock) {
        this.sweep = sweep;
        this.clock = clock;
    }

    @Scheduled(initialDelay = "${clearance.covered-status.sweep-initial-delay:45s}",
            fixedDelay = "${clearance.covered-status.sweep-interval:1h}")
    void run() {
        try {
            CoveredStatusSweep.Result r = sweep.sweep(LocalDate.now(clock));
            if (r.reexamined() > 0) {
                LOG.info("covered-status sweep {}: re-examined {} parties whose dated inputs took effect, {} flipped",
                        r.today(), r.reexamined(), r.flipped());
            }
        } catch (RuntimeException e) {
            // NB: a failed sweep must not kill the schedule; the next run finds the same parties stale.
            LOG.error("covered-status sweep failed; it is retried at the next interval", e);
        }
    }
}
