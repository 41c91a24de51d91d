package dev.clearance.persistence.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.domain.audit.AuditChain;
import dev.clearance.domain.audit.AuditEntry;
import dev.clearance.domain.audit.AuditEvent;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A database written by Clearance 0.1 (nanosecond-hashed events, schema up to V202611251430) upgraded by the
 * production Flyway migrations (ADR 0008).
 */
class AuditChainUpgradeIT {
    private static final String PREVIOUS_SCHEMA = "202611251430";

    private EmbeddedPostgres pg;
    private DataSource ds;
    private DSLContext dsl;

    @BeforeEach
    void startOnThePreviousSchema() throws Exception {
        pg = EmbeddedPostgres.builder().start();
        ds = pg.getPostgresDatabase();
        dsl = DSL.using(ds, SQLDialect.POSTGRES);
        flyway().target(PREVIOUS_SCHEMA).load().migrate();
    }

    @AfterEach
    void stop() throws Exception {
        pg.close();
    }

    private org.flywaydb.core.api.configuration.FluentConfiguration flyway() {
        return Flyway.configure().dataSource(ds).locations("classpath:db/migration");
    }

    /** Writes events the way 0.1 did: the hash over the JVM's nanoseconds, the row with what PostgreSQL keeps. */
    private List<String> writeLegacyChain(int events) {
        String prev = AuditChain.GENESIS;
        List<String> hashes = new java.util.ArrayList<>();
        for (int i = 1; i <= events; i++) {
            Instant clock = Instant.parse("2026-11-30T10:00:00Z").plusSeconds(i).plusNanos(123_456_000L + 211 * i + 7);
            AuditEntry e = new AuditEntry(UUID.randomUUID(), clock, "alice", List.of("analyst"), "VendorRegistered",
                    "vendor", "v" + i, AuditChain.sha256("after " + i), "req-" + i);
            // NB: e holds the clock cut to microseconds; the legacy hash is over the full clock value.
            String hash = AuditChain.legacyHash(prev, i, e, clock.getNano() % 1000);
            dsl.execute("insert into audit_event (seq, id, occurred_at, actor, actor_roles, action, entity_type, "
                            + "entity_id, after_digest, request_id, prev_hash, hash) values (?,?,?::timestamptz,?,?::text[],?,?,?,?,?,?,?)",
                    (long) i, e.id(), clock.atOffset(ZoneOffset.UTC), e.actor(), "{analyst}", e.action(), e.entityType(),
                    e.entityId(), e.afterDigest(), e.requestId(), prev, hash);
            hashes.add(hash);
            prev = hash;
        }
        return hashes;
    }

    @Test
    void shouldVerifyALegacyChainAfterTheUpgradeAndRecordACheckpointThatKeepsTheOldHashes() {
        List<String> legacyHashes = writeLegacyChain(5);
        flyway().target(PREVIOUS_SCHEMA).load().migrate();
        assertThat(AuditChain.verify(legacyEvents())).as("0.1 chains read back broken").isEqualTo(1);

        flyway().load().migrate();

        List<AuditEvent> events = new AuditQueries(dsl).all();
        assertThat(AuditChain.verify(events)).isEqualTo(-1);
        assertThat(events).hasSize(6);
        AuditEvent checkpoint = events.get(5);
        assertThat(checkpoint.entry().action()).isEqualTo(AuditChainResealer.ACTION);
        assertThat(checkpoint.entry().actor()).isEqualTo(AuditChainResealer.ACTOR);
        assertThat(checkpoint.entry().entityId()).isEqualTo("events 1-5");
        assertThat(dsl.fetch("select legacy_hash from audit_event where seq <= 5 order by seq").getValues(0, String.class))
                .containsExactlyElementsOf(legacyHashes);
        StringBuilder committed = new StringBuilder();
        for (int i = 0; i < legacyHashes.size(); i++) {
            committed.append(i == 0 ? "" : "\n").append(i + 1).append(':').append(legacyHashes.get(i));
        }
        assertThat(checkpoint.entry().afterDigest()).isEqualTo(AuditChain.sha256(committed.toString()));

        // The append-only guard is back in force after the repair.
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> dsl.execute("update audit_event set actor = 'x'"))
                .hasMessageContaining("append-only");
        // And the next ordinary event chains onto the checkpoint.
        AuditEvent next = dsl.transactionResult(c -> new AuditLog(c.dsl()).append(new AuditEntry(UUID.randomUUID(),
                Instant.parse("2026-12-07T01:00:00.987654321Z"), "bob", List.of("admin"), "VendorRegistered", "vendor",
                "v9", null, null)));
        assertThat(next.prevHash()).isEqualTo(checkpoint.hash());
        assertThat(AuditChain.verify(new AuditQueries(dsl).all())).isEqualTo(-1);
    }

    @Test
    void shouldStillReportALegacyEventThatWasChangedAfterItWasWritten() {
        writeLegacyChain(5);
        // Tampering the triggers would have refused, done by someone who could lift them.
        dsl.execute("alter table audit_event disable trigger audit_event_no_update");
        dsl.execute("update audit_event set entity_id = 'v-forged' where seq = 4");
        dsl.execute("alter table audit_event enable trigger audit_event_no_update");

        flyway().load().migrate();

        List<AuditEvent> events = new AuditQueries(dsl).all();
        assertThat(AuditChain.verify(events)).isEqualTo(4);
        assertThat(dsl.fetch("select seq from audit_event where legacy_hash is not null order by seq")
                .getValues(0, Long.class)).containsExactly(1L, 2L, 3L);
        assertThat(events.get(events.size() - 1).entry().entityId()).isEqualTo("events 1-3");
    }

    @Test
    void shouldLeaveAFreshDatabaseAndAnIntactChainAsTheyAre() {
        flyway().load().migrate();
        assertThat(new AuditQueries(dsl).all()).isEmpty();

        dsl.transaction(c -> new AuditLog(c.dsl()).append(new AuditEntry(UUID.randomUUID(),
                Instant.parse("2026-12-07T01:00:00.123456789Z"), "alice", List.of("analyst"), "VendorRegistered",
                "vendor", "v1", null, null)));
        var again = dsl.transactionResult(c -> new AuditChainResealer(c.dsl())
                .reseal(UUID.randomUUID(), Instant.now(), "test"));

        assertThat(again.changed()).isEmpty();
        assertThat(new AuditQueries(dsl).all()).hasSize(1);
        assertThat(AuditChain.verify(new AuditQueries(dsl).all())).isEqualTo(-1);
    }

    /** Reads the chain on the 0.1 schema, which has no legacy_hash column yet. */
    private List<AuditEvent> legacyEvents() {
        return dsl.fetch("select * from audit_event order by seq").map(r -> new AuditEvent(r.get("seq", Long.class),
                new AuditEntry(r.get("id", UUID.class), r.get("occurred_at", java.time.OffsetDateTime.class).toInstant(),
                        r.get("actor", String.class), List.of(r.get("actor_roles", String[].class)),
                        r.get("action", String.class), r.get("entity_type", String.class),
                        r.get("entity_id", String.class), r.get("after_digest", String.class),
                        r.get("request_id", String.class)),
                r.get("prev_hash", String.class), r.get("hash", String.class)));
    }
}
