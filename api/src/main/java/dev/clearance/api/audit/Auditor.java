package dev.clearance.api.audit;

import dev.clearance.api.config.Ids;
import dev.clearance.api.security.CurrentActor;
import dev.clearance.domain.audit.AuditChain;
import dev.clearance.domain.audit.AuditEntry;
import dev.clearance.domain.audit.AuditEvent;
import dev.clearance.persistence.audit.AuditLog;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.jspecify.annotations.Nullable;

/** Records an audit event for a state change; call it inside the use case's transaction. */
@Singleton
public class Auditor {
    private final AuditLog log;
    private final Ids ids;
    private final Clock clock;

    public Auditor(AuditLog log, Ids ids, Clock clock) {
        this.log = log;
        this.ids = ids;
        this.clock = clock;
    }

    public AuditEvent record(CurrentActor actor, String action, String entityType, String entityId,
                             @Nullable String afterState, @Nullable String requestId) {
        return log.append(new AuditEntry(ids.next(), clock.instant(), actor.username(), actor.roles(), action,
                entityType, entityId, afterState == null ? null : AuditChain.sha256(afterState), requestId));
    }
}
