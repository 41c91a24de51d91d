package dev.clearance.api.audit;

import dev.clearance.domain.audit.AuditEvent;
import dev.clearance.persistence.audit.AuditQueries;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;

/** Reads the audit trail in one read-only transaction, so the verified chain is a consistent snapshot. */
@Singleton
public class AuditTrailReading {
    private final AuditQueries queries;

    public AuditTrailReading(AuditQueries queries) {
        this.queries = queries;
    }

    @Transactional(readOnly = true)
    public List<AuditEvent> all() {
        return queries.all();
    }
}
