package dev.clearance.persistence.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clearance.domain.audit.AuditChain;
import dev.clearance.domain.audit.AuditEntry;
import dev.clearance.domain.audit.AuditEvent;
import dev.clearance.persistence.TestDatabase;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;

class AuditLogIT {
    private final DSLContext dsl = TestDatabase.dsl();
    private final AuditLog log = new AuditLog(dsl);
    private final AuditQueries queries = new AuditQueries(dsl);

    private static AuditEntry entry(String entityId) {
        return new AuditEntry(UUID.randomUUID(), Instant.parse("2026-11-25T12:00:00Z"), "alice", List.of("analyst"),
                "VendorRegistered", "vendor", entityId, "digest", "req-1");
    }

    @Test
    void shouldChainEveryAppendToThePreviousHash() {
        AuditEvent first = dsl.transactionResult(c -> new AuditLog(c.dsl()).append(entry("v1")));
        AuditEvent second = dsl.transactionResult(c -> new AuditLog(c.dsl()).append(entry("v2")));

        assertThat(second.seq()).isEqualTo(first.seq() + 1);
        assertThat(second.prevHash()).isEqualTo(first.hash());
        assertThat(AuditChain.verify(queries.all())).isEqualTo(-1);
        assertThat(queries.forEntity("vendor", "v2")).extracting(AuditEvent::hash).contains(second.hash());
    }

    @Test
    void shouldRefuseToUpdateOrDeleteAnEvent() {
        log.append(entry("v3"));
        assertThatThrownBy(() -> dsl.execute("update audit_event set actor = 'mallory'"))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> dsl.execute("delete from audit_event"))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
    }

    @Test
    void shouldWriteNothingWhenTheSurroundingTransactionRollsBack() {
        int before = queries.all().size();
        assertThatThrownBy(() -> dsl.transaction(c -> {
            new AuditLog(c.dsl()).append(entry("v4"));
            throw new IllegalStateException("use case failed after auditing");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(queries.all()).hasSize(before);
    }
}
