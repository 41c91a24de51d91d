package dev.clearance.domain.ownership;

import dev.clearance.domain.audit.AuditChain;
import dev.clearance.domain.party.Entity;
import dev.clearance.domain.party.Government;
import dev.clearance.domain.party.Individual;
import dev.clearance.domain.party.Party;
import dev.clearance.domain.party.PartyDirectory;
import dev.clearance.domain.party.PartyId;
import dev.clearance.domain.party.Stake;
import dev.clearance.domain.shared.CountryCode;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The stored parties and edges in force on one date, closed upwards: every owner, employer and head office of a
 * party in the graph is in the graph too. Immutable; indexed by owned party and by employee, so building the
 * rules engine's facts is linear in the size of the graph.
 *
 * @since 0.1.0
 */
public final class OwnershipGraph {

    /** A party with the facts in force on the graph's date ({@link PartyFacts#UNKNOWN} when none were). */
    public record Node(RegisteredParty party, PartyFacts facts) {
        public Node {
            Objects.requireNonNull(party, "party");
            Objects.requireNonNull(facts, "facts");
        }
    }

    private static final Comparator<OwnershipEdge> LARGEST_STAKE_FIRST = Comparator
            .comparing(OwnershipEdge::percent).reversed().thenComparing(e -> e.owner().toString());

    private final LocalDate asOf;
    private final Map<RegisteredPartyId, Node> parties;
    private final List<OwnershipEdge> edges;
    private final List<Employment> employments;
    private final Map<RegisteredPartyId, List<OwnershipEdge>> ownersByOwned = new HashMap<>();
    private final Map<RegisteredPartyId, List<RegisteredPartyId>> employersByEmployee = new HashMap<>();

    /**
     * @param edges       ownership edges in force on {@code asOf} (not archived)
     * @param employments employment links in force on {@code asOf}
     */
    public OwnershipGraph(LocalDate asOf, Map<RegisteredPartyId, Node> parties, List<OwnershipEdge> edges,
                          List<Employment> employments) {
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        this.parties = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parties));
        this.edges = List.copyOf(edges);
        this.employments = List.copyOf(employments);
        for (OwnershipEdge e : this.edges) {
            requirePresent(e.owner(), "owner");
            requirePresent(e.owned(), "owned party");
            ownersByOwned.computeIfAbsent(e.owned(), k -> new ArrayList<>()).add(e);
        }
        ownersByOwned.replaceAll((k, v) -> v.stream().sorted(LARGEST_STAKE_FIRST).toList());
        Map<RegisteredPartyId, LinkedHashSet<RegisteredPartyId>> employers = new HashMap<>();
        for (Employment e : this.employments) {
            requirePresent(e.individual(), "employee");
            requirePresent(e.employer(), "employer");
            employers.computeIfAbsent(e.individual(), k -> new LinkedHashSet<>()).add(e.employer());
        }
        employers.forEach((employee, set) -> employersByEmployee.put(employee, List.copyOf(set)));
        for (Node n : this.parties.values()) {
            if (n.facts().branchOf() != null) {
                requirePresent(n.facts().branchOf(), "head office");
            }
        }
    }

    private void requirePresent(RegisteredPartyId id, String role) {
        if (!parties.containsKey(id)) {
            throw new IllegalArgumentException("the graph lacks the " + role + " " + id);
        }
    }

    public LocalDate asOf() {
        return asOf;
    }

    public Map<RegisteredPartyId, Node> parties() {
        return parties;
    }

    public List<OwnershipEdge> edges() {
        return edges;
    }

    public List<Employment> employments() {
        return employments;
    }

    public Node node(RegisteredPartyId id) {
        Node node = parties.get(id);
        if (node == null) {
            throw new IllegalArgumentException("party " + id + " is not in the graph");
        }
        return node;
    }

    /** Direct owners' edges of {@code owned}, largest stake first. */
    public List<OwnershipEdge> ownersOf(RegisteredPartyId owned) {
        return ownersByOwned.getOrDefault(owned, List.of());
    }

    /** Employers of {@code individual}, each once. */
    public List<RegisteredPartyId> employersOf(RegisteredPartyId individual) {
        return employersByEmployee.getOrDefault(individual, List.of());
    }

    /** The facts the rules engine reads: one {@link Party} per node, ids as in {@link RegisteredPartyId#toFactsId()}. */
    public PartyDirectory toDirectory() {
        List<Party> out = new ArrayList<>(parties.size());
        for (Node n : parties.values()) {
            out.add(toParty(n));
        }
        return PartyDirectory.of(out);
    }

    private Party toParty(Node n) {
        RegisteredParty p = n.party();
        PartyFacts f = n.facts();
        PartyId id = p.id().toFactsId();
        return switch (p.kind()) {
            case ENTITY -> new Entity(id, p.name(), f.organizedIn(), f.principalPlaceOfBusiness(),
                    ownersOf(p.id()).stream().map(e -> new Stake(e.owner().toFactsId(), e.percent())).toList(),
                    f.relationship(), f.branchOf() == null ? null : f.branchOf().toFactsId(),
                    f.designatedCoveredPerson());
            case INDIVIDUAL -> new Individual(id, p.name(), f.usStatus(), f.citizenships(), f.locatedIn(),
                    f.primaryResidence(),
                    employersOf(p.id()).stream().map(RegisteredPartyId::toFactsId).toList(),
                    f.relationship(), f.designatedCoveredPerson());
            // NB: a government without a known country cannot be a country of concern; "ZZ" is user-assigned.
            case GOVERNMENT -> new Government(id, p.name(), f.country() == null ? CountryCode.of("ZZ") : f.country(),
                    f.relationship(), f.designatedCoveredPerson());
        };
    }

    /**
     * SHA-256 over every input the status of {@code target} depends on: the facts of every party reachable upwards
     * from it and the stakes and employments between them. Equal inputs give equal hashes whatever the date.
     */
    public String inputHash(RegisteredPartyId target) {
        return inputHashes(List.of(target)).get(target);
    }

    /**
     * {@link #inputHash} of each of {@code targets}, the same text for each, with each party's lines written once
     * for all targets (a recomputation hashes every party below a changed one, and their closures overlap).
     */
    public Map<RegisteredPartyId, String> inputHashes(Collection<RegisteredPartyId> targets) {
        Map<RegisteredPartyId, List<String>> linesOf = new HashMap<>();
        Map<RegisteredPartyId, String> out = new LinkedHashMap<>();
        for (RegisteredPartyId target : targets) {
            if (out.containsKey(target)) {
                continue;
            }
            TreeSet<String> lines = new TreeSet<>();
            for (RegisteredPartyId id : reachableFrom(List.of(target))) {
                lines.addAll(linesOf.computeIfAbsent(id, this::inputLines));
            }
            out.put(target, AuditChain.sha256(String.join("\n", lines)));
        }
        return out;
    }

    /** The hashed lines one party contributes: its facts, the stakes held in it, its employments. */
    private List<String> inputLines(RegisteredPartyId id) {
        Node n = node(id);
        List<String> lines = new ArrayList<>();
        lines.add("party " + id + " " + n.party().kind() + " " + n.facts().canonical());
        for (OwnershipEdge e : ownersOf(id)) {
            lines.add("stake " + e.owner() + " " + id + " " + e.percent().value().toPlainString());
        }
        employersOf(id).forEach(e -> lines.add("employment " + id + " " + e));
        return lines;
    }

    /** {@code starts} and everyone they refer to upwards (owners, employers, head offices). */
    public List<RegisteredPartyId> reachableFrom(Collection<RegisteredPartyId> starts) {
        LinkedHashMap<RegisteredPartyId, Boolean> seen = new LinkedHashMap<>();
        Deque<RegisteredPartyId> todo = new ArrayDeque<>(starts);
        while (!todo.isEmpty()) {
            RegisteredPartyId id = todo.poll();
            if (seen.putIfAbsent(id, Boolean.TRUE) == null) {
                ownersOf(id).forEach(e -> todo.add(e.owner()));
                todo.addAll(employersOf(id));
                RegisteredPartyId head = node(id).facts().branchOf();
                if (head != null) {
                    todo.add(head);
                }
            }
        }
        return new ArrayList<>(seen.keySet());
    }
}
