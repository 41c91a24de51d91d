package dev.clearance.rules.coveredperson;

import dev.clearance.domain.classification.CounterpartyStatus;
import dev.clearance.domain.classification.CoveredPersonLimb;
import dev.clearance.domain.party.PartyId;
import dev.clearance.domain.shared.Percent;
import java.util.List;
import java.util.Set;

/**
 * The status of one party as of the facts given: U.S. person, country of concern, covered-person limbs and the
 * aggregate covered ownership, with the sentences that explain it.
 *
 * @param findings sentences, each paired with the section it applies
 * @since 0.1.0
 */
public record CoveredPersonDetermination(
        PartyId party,
        boolean usPerson,
        boolean countryOfConcern,
        Set<CoveredPersonLimb> limbs,
        Percent coveredOwnership,
        List<Finding> findings) {

    /** A sentence and the section it rests on, e.g. {@code 202.211(a)(1)}. */
    public record Finding(String section, String text) {
    }

    public CoveredPersonDetermination {
        limbs = Set.copyOf(limbs);
        findings = findings instanceof LazyList<Finding> ? findings : List.copyOf(findings);
    }

    public boolean coveredPerson() {
        return !limbs.isEmpty();
    }

    public CounterpartyStatus toStatus() {
        List<CoveredPersonLimb> ordered = limbs.stream().sorted().toList();
        return new CounterpartyStatus(usPerson, countryOfConcern, coveredPerson(), ordered, coveredOwnership);
    }
}
