package dev.clearance.domain.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The hash chain over audit events: {@code hash = SHA-256(prevHash || canonical(seq, entry))}. Changing,
 * inserting or deleting any event changes every later hash, which {@link #verify} detects.
 */
public final class AuditChain {
    /** The previous-hash value of the first event. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    public static String hash(String prevHash, long seq, AuditEntry e) {
        // NB: every field is length-prefixed, so no two different entries share a canonical form.
        StringBuilder canonical = new StringBuilder();
        field(canonical, prevHash);
        field(canonical, Long.toString(seq));
        field(canonical, e.id().toString());
        field(canonical, e.occurredAt().toString());
        field(canonical, e.actor());
        field(canonical, String.join(",", e.actorRoles()));
        field(canonical, e.action());
        field(canonical, e.entityType());
        field(canonical, e.entityId());
        field(canonical, e.afterDigest() == null ? "" : e.afterDigest());
        field(canonical, e.requestId() == null ? "" : e.requestId());
        return sha256(canonical.toString());
    }

    /** Checks a contiguous run of events from the start of the chain; returns the first broken seq, or -1. */
    public static long verify(List<AuditEvent> events) {
        String prev = GENESIS;
        long expectedSeq = 1;
        for (AuditEvent ev : events) {
            if (ev.seq() != expectedSeq || !ev.prevHash().equals(prev)
                    || !ev.hash().equals(hash(prev, ev.seq(), ev.entry()))) {
                return ev.seq();
            }
            prev = ev.hash();
            expectedSeq++;
        }
        return -1;
    }

    public static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JVM", e);
        }
    }

    private static void field(StringBuilder sb, String value) {
        sb.append(value.length()).append(':').append(value).append('|');
    }
}
