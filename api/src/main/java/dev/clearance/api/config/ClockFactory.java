package dev.clearance.api.config;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/** The one clock of the application; domain and rules get time passed in. */
@Factory
public class ClockFactory {
    /**
     * Tells time in whole microseconds, the precision PostgreSQL stores: a timestamp the API answers with at creation
     * is then the value a later read returns (ADR 0008), not one with three more digits.
     */
    @Singleton
    Clock clock() {
        return new MicrosecondClock(Clock.systemUTC());
    }

    /** NB: not {@code Clock.tick(…, 1 µs)}: its {@code millis()} divides by the tick in whole milliseconds (zero). */
    static final class MicrosecondClock extends Clock {
        private final Clock system;

        MicrosecondClock(Clock system) {
            this.system = system;
        }

        @Override
        public ZoneId getZone() {
            return system.getZone();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return new MicrosecondClock(system.withZone(zone));
        }

        @Override
        public Instant instant() {
            return system.instant().truncatedTo(ChronoUnit.MICROS);
        }

        @Override
        public long millis() {
            return system.millis();
        }
    }
}
