package dev.clearance.api.screening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.api.audit.Auditor;
import dev.clearance.api.config.Ids;
import dev.clearance.api.security.CurrentActor;
import dev.clearance.api.support.ApiTestSupport;
import dev.clearance.api.support.Http;
import dev.clearance.domain.audit.AuditEvent;
import dev.clearance.persistence.audit.AuditLog;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A batch that fails after its screenings and hits are written (here: its audit event cannot be recorded) leaves
 * nothing behind: one transaction per request.
 */
@MicronautTest(transactional = false)
class BatchScreeningAtomicityIT extends ApiTestSupport {
    private static final String FAIL = "clearance.test.fail-batch-audit";

    @Inject
    EmbeddedServer server;
    @Inject
    TransactionOperations<Connection> tx;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = new HashMap<>(super.getProperties());
        p.put(FAIL, "true");
        return p;
    }

    @Test
    void shouldStoreNothingWhenTheBatchFailsAfterWriting() {
        String base = server.getURL().toString();
        Http http = new Http(base);
        String admin = idp.token("adam", "admin");
        HttpResponse<String> imported = ListFiles.importSdn(base, admin, ListFiles.text("sdn.csv"));
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        String user = "batch-atomic";

        HttpResponse<String> r = http.post("/api/v1/screenings/batch", idp.token(user, "analyst"),
                "{\"queries\":[{\"name\":\"Abu Abas\"},{\"name\":\"Ayman al Zawahiri\"},{\"name\":\"Jane Doe\"}]}");

        assertThat(r.statusCode()).as(r.body()).isEqualTo(500);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(FailingBatchAuditor.failures).isPositive();
        assertThat(count("select count(*) from screening where screened_by = ?", user)).isZero();
        assertThat(count("select count(*) from screening_hit h join screening s on s.id = h.screening_id"
                + " where s.screened_by = ?", user)).isZero();
        assertThat(count("select count(*) from audit_event where actor = ?", user)).isZero();

        // the same batch without the failure is stored: the zeros above are the rollback, not an empty batch
        FailingBatchAuditor.enabled = false;
        try {
            HttpResponse<String> ok = http.post("/api/v1/screenings/batch", idp.token(user, "analyst"),
                    "{\"queries\":[{\"name\":\"Abu Abas\"},{\"name\":\"Ayman al Zawahiri\"},{\"name\":\"Jane Doe\"}]}");
            assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        } finally {
            FailingBatchAuditor.enabled = true;
        }
        assertThat(count("select count(*) from screening where screened_by = ?", user)).isEqualTo(3);
        assertThat(count("select count(*) from screening_hit h join screening s on s.id = h.screening_id"
                + " where s.screened_by = ?", user)).isPositive();
    }

    private int count(String sql, String user) {
        return tx.executeRead(status -> {
            try (PreparedStatement st = status.getConnection().prepareStatement(sql)) {
                st.setString(1, user);
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Fails the batch's audit event, i.e. after the batch's screenings and hits have been inserted. */
    @Singleton
    @Replaces(Auditor.class)
    @Requires(property = FAIL, value = "true")
    static class FailingBatchAuditor extends Auditor {
        static volatile int failures;
        static volatile boolean enabled = true;

        FailingBatchAuditor(AuditLog log, Ids ids, Clock clock) {
            super(log, ids, clock);
        }

        @Override
        public AuditEvent record(CurrentActor actor, String action, String entityType, String entityId,
                                 String afterState, String requestId) {
            if (enabled && action.equals("ScreeningBatchCompleted")) {
                failures++;
                throw new IllegalStateException("audit trail unavailable (test)");
            }
            return super.record(actor, action, entityType, entityId, afterState, requestId);
        }
    }
}
