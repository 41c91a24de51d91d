package dev.clearance.domain.ownership;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.domain.shared.Percent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class StakeLimitTest {
    private static final Instant AT = Instant.parse("2026-12-07T02:00:00Z");
    private static final RegisteredPartyId OWNED = new RegisteredPartyId(new UUID(0x7000L, 1));
    private static int next = 100;

    private static RegisteredPartyId owner() {
        return new RegisteredPartyId(new UUID(0x7000L, next++));
    }

    private static OwnershipEdge edge(String percent, String from, @Nullable String to, boolean archived) {
        return new OwnershipEdge(new OwnershipEdgeId(new UUID(0x7001L, next++)), owner(), OWNED, Percent.of(percent),
                new Validity(LocalDate.parse(from), to == null ? null : LocalDate.parse(to)), "register", AT, "alice",
                archived ? AT : null);
    }

    private static NewOwnershipEdge adding(String percent, String from, @Nullable String to) {
        return new NewOwnershipEdge(owner(), OWNED, Percent.of(percent),
                new Validity(LocalDate.parse(from), to == null ? null : LocalDate.parse(to)), "register");
    }

    @Test
    void shouldRefuseOverlappingStakesAbove100AndNameTheStakesInForce() {
        OwnershipEdge sixty = edge("60", "2025-01-01", null, false);
        StakeLimit.Breach breach = StakeLimit.check(List.of(sixty), adding("50", "2025-03-01", null)).orElseThrow();
        assertThat(breach.total()).isEqualByComparingTo("110");
        assertThat(breach.on()).isEqualTo(LocalDate.parse("2025-03-01"));
        assertThat(breach.inForce()).containsExactly(sixty);
    }

    @Test
    void shouldAcceptStakesThatFollowEachOther() {
        OwnershipEdge untilJune = edge("60", "2025-01-01", "2025-07-01", false);
        assertThat(StakeLimit.check(List.of(untilJune), adding("50", "2025-07-01", null))).isEmpty();
    }

    @Test
    void shouldAllowExactly100() {
        assertThat(StakeLimit.check(List.of(edge("60", "2025-01-01", null, false)), adding("40", "2025-01-01", null)))
                .isEmpty();
    }

    @Test
    void shouldFindAPeakThatStartsAfterTheNewStake() {
        // Today only 30% + 50%; from March 2026 a third stake of 30% joins: 110% then.
        OwnershipEdge thirty = edge("30", "2020-01-01", null, false);
        OwnershipEdge later = edge("30", "2026-03-01", null, false);
        OwnershipEdge ended = edge("90", "2010-01-01", "2020-01-01", false);
        StakeLimit.Breach breach = StakeLimit.check(List.of(thirty, later, ended), adding("50", "2025-01-01", null))
                .orElseThrow();
        assertThat(breach.on()).isEqualTo(LocalDate.parse("2026-03-01"));
        assertThat(breach.inForce()).containsExactly(thirty, later);
        assertThat(breach.total()).isEqualByComparingTo("110");
    }

    @Test
    void shouldIgnoreAStakeThatStartsAfterTheNewOneEnds() {
        OwnershipEdge later = edge("80", "2027-01-01", null, false);
        assertThat(StakeLimit.check(List.of(later), adding("50", "2025-01-01", "2027-01-01"))).isEmpty();
    }

    @Test
    void shouldNotCountArchivedStakes() {
        assertThat(StakeLimit.check(List.of(edge("100", "2020-01-01", null, true)), adding("100", "2020-01-01", null)))
                .isEmpty();
    }

    @Test
    void shouldRefuseTheSecondOfTwelveFullStakes() {
        List<OwnershipEdge> stored = new ArrayList<>();
        int accepted = 0;
        for (int i = 0; i < 12; i++) {
            NewOwnershipEdge stake = adding("100", "2020-01-01", null);
            if (StakeLimit.check(stored, stake).isEmpty()) {
                accepted++;
                stored.add(edge("100", "2020-01-01", null, false));
            }
        }
        assertThat(accepted).isEqualTo(1);
    }
}
