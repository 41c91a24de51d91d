package dev.clearance.persistence.audit;

import static dev.clearance.persistence.jooq.Tables.AUDIT_EVENT;

import dev.clearance.domain.audit.AuditChain;
import dev.clearance.domain.audit.AuditEntry;
import dev.clearance.domain.audit.AuditEvent;
import java.time.ZoneOffset;
import org.jooq.DSLContext;
import org.jooq.Record2;

/**
 * Appends to the hash-chained audit trail inside the caller's transaction, so a change and its event commit
 * or roll back together (domain-model invariant 3).
 */
public final class AuditLog {
    /** NB: one advisory-lock key serializes appenders, so two transactions never chain onto the same head. */
    static final long CHAIN_LOCK = 0x436c656172616e63L;

    private final DSLContext dsl;

    public AuditLog(DSLContext dsl) {
        this.dsl = dsl;
    }

    public AuditEvent append(AuditEntry entry) {
        dsl.execute("select pg_advisory_xact_lock(?)", CHAIN_LOCK);
        Record2<Long, String> head = dsl.select(AUDIT_EVENT.SEQ, AUDIT_EVENT.HASH)
                .from(AUDIT_EVENT)
                .orderBy(AUDIT_EVENT.SEQ.desc())
                .limit(1)
                .fetchOne();
        long seq = head == null ? 1 : head.value1() + 1;
        String prev = head == null ? AuditChain.GENESIS : head.value2();
        String hash = AuditChain.hash(prev, seq, entry);
        dsl.insertInto(AUDIT_EVENT)
                .set(AUDIT_EVENT.SEQ, seq)
                .set(AUDIT_EVENT.ID, entry.id())
                .set(AUDIT_EVENT.OCCURRED_AT, entry.occurredAt().atOffset(ZoneOffset.UTC))
                .set(AUDIT_EVENT.ACTOR, entry.actor())
                .set(AUDIT_EVENT.ACTOR_ROLES, entry.actorRoles().toArray(String[]::new))
                .set(AUDIT_EVENT.ACTION, entry.action())
                .set(AUDIT_EVENT.ENTITY_TYPE, entry.entityType())
                .set(AUDIT_EVENT.ENTITY_ID, entry.entityId())
                .set(AUDIT_EVENT.AFTER_DIGEST, entry.afterDigest())
                .set(AUDIT_EVENT.REQUEST_ID, entry.requestId())
                .set(AUDIT_EVENT.PREV_HASH, prev)
                .set(AUDIT_EVENT.HASH, hash)
                .execute();
        return new AuditEvent(seq, entry, prev, hash);
    }
}
