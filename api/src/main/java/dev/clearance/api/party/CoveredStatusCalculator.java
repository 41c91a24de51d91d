package dev.clearance.api.party;

import dev.clearance.domain.ownership.CoveredStatus;
import dev.clearance.domain.ownership.OwnershipGraph;
import dev.clearance.domain.ownership.RegisteredPartyId;
import dev.clearance.domain.party.PartyId;
import dev.clearance.rules.coveredperson.CoveredPersonDeterminer;
import dev.clearance.rules.coveredperson.DeterminationWithPaths;
import dev.clearance.rules.ruleset.RuleSet;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/** Hands a stored graph to the rules engine and turns its answers into storable {@link CoveredStatus}es. */
@Singleton
public class CoveredStatusCalculator {

    public Map<RegisteredPartyId, CoveredStatus> determine(OwnershipGraph graph, Collection<RegisteredPartyId> targets,
                                                           Instant at, String by) {
        Map<PartyId, DeterminationWithPaths> results = CoveredPersonDeterminer.determineAll(
                targets.stream().map(RegisteredPartyId::toFactsId).toList(), graph.toDirectory());
        Map<RegisteredPartyId, CoveredStatus> out = new LinkedHashMap<>();
        for (RegisteredPartyId target : targets) {
            DeterminationWithPaths r = results.get(target.toFactsId());
            var d = r.determination();
            out.put(target, new CoveredStatus(target, graph.asOf(), d.coveredPerson(), d.usPerson(),
                    d.countryOfConcern(), d.limbs().stream().toList(), d.coveredOwnership(),
                    r.paths().stream().map(p -> p.stream().map(RegisteredPartyId::fromFactsId).toList()).toList(),
                    d.findings().stream().map(f -> new CoveredStatus.Finding(f.section(), f.text())).toList(),
                    RuleSet.current().version(), graph.inputHash(target), at, by));
        }
        return out;
    }
}
