package dev.clearance.domain.transaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LookBackWindowTest {

    @ParameterizedTest(name = "{0}: prior {1} in window = {2}")
    @CsvSource({
            "2026-06-01, 2025-06-01, false",  // exactly 12 months before: out
            "2026-06-01, 2025-06-02, true",   // one day inside
            "2026-06-01, 2026-06-01, true",   // same day
            "2026-06-01, 2026-06-02, false",  // later-dated
            "2026-06-01, 2025-05-01, false",  // 13 months
            "2025-02-28, 2024-02-28, false",  // 12 months back from a non-leap date
            "2025-02-28, 2024-02-29, true",   // the leap day is inside
            "2024-02-29, 2023-02-28, false",  // from a leap day, 12 months back is 28 February
            "2024-02-29, 2023-03-01, true"})
    void shouldHoldTheDatesInTwelveMonthsBeforeExclusiveUpToTheDateInclusive(LocalDate date, LocalDate prior,
                                                                              boolean in) {
        assertThat(new LookBackWindow(date).contains(prior)).isEqualTo(in);
    }
}
