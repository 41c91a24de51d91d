package dev.clearance.api.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ClockFactoryTest {
    @Test
    void shouldTellTimeInTheMicrosecondsPostgresqlKeeps() {
        Clock clock = new ClockFactory().clock();
        for (int i = 0; i < 200; i++) {
            Instant now = clock.instant();
            assertThat(now.getNano() % 1_000).as(now.toString()).isZero();
        }
        // UUIDv7 ids take the milliseconds from the same clock.
        assertThat(clock.millis()).isCloseTo(System.currentTimeMillis(), org.assertj.core.data.Offset.offset(5_000L));
    }
}
