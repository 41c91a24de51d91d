package dev.clearance.api.party;

import dev.clearance.domain.ownership.CoveredStatus;
import dev.clearance.domain.ownership.OwnershipEdge;
import dev.clearance.domain.ownership.OwnershipGraph;
import dev.clearance.domain.ownership.PartyFacts;
import dev.clearance.domain.ownership.RegisteredParty;
import dev.clearance.domain.ownership.RegisteredPartyId;
import dev.clearance.domain.party.PartyId;
import dev.clearance.domain.shared.CountryCode;
import dev.clearance.rules.coveredperson.CoveredPersonDeterminer;
import dev.clearance.rules.coveredperson.CoveredPersonGraph;
import dev.clearance.rules.coveredperson.DeterminationWithPaths;
import dev.clearance.rules.ruleset.RuleSet;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hands a stored graph to the rules engine and turns its answers into storable {@link CoveredStatus}es.
 *
 * <p>The stored rows are compiled straight into the engine's int-indexed {@link CoveredPersonGraph} (parties,
 * then the stakes, employment links and head offices in force on the graph's date), not into a
 * {@code PartyDirectory} of domain objects first: a recomputation below a large holding touches every party under
 * it, and the engine only needs the facts by index (28 CFR 202.211(a), OFAC 50% rule).
 */
@Singleton
public class CoveredStatusCalculator {

    /** NB: a government without a known country cannot be a country of concern; "ZZ" is user-assigned. */
    private static final CountryCode UNKNOWN_COUNTRY = CountryCode.of("ZZ");

    public Map<RegisteredPartyId, CoveredStatus> determine(OwnershipGraph graph, Collection<RegisteredPartyId> targets,
                                                           Instant at, String by) {
        Map<RegisteredPartyId, Integer> index = new HashMap<>(graph.parties().size() * 4 / 3 + 1);
        CoveredPersonGraph compiled = compile(graph, index);
        CoveredPersonDeterminer solved = CoveredPersonDeterminer.solve(compiled);
        Map<RegisteredPartyId, String> hashes = graph.inputHashes(targets);
        Map<RegisteredPartyId, CoveredStatus> out = new LinkedHashMap<>();
        for (RegisteredPartyId target : targets) {
            Integer i = index.get(target);
            if (i == null) {
                throw new IllegalArgumentException("party " + target + " is not in the graph");
            }
            DeterminationWithPaths r = solved.determination(i);
            var d = r.determination();
            out.put(target, new CoveredStatus(target, graph.asOf(), d.coveredPerson(), d.usPerson(),
                    d.countryOfConcern(), d.limbs().stream().toList(), d.coveredOwnership(),
                    r.paths().stream().map(p -> p.stream().map(RegisteredPartyId::fromFactsId).toList()).toList(),
                    d.findings().stream().map(f -> new CoveredStatus.Finding(f.section(), f.text())).toList(),
                    RuleSet.current().version(), hashes.get(target), at, by));
        }
        return out;
    }

    /**
     * The graph's parties in its order, then each one's links: owners largest stake first (the order findings list
     * them in), employers each once, the head office of a branch. Ids as in {@link RegisteredPartyId#toFactsId()}.
     */
    static CoveredPersonGraph compile(OwnershipGraph graph, Map<RegisteredPartyId, Integer> index) {
        Map<RegisteredPartyId, OwnershipGraph.Node> nodes = graph.parties();
        CoveredPersonGraph.Builder b = CoveredPersonGraph.builder(nodes.size(), graph.edges().size());
        for (OwnershipGraph.Node n : nodes.values()) {
            RegisteredParty p = n.party();
            PartyFacts f = n.facts();
            PartyId id = p.id().toFactsId();
            int i = switch (p.kind()) {
                case ENTITY -> b.entity(id, p.name(), f.organizedIn(), f.principalPlaceOfBusiness(),
                        f.designatedCoveredPerson());
                case INDIVIDUAL -> b.individual(id, p.name(), f.usStatus(), f.locatedIn(), f.primaryResidence(),
                        f.designatedCoveredPerson());
                case GOVERNMENT -> b.government(id, p.name(), f.country() == null ? UNKNOWN_COUNTRY : f.country(),
                        f.designatedCoveredPerson());
            };
            index.put(p.id(), i);
        }
        for (OwnershipGraph.Node n : nodes.values()) {
            RegisteredPartyId id = n.party().id();
            int i = index.get(id);
            switch (n.party().kind()) {
                case ENTITY -> {
                    List<OwnershipEdge> owners = graph.ownersOf(id);
                    for (OwnershipEdge e : owners) {
                        b.stake(index.get(e.owner()), i, e.percent());
                    }
                    RegisteredPartyId head = n.facts().branchOf();
                    if (head != null) {
                        b.branchOf(i, index.get(head));
                    }
                }
                case INDIVIDUAL -> {
                    for (RegisteredPartyId employer : graph.employersOf(id)) {
                        b.employment(i, index.get(employer));
                    }
                }
                case GOVERNMENT -> {
                }
            }
        }
        return b.build();
    }
}
