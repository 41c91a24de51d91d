package dev.clearance.domain.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.OptionalInt;

/**
 * The hash chain over audit events: {@code hash = SHA-256(prevHash || canonical(seq, entry))}. Changing,
 * inserting or deleting any event changes every later hash, which {@link #verify} detects.
 */
public final class AuditChain {
    /** The previous-hash value of the first event. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /**
     * How far, in nanoseconds, a legacy event's stored timestamp can be from the one it was hashed over: the driver
     * rounds the JVM's nanoseconds to the nearest microsecond, a database could truncate them.
     */
    public static final int LEGACY_MAX_OFFSET_NANOS = 999;

    public static String hash(String prevHash, long seq, AuditEntry e) {
        return hash(prevHash, seq, e, e.occurredAt().toString());
    }

    /**
     * The hash an event was sealed with before ADR 0008: over the JVM's nanosecond timestamp, {@code offsetNanos}
     * away from the microseconds the database kept.
     */
    public static String legacyHash(String prevHash, long seq, AuditEntry e, int offsetNanos) {
        if (Math.abs(offsetNanos) > LEGACY_MAX_OFFSET_NANOS) {
            throw new IllegalArgumentException("a legacy timestamp is at most 999 ns from the stored one");
        }
        return hash(prevHash, seq, e, e.occurredAt().plusNanos(offsetNanos).toString());
    }

    /**
     * Proves that a legacy event still holds the values it was sealed with: returns the nanosecond offset that
     * reproduces its stored hash, or empty when none does (a value was changed after it was written). At most
     * 1,999 hashes, so the proof is cheap and anyone can repeat it.
     */
    public static OptionalInt recoverDroppedNanos(String prevHash, long seq, AuditEntry e, String storedHash) {
        // NB: outward from 0: the driver's rounding puts the real value within ±500 ns, so most proofs end early.
        for (int distance = 0; distance <= LEGACY_MAX_OFFSET_NANOS; distance++) {
            if (legacyHash(prevHash, seq, e, distance).equals(storedHash)) {
                return OptionalInt.of(distance);
            }
            if (distance > 0 && legacyHash(prevHash, seq, e, -distance).equals(storedHash)) {
                return OptionalInt.of(-distance);
            }
        }
        return OptionalInt.empty();
    }

    /**
     * Re-seals a chain written before ADR 0008 with its stored values, but only as far as every event is proven
     * untouched: its previous-hash links to the event before it and its stored hash is reproduced, either as it is
     * or by {@link #recoverDroppedNanos}. The first event that is not proven, and all after it, are left as they are,
     * so verification still reports real tampering at that event.
     */
    public static Resealing reseal(List<AuditEvent> events) {
        List<Resealing.Resealed> changed = new ArrayList<>();
        String legacyPrev = GENESIS;
        String newPrev = GENESIS;
        long expectedSeq = 1;
        long unproven = -1;
        for (AuditEvent ev : events) {
            boolean linked = ev.seq() == expectedSeq && ev.prevHash().equals(legacyPrev);
            boolean proven = linked && (ev.hash().equals(hash(legacyPrev, ev.seq(), ev.entry()))
                    || recoverDroppedNanos(legacyPrev, ev.seq(), ev.entry(), ev.hash()).isPresent());
            if (!proven) {
                unproven = ev.seq();
                break;
            }
            String newHash = hash(newPrev, ev.seq(), ev.entry());
            if (!newHash.equals(ev.hash())) {
                changed.add(new Resealing.Resealed(ev.seq(), ev.hash(), newPrev, newHash));
            }
            legacyPrev = ev.hash();
            newPrev = newHash;
            expectedSeq++;
        }
        return new Resealing(changed, unproven);
    }

    private static String hash(String prevHash, long seq, AuditEntry e, String occurredAt) {
        // NB: every field is length-prefixed, so no two different entries share a canonical form.
        StringBuilder canonical = new StringBuilder();
        field(canonical, prevHash);
        field(canonical, Long.toString(seq));
        field(canonical, e.id().toString());
        field(canonical, occurredAt);
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
