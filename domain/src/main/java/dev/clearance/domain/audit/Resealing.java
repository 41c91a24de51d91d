package dev.clearance.domain.audit;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What re-sealing a legacy chain changes (ADR 0008): each changed event with the hash it had and its new links, and
 * the first event that could not be proven untouched ({@code -1} when every event was).
 */
public record Resealing(List<Resealed> changed, long firstUnprovenSeq) {
    public Resealing {
        changed = List.copyOf(changed);
    }

    /** One event's new links; {@code legacyHash} is what it was sealed with and stays on record beside it. */
    public record Resealed(long seq, String legacyHash, String prevHash, String hash) {
    }

    /**
     * The digest a checkpoint event carries: SHA-256 over every re-sealed event's seq and legacy hash in order, so
     * the old chain stays committed inside the new one.
     */
    public String legacyDigest() {
        return AuditChain.sha256(changed.stream().map(r -> r.seq() + ":" + r.legacyHash())
                .collect(Collectors.joining("\n")));
    }
}
