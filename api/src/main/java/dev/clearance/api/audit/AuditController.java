package dev.clearance.api.audit;

import dev.clearance.api.problem.ProblemResponses;
import dev.clearance.api.security.Role;
import dev.clearance.domain.audit.AuditChain;
import dev.clearance.domain.audit.AuditEvent;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/** The audit trail and whether its hash chain is intact. */
@ProblemResponses.RoleChecked
@Controller("/api/v1/audit-events")
@ExecuteOn(TaskExecutors.BLOCKING)
public class AuditController {
    private final AuditTrailReading reading;

    public AuditController(AuditTrailReading reading) {
        this.reading = reading;
    }

    @Get
    @Secured({Role.Names.AUDITOR, Role.Names.ADMIN})
    public AuditTrail list() {
        List<AuditEvent> events = reading.all();
        long broken = AuditChain.verify(events);
        return new AuditTrail(events.stream().map(AuditEventView::of).toList(), broken == -1,
                broken == -1 ? null : broken);
    }

    @Serdeable
    public record AuditTrail(List<AuditEventView> items, boolean chainIntact, Long firstBrokenSeq) {
    }

    @Serdeable
    public record AuditEventView(long seq, Instant occurredAt, String actor, List<String> actorRoles, String action,
                                 String entityType, String entityId, String afterDigest, String hash) {
        static AuditEventView of(AuditEvent e) {
            var en = e.entry();
            return new AuditEventView(e.seq(), en.occurredAt(), en.actor(), en.actorRoles(), en.action(),
                    en.entityType(), en.entityId(), en.afterDigest(), e.hash());
        }
    }
}
