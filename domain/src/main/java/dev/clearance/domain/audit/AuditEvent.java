package dev.clearance.domain.audit;

import java.util.Objects;

/** A recorded audit event: its entry, its position in the chain, and the hashes that link it. */
public record AuditEvent(long seq, AuditEntry entry, String prevHash, String hash) {
    public AuditEvent {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(prevHash, "prevHash");
        Objects.requireNonNull(hash, "hash");
        if (seq < 1) {
            throw new IllegalArgumentException("seq starts at 1");
        }
    }
}
