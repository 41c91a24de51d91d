package dev.clearance.domain.classification;

import dev.clearance.domain.requirement.RequirementId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The immutable result of classifying one transaction.
 *
 * @param citations    the decisive section first, then supporting ones
 * @param requirements the CISA requirements that must be met (restricted transactions)
 * @param reasons      every rule that fired, in order
 * @since 0.1.0
 */
public record Classification(
        @Nullable String id,
        Outcome outcome,
        List<Citation> citations,
        CounterpartyStatus counterparty,
        boolean governmentRelated,
        List<BulkFinding> bulk,
        List<RequirementId> requirements,
        List<Duty> duties,
        List<Reason> reasons,
        List<String> warnings,
        RuleSetVersion ruleSetVersion) {

    public Classification {
        citations = List.copyOf(citations);
        bulk = List.copyOf(bulk);
        requirements = List.copyOf(requirements);
        duties = List.copyOf(duties);
        reasons = List.copyOf(reasons);
        warnings = List.copyOf(warnings);
        if (citations.isEmpty()) {
            throw new IllegalArgumentException("a classification cites at least its decisive section");
        }
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("a classification carries its reason trace");
        }
        if (outcome == Outcome.RESTRICTED && requirements.stream().noneMatch(RequirementId::isCisa)) {
            throw new IllegalArgumentException("a restricted transaction lists the CISA requirements it must meet");
        }
    }

    public Citation decisiveCitation() {
        return citations.get(0);
    }

    public boolean anyBulk() {
        return bulk.stream().anyMatch(BulkFinding::bulk);
    }
}
