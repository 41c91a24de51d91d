package dev.clearance.domain.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One state change to record: who did what to which entity. The store assigns the sequence number and the
 * chain hashes. {@code action} is a past-tense event name such as {@code VendorRegistered}.
 *
 * <p>{@code occurredAt} is kept to the microsecond: that is what PostgreSQL's {@code timestamptz} stores, and the
 * hash must be computed over exactly the value an auditor reads back (ADR 0008).
 */
public record AuditEntry(UUID id, Instant occurredAt, String actor, List<String> actorRoles, String action,
                         String entityType, String entityId, @Nullable String afterDigest,
                         @Nullable String requestId) {
    public AuditEntry {
        Objects.requireNonNull(id, "id");
        // NB: the JVM clock has nanosecond digits the database drops; sealing them made every event read back
        // look tampered with.
        occurredAt = Objects.requireNonNull(occurredAt, "occurredAt").truncatedTo(ChronoUnit.MICROS);
        Objects.requireNonNull(actor, "actor");
        actorRoles = List.copyOf(actorRoles);
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(entityType, "entityType");
        Objects.requireNonNull(entityId, "entityId");
        if (action.isBlank() || !Character.isUpperCase(action.charAt(0))) {
            throw new IllegalArgumentException("action must be a past-tense event name in PascalCase");
        }
    }
}
