package dev.clearance.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AuditChainTest {
    private static AuditEntry entry(String actor) {
        return new AuditEntry(UUID.nameUUIDFromBytes(actor.getBytes()), Instant.parse("2026-01-01T00:00:00Z"), actor,
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
}
