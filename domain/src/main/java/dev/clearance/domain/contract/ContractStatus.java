package dev.clearance.domain.contract;

import java.util.EnumSet;
import java.util.Set;

/**
 * Lifecycle of a contract. Nothing is deleted: a contract that should no longer be used is terminated, one whose
 * term ran out is expired, and both states are final so the record of what was agreed stays as it was.
 *
 * @since 0.2.0
 */
public enum ContractStatus {
    DRAFT,
    ACTIVE,
    EXPIRED,
    TERMINATED;

    /** The states this one may move to. A move to the same state is not a transition. */
    public Set<ContractStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(ACTIVE, TERMINATED);
            case ACTIVE -> EnumSet.of(EXPIRED, TERMINATED);
            case EXPIRED, TERMINATED -> EnumSet.noneOf(ContractStatus.class);
        };
    }

    public boolean canBecome(ContractStatus target) {
        return next().contains(target);
    }

    public boolean isFinal() {
        return next().isEmpty();
    }

    /** {@code target}, or an {@link IllegalStateException} naming the refused move and the allowed ones. */
    public ContractStatus transitionTo(ContractStatus target) {
        if (!canBecome(target)) {
            throw new IllegalStateException("a " + this + " contract cannot become " + target
                    + (isFinal() ? " (" + this + " is final)" : "; allowed: " + next()));
        }
        return target;
    }
}
