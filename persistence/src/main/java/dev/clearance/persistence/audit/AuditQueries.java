package dev.clearance.persistence.audit;

import static dev.clearance.persistence.jooq.Tables.AUDIT_EVENT;

import dev.clearance.domain.audit.AuditEntry;
import dev.clearance.domain.audit.AuditEvent;
import dev.clearance.persistence.jooq.tables.records.AuditEventRecord;
import java.util.List;
import org.jooq.DSLContext;

/** Reads the audit trail in chain order. */
public final class AuditQueries {
    private final DSLContext dsl;

    public AuditQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<AuditEvent> all() {
        return dsl.selectFrom(AUDIT_EVENT).orderBy(AUDIT_EVENT.SEQ).fetch(AuditQueries::toEvent);
    }

    public List<AuditEvent> forEntity(String entityType, String entityId) {
        return dsl.selectFrom(AUDIT_EVENT)
                .where(AUDIT_EVENT.ENTITY_TYPE.eq(entityType).and(AUDIT_EVENT.ENTITY_ID.eq(entityId)))
                .orderBy(AUDIT_EVENT.SEQ)
                .fetch(AuditQueries::toEvent);
    }

    private static AuditEvent toEvent(AuditEventRecord r) {
        AuditEntry entry = new AuditEntry(r.getId(), r.getOccurredAt().toInstant(), r.getActor(),
                List.of(r.getActorRoles()), r.getAction(), r.getEntityType(), r.getEntityId(), r.getAfterDigest(),
                r.getRequestId());
        return new AuditEvent(r.getSeq(), entry, r.getPrevHash(), r.getHash());
    }
}
