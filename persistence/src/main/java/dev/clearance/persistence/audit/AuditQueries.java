package dev.clearance.persistence.audit;

import static dev.clearance.persistence.jooq.Tables.AUDIT_EVENT;

import dev.clearance.domain.audit.AuditEntry;
import dev.clearance.domain.audit.AuditEvent;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

/** Reads the audit trail in chain order. */
public final class AuditQueries {
    /**
     * NB: an explicit column list, not {@code selectFrom}: the re-seal migration (V202612070101) reads through this
     * class, and {@code selectFrom} would name every column of the final schema, failing on the schema of its day as
     * soon as a later migration adds a column to {@code audit_event}.
     */
    private static final List<Field<?>> COLUMNS = List.of(AUDIT_EVENT.SEQ, AUDIT_EVENT.ID, AUDIT_EVENT.OCCURRED_AT,
            AUDIT_EVENT.ACTOR, AUDIT_EVENT.ACTOR_ROLES, AUDIT_EVENT.ACTION, AUDIT_EVENT.ENTITY_TYPE,
            AUDIT_EVENT.ENTITY_ID, AUDIT_EVENT.AFTER_DIGEST, AUDIT_EVENT.REQUEST_ID, AUDIT_EVENT.PREV_HASH,
            AUDIT_EVENT.HASH);

    private final DSLContext dsl;

    public AuditQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<AuditEvent> all() {
        return select(DSL.noCondition());
    }

    public List<AuditEvent> forEntity(String entityType, String entityId) {
        return select(AUDIT_EVENT.ENTITY_TYPE.eq(entityType).and(AUDIT_EVENT.ENTITY_ID.eq(entityId)));
    }

    private List<AuditEvent> select(Condition where) {
        return dsl.select(COLUMNS).from(AUDIT_EVENT).where(where).orderBy(AUDIT_EVENT.SEQ).fetch(AuditQueries::toEvent);
    }

    private static AuditEvent toEvent(Record r) {
        AuditEntry entry = new AuditEntry(r.get(AUDIT_EVENT.ID), r.get(AUDIT_EVENT.OCCURRED_AT).toInstant(),
                r.get(AUDIT_EVENT.ACTOR), List.of(r.get(AUDIT_EVENT.ACTOR_ROLES)), r.get(AUDIT_EVENT.ACTION),
                r.get(AUDIT_EVENT.ENTITY_TYPE), r.get(AUDIT_EVENT.ENTITY_ID), r.get(AUDIT_EVENT.AFTER_DIGEST),
                r.get(AUDIT_EVENT.REQUEST_ID));
        return new AuditEvent(r.get(AUDIT_EVENT.SEQ), entry, r.get(AUDIT_EVENT.PREV_HASH), r.get(AUDIT_EVENT.HASH));
    }
}
