package dev.clearance.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class AuditChainTest {
    private static final Instant AT = Instant.parse("2026-01-01T00:00:00.123456Z");

    private static AuditEntry entry(String actor) {
        return entry(actor, AT);
    }

    private static AuditEntry entry(String actor, Instant at) {
        return new AuditEntry(UUID.nameUUIDFromBytes(actor.getBytes()), at, actor,
                List.of("analyst"), "VendorRegistered", "vendor", "v-" + actor, null, null);
    }

    private static List<AuditEvent> chain(String... actors) {
        List<AuditEvent> events = new ArrayList<>();
        String prev = AuditChain.GENESIS;
        long seq = 1;
        for (String a : actors) {
            AuditEntry e = entry(a);
            String h = AuditChain.hash(prev, seq, e);
            events.add(new AuditEvent(seq++, e, prev, h));
            prev = h;
        }
        return events;
    }

    /** A chain as Clearance 0.1 wrote it: hashed over nanosecond timestamps the driver then rounded to microseconds. */
    private static List<AuditEvent> legacyChain(List<Integer> subMicroNanos) {
        List<AuditEvent> events = new ArrayList<>();
        String prev = AuditChain.GENESIS;
        for (int i = 0; i < subMicroNanos.size(); i++) {
            AuditEntry e = entry("actor-" + i, AT.plusSeconds(i));
            String h = AuditChain.legacyHash(prev, i + 1, e, subMicroNanos.get(i));
            events.add(new AuditEvent(i + 1, e, prev, h));
            prev = h;
        }
        return events;
    }

    private static List<AuditEvent> apply(List<AuditEvent> events, Resealing resealing) {
        List<AuditEvent> out = new ArrayList<>(events);
        for (Resealing.Resealed r : resealing.changed()) {
            AuditEvent old = out.get((int) r.seq() - 1);
            out.set((int) r.seq() - 1, new AuditEvent(old.seq(), old.entry(), r.prevHash(), r.hash()));
        }
        return out;
    }

    @Test
    void shouldVerifyAnUntouchedChain() {
        assertThat(AuditChain.verify(chain("a", "b", "c"))).isEqualTo(-1);
    }

    @Test
    void shouldReportTheFirstTamperedEvent() {
        List<AuditEvent> events = chain("a", "b", "c");
        AuditEvent b = events.get(1);
        events.set(1, new AuditEvent(2, entry("mallory"), b.prevHash(), b.hash()));
        assertThat(AuditChain.verify(events)).isEqualTo(2);
    }

    @Test
    void shouldReportADeletedEvent() {
        List<AuditEvent> events = chain("a", "b", "c");
        events.remove(1);
        assertThat(AuditChain.verify(events)).isEqualTo(3);
    }

    @Test
    void shouldSealExactlyTheMicrosecondsTheDatabaseKeeps() {
        Instant fromTheJvmClock = Instant.parse("2026-12-07T01:02:03.123456789Z");
        AuditEntry written = entry("a", fromTheJvmClock);
        // What PostgreSQL's timestamptz hands back: the same instant cut to microseconds.
        AuditEntry readBack = entry("a", Instant.parse("2026-12-07T01:02:03.123456Z"));

        assertThat(written.occurredAt()).isEqualTo(readBack.occurredAt());
        String sealed = AuditChain.hash(AuditChain.GENESIS, 1, written);
        assertThat(AuditChain.verify(List.of(new AuditEvent(1, readBack, AuditChain.GENESIS, sealed)))).isEqualTo(-1);
    }

    @Test
    void shouldRecoverTheRoundedAwayNanosOfALegacyEventAndNothingForAChangedOne() {
        AuditEntry e = entry("a");
        String sealed = AuditChain.legacyHash(AuditChain.GENESIS, 1, e, -321);

        assertThat(AuditChain.recoverDroppedNanos(AuditChain.GENESIS, 1, e, sealed)).hasValue(-321);
        assertThat(AuditChain.recoverDroppedNanos(AuditChain.GENESIS, 1, entry("mallory"), sealed)).isEmpty();
    }

    @Test
    void shouldResealAnUntamperedLegacyChainSoThatItVerifies() {
        List<AuditEvent> legacy = legacyChain(List.of(789, 0, -500, 999, -999));
        assertThat(AuditChain.verify(legacy)).isEqualTo(1);

        Resealing resealing = AuditChain.reseal(legacy);

        assertThat(resealing.firstUnprovenSeq()).isEqualTo(-1);
        assertThat(resealing.changed()).extracting(Resealing.Resealed::legacyHash)
                .containsExactlyElementsOf(legacy.stream().map(AuditEvent::hash).toList());
        assertThat(AuditChain.verify(apply(legacy, resealing))).isEqualTo(-1);
    }

    @Test
    void shouldStopResealingAtATamperedLegacyEventSoVerificationStillReportsIt() {
        List<AuditEvent> legacy = legacyChain(List.of(5, 6, 7, 8));
        AuditEvent third = legacy.get(2);
        legacy.set(2, new AuditEvent(3, entry("mallory", third.entry().occurredAt()), third.prevHash(), third.hash()));

        Resealing resealing = AuditChain.reseal(legacy);

        assertThat(resealing.firstUnprovenSeq()).isEqualTo(3);
        assertThat(resealing.changed()).extracting(Resealing.Resealed::seq).containsExactly(1L, 2L);
        assertThat(AuditChain.verify(apply(legacy, resealing))).isEqualTo(3);
    }

    @Test
    void shouldChangeNothingInAnIntactChain() {
        Resealing resealing = AuditChain.reseal(chain("a", "b", "c"));
        assertThat(resealing.changed()).isEmpty();
        assertThat(resealing.firstUnprovenSeq()).isEqualTo(-1);
    }

    @Property(tries = 50)
    void resealedLegacyChainsVerify(@ForAll @Size(min = 1, max = 8) List<@IntRange(min = -999, max = 999) Integer> nanos) {
        List<AuditEvent> legacy = legacyChain(nanos);
        Resealing resealing = AuditChain.reseal(legacy);
        assertThat(resealing.firstUnprovenSeq()).isEqualTo(-1);
        assertThat(AuditChain.verify(apply(legacy, resealing))).isEqualTo(-1);
    }
}
