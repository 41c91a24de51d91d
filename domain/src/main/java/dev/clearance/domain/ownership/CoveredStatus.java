package dev.clearance.domain.ownership;

import dev.clearance.domain.classification.CoveredPersonLimb;
import dev.clearance.domain.classification.RuleSetVersion;
import dev.clearance.domain.shared.Percent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A covered-person determination of one stored party as of a date, computed by the rules engine and never typed
 * in (domain-model.md "CoveredPersonDetermination"). Stored append-only; the latest is the party's current status.
 *
 * @param paths     ownership paths that make the party covered, each from a covered owner (or the party itself
 *                  when covered on its own facts) down to the party
 * @param inputHash SHA-256 of the graph inputs, see {@link OwnershipGraph#inputHash(RegisteredPartyId)}
 * @since 0.1.0
 */
public record CoveredStatus(
        RegisteredPartyId party,
        LocalDate asOf,
        boolean covered,
        boolean usPerson,
        boolean countryOfConcern,
        List<CoveredPersonLimb> limbs,
        Percent coveredOwnership,
        List<List<RegisteredPartyId>> paths,
        List<Finding> findings,
        RuleSetVersion ruleSetVersion,
        String inputHash,
        Instant computedAt,
        String computedBy) {

    /** A sentence and the section it rests on, e.g. {@code 202.211(a)(1)}. */
    public record Finding(String section, String text) {
        public Finding {
            Objects.requireNonNull(section, "section");
            Objects.requireNonNull(text, "text");
        }
    }

    public CoveredStatus {
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(asOf, "asOf");
        limbs = limbs.stream().sorted().distinct().toList();
        Objects.requireNonNull(coveredOwnership, "coveredOwnership");
        paths = paths.stream().map(List::copyOf).toList();
        findings = List.copyOf(findings);
        Objects.requireNonNull(ruleSetVersion, "ruleSetVersion");
        Objects.requireNonNull(inputHash, "inputHash");
        Objects.requireNonNull(computedAt, "computedAt");
        Objects.requireNonNull(computedBy, "computedBy");
        if (covered == limbs.isEmpty()) {
            throw new IllegalArgumentException("covered must be true exactly when some limb applies");
        }
    }

    /** Same inputs under the same rule set: recomputing gives nothing new to store. */
    public boolean sameInputsAs(CoveredStatus other) {
        return inputHash.equals(other.inputHash) && ruleSetVersion.equals(other.ruleSetVersion);
    }
}
