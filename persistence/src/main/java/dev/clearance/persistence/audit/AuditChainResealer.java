package dev.clearance.persistence.audit;

import static dev.clearance.persistence.jooq.Tables.AUDIT_EVENT;

import dev.clearance.domain.audit.AuditChain;
import dev.clearance.domain.audit.AuditEntry;
import dev.clearance.domain.audit.Resealing;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * Repairs a chain written before ADR 0008 (events hashed over nanoseconds the database did not keep). Every event
 * proven untouched by {@link AuditChain#reseal} gets new links, keeps its old hash in {@code legacy_hash}, and a
 * checkpoint event at the head of the chain says what was re-sealed and commits to the old hashes. An event that
 * cannot be proven is left alone, so verification still reports it.
 */
public final class AuditChainResealer {
    public static final String ACTION = "AuditChainResealed";
    public static final String ACTOR = "system:audit-chain-reseal";

    private final DSLContext dsl;

    public AuditChainResealer(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Call inside one transaction; returns what was re-sealed (nothing on an intact or empty chain). */
    public Resealing reseal(UUID checkpointId, Instant now, String reason) {
        dsl.execute("select pg_advisory_xact_lock(?)", AuditLog.CHAIN_LOCK);
        Resealing resealing = AuditChain.reseal(new AuditQueries(dsl).all());
        if (resealing.changed().isEmpty()) {
            return resealing;
        }
        // NB: the append-only trigger is lifted for this one transaction only; the old hash is kept, not lost.
        dsl.execute("alter table audit_event disable trigger audit_event_no_update");
        for (Resealing.Resealed r : resealing.changed()) {
            dsl.update(AUDIT_EVENT)
                    .set(AUDIT_EVENT.PREV_HASH, r.prevHash())
                    .set(AUDIT_EVENT.HASH, r.hash())
                    .set(AUDIT_EVENT.LEGACY_HASH, r.legacyHash())
                    .where(AUDIT_EVENT.SEQ.eq(r.seq()))
                    .execute();
        }
        dsl.execute("alter table audit_event enable trigger audit_event_no_update");
        List<Resealing.Resealed> changed = resealing.changed();
        new AuditLog(dsl).append(new AuditEntry(checkpointId, now, ACTOR, List.of(), ACTION, "audit_chain",
                "events " + changed.get(0).seq() + "-" + changed.get(changed.size() - 1).seq(),
                resealing.legacyDigest(), reason));
        return resealing;
    }
}
