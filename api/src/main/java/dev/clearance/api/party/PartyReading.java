package dev.clearance.api.party;

import dev.clearance.api.problem.NotFoundException;
import dev.clearance.api.security.CurrentActor;
import dev.clearance.domain.ownership.CoveredStatus;
import dev.clearance.domain.ownership.OwnershipEdge;
import dev.clearance.domain.ownership.OwnershipGraph;
import dev.clearance.domain.ownership.PartyFacts;
import dev.clearance.domain.ownership.PartyVersion;
import dev.clearance.domain.ownership.RegisteredParty;
import dev.clearance.domain.ownership.RegisteredPartyId;
import dev.clearance.domain.vendor.VendorId;
import dev.clearance.persistence.party.PartyLinkQueries;
import dev.clearance.persistence.party.PartyQueries;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Read use cases for parties; each runs in one read-only transaction, so a graph and its facts agree. */
@Singleton
public class PartyReading {
    /** NB: a diamond-shaped graph repeats shared owners per branch; this bounds the tree's size. */
    private static final int MAX_TREE_NODES = 2_000;

    private final PartyQueries queries;
    private final PartyLinkQueries links;
    private final CoveredStatusCalculator calculator;
    private final Clock clock;

    public PartyReading(PartyQueries queries, PartyLinkQueries links, CoveredStatusCalculator calculator,
                        Clock clock) {
        this.queries = queries;
        this.links = links;
        this.calculator = calculator;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public PartyViews.PartyPage page(int limit, int offset) {
        List<RegisteredParty> items = queries.listActive(limit, offset);
        List<RegisteredPartyId> ids = items.stream().map(RegisteredParty::id).toList();
        Map<RegisteredPartyId, PartyFacts> facts = queries.factsAsOf(ids, LocalDate.now(clock));
        Map<RegisteredPartyId, CoveredStatus> statuses = queries.latestStatuses(ids);
        return new PartyViews.PartyPage(items.stream().map(p -> PartyViews.PartyView.of(p,
                facts.containsKey(p.id()) ? PartyViews.FactsView.of(facts.get(p.id()), null, null) : null,
                statuses.get(p.id()))).toList(), queries.countActive());
    }

    @Transactional(readOnly = true)
    public PartyViews.PartyView find(RegisteredPartyId id) {
        RegisteredParty party = party(id);
        LocalDate today = LocalDate.now(clock);
        PartyViews.FactsView facts = queries.versions(id).stream()
                .filter(v -> v.validity().contains(today))
                .findFirst()
                .map((PartyVersion v) -> PartyViews.FactsView.of(v.facts(), v.validity().from(), v.validity().to()))
                .orElse(null);
        return PartyViews.PartyView.of(party, facts, queries.latestStatus(id).orElse(null));
    }

    @Transactional(readOnly = true)
    public PartyViews.CoveredPersonView coveredPerson(RegisteredPartyId id, @Nullable LocalDate asOf,
                                                      CurrentActor actor) {
        party(id);
        OwnershipGraph graph = queries.graphAbove(List.of(id), asOf == null ? LocalDate.now(clock) : asOf);
        CoveredStatus status = calculator.determine(graph, List.of(id), clock.instant(), actor.username()).get(id);
        Map<RegisteredPartyId, String> names = new HashMap<>();
        graph.parties().forEach((k, v) -> names.put(k, v.party().name()));
        return PartyViews.CoveredPersonView.of(status, names);
    }

    @Transactional(readOnly = true)
    public PartyViews.OwnershipTree ownershipTree(RegisteredPartyId id, @Nullable LocalDate asOf, CurrentActor actor) {
        party(id);
        OwnershipGraph graph = queries.graphAbove(List.of(id), asOf == null ? LocalDate.now(clock) : asOf);
        Map<RegisteredPartyId, CoveredStatus> statuses = calculator.determine(graph, graph.parties().keySet(),
                clock.instant(), actor.username());
        return new PartyViews.OwnershipTree(graph.asOf(), node(id, graph, statuses, new HashSet<>(), new int[] {0}));
    }

    @Transactional(readOnly = true)
    public List<PartyViews.EdgeView> ownerHistory(RegisteredPartyId id) {
        party(id);
        return links.ownerHistory(id).stream().map(PartyViews.EdgeView::of).toList();
    }

    @Transactional(readOnly = true)
    public List<PartyViews.PersonView> people(RegisteredPartyId id) {
        party(id);
        return links.people(id).stream().map(PartyViews.PersonView::of).toList();
    }

    @Transactional(readOnly = true)
    public Optional<RegisteredPartyId> partyOfVendor(VendorId vendor) {
        return queries.partyOfVendor(vendor);
    }

    private PartyViews.TreeNode node(RegisteredPartyId id, OwnershipGraph graph,
                                     Map<RegisteredPartyId, CoveredStatus> statuses, Set<RegisteredPartyId> onPath,
                                     int[] count) {
        count[0]++;
        RegisteredParty party = graph.node(id).party();
        CoveredStatus s = statuses.get(id);
        boolean cycle = onPath.contains(id);
        List<PartyViews.OwnerLink> owners = new ArrayList<>();
        if (!cycle) {
            onPath.add(id);
            for (OwnershipEdge e : graph.ownersOf(id)) {
                if (count[0] >= MAX_TREE_NODES) {
                    break;
                }
                owners.add(new PartyViews.OwnerLink(e.id().value(), e.percent().value(), e.validity().from(),
                        e.validity().to(), e.source(), node(e.owner(), graph, statuses, onPath, count)));
            }
            onPath.remove(id);
        }
        return new PartyViews.TreeNode(id.value(), party.name(), party.kind().name(), s.covered(),
                s.countryOfConcern(), PartyViews.citations(s.limbs()), s.coveredOwnership().value(), cycle, owners);
    }

    private RegisteredParty party(RegisteredPartyId id) {
        return queries.find(id).orElseThrow(() -> new NotFoundException("No party " + id));
    }
}
