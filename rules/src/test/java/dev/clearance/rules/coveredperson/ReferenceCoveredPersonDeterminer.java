package dev.clearance.rules.coveredperson;

import dev.clearance.domain.classification.CoveredPersonLimb;
import dev.clearance.domain.party.Entity;
import dev.clearance.domain.party.Government;
import dev.clearance.domain.party.Individual;
import dev.clearance.domain.party.Party;
import dev.clearance.domain.party.PartyDirectory;
import dev.clearance.domain.party.PartyId;
import dev.clearance.domain.party.Stake;
import dev.clearance.domain.shared.CountryCode;
import dev.clearance.domain.shared.Percent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The covered-person engine as it was before the int-indexed worklist (0.1.0), kept verbatim as the reference
 * the property tests compare {@link CoveredPersonDeterminer} against: same limbs, ownership, findings and paths.
 * Decides who is a covered person under 28 CFR 202.211(a), after the U.S.-person test of 28 CFR 202.256.
 *
 * <p>Ownership follows OFAC's 50% rule: an owner that is itself covered counts with its full direct stake, stakes
 * of several covered owners add up, and stakes are never multiplied along a chain. Status is computed as the least
 * fixed point over the ownership and employment graph, so cycles terminate and a party in a cycle is covered only
 * by stakes that are covered without relying on the cycle.
 *
 * @since 0.1.0
 */
final class ReferenceCoveredPersonDeterminer {

    static final Percent FIFTY = Percent.of("50");

    private final PartyDirectory parties;
    private final Map<PartyId, Set<CoveredPersonLimb>> limbs = new HashMap<>();
    private final Map<PartyId, Boolean> usPerson = new HashMap<>();

    private ReferenceCoveredPersonDeterminer(PartyDirectory parties) {
        this.parties = parties;
    }

    /** Determines the status of {@code target} from the parties it (transitively) refers to. */
    public static CoveredPersonDetermination determine(PartyId target, PartyDirectory parties) {
        ReferenceCoveredPersonDeterminer d = new ReferenceCoveredPersonDeterminer(parties);
        d.solve(reachableFrom(target, parties));
        return d.explain(target);
    }

    /**
     * Determines the status of every one of {@code targets}, solving the graph once, each with the ownership paths
     * that decide it. Gives the same determinations as {@link #determine} called per target.
     */
    public static Map<PartyId, DeterminationWithPaths> determineAll(java.util.Collection<PartyId> targets,
            PartyDirectory parties) {
        ReferenceCoveredPersonDeterminer d = new ReferenceCoveredPersonDeterminer(parties);
        d.solve(reachableFrom(targets, parties));
        Map<PartyId, DeterminationWithPaths> out = new java.util.LinkedHashMap<>();
        for (PartyId target : targets) {
            out.put(target, new DeterminationWithPaths(d.explain(target), d.decidingPaths(target)));
        }
        return out;
    }

    private static List<PartyId> reachableFrom(PartyId start, PartyDirectory parties) {
        return reachableFrom(List.of(start), parties);
    }

    private static List<PartyId> reachableFrom(java.util.Collection<PartyId> starts, PartyDirectory parties) {
        Set<PartyId> seen = new LinkedHashSet<>();
        Deque<PartyId> todo = new ArrayDeque<>(starts);
        while (!todo.isEmpty()) {
            PartyId id = todo.poll();
            if (seen.add(id)) {
                todo.addAll(PartyDirectory.references(parties.get(id)));
            }
        }
        return new ArrayList<>(seen);
    }

    private void solve(List<PartyId> ids) {
        for (PartyId id : ids) {
            usPerson.put(id, isUsPerson(id));
            limbs.put(id, EnumSet.noneOf(CoveredPersonLimb.class));
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (PartyId id : ids) {
                Set<CoveredPersonLimb> next = limbsGiven(id);
                if (!next.equals(limbs.get(id))) {
                    limbs.put(id, next);
                    changed = true;
                }
            }
        }
    }

    /** A branch is the same legal person as its head office; follows the chain, stopping at a loop. */
    private Party legalPerson(PartyId id) {
        Party party = parties.get(id);
        Set<PartyId> seen = new java.util.HashSet<>();
        while (party instanceof Entity e && e.branchOf() != null && seen.add(e.id())) {
            party = parties.get(e.branchOf());
        }
        return party;
    }

    /** 28 CFR 202.256: citizens, nationals, permanent residents, refugees, asylees; entities organized solely under
     * U.S. law (incl. foreign branches); anyone located in the United States. */
    private boolean isUsPerson(PartyId id) {
        Party party = legalPerson(id);
        if (party instanceof Entity e) {
            return !e.organizedIn().isEmpty() && e.organizedIn().stream().allMatch(CountriesOfConcern::isUnitedStates);
        }
        if (party instanceof Individual i) {
            return i.usStatus() != null || (i.locatedIn() != null && CountriesOfConcern.isUnitedStates(i.locatedIn()));
        }
        return party instanceof Government g && CountriesOfConcern.isUnitedStates(g.country());
    }

    private boolean isCountryOfConcern(PartyId id) {
        return parties.get(id) instanceof Government g && CountriesOfConcern.isCountryOfConcern(g.country());
    }

    private boolean designated(PartyId id) {
        if (parties.get(id).designatedCoveredPerson()) {
            return true;
        }
        return legalPerson(id).designatedCoveredPerson();
    }

    private boolean countsAsCoveredOwner(PartyId owner) {
        return isCountryOfConcern(owner) || !limbs.get(owner).isEmpty();
    }

    private Set<CoveredPersonLimb> limbsGiven(PartyId id) {
        Set<CoveredPersonLimb> result = EnumSet.noneOf(CoveredPersonLimb.class);
        if (designated(id)) {
            result.add(CoveredPersonLimb.A5);
        }
        if (usPerson.get(id)) {
            return result;
        }
        Party party = parties.get(id);
        if (party instanceof Entity e && e.branchOf() != null) {
            Party head = legalPerson(id);
            if (!head.id().equals(id)) {
                result.addAll(limbs.get(head.id()));
            }
            return result;
        }
        if (party instanceof Entity e) {
            if (e.organizedIn().stream().anyMatch(CountriesOfConcern::isCountryOfConcern)
                    || (e.principalPlaceOfBusiness() != null
                            && CountriesOfConcern.isCountryOfConcern(e.principalPlaceOfBusiness()))) {
                result.add(CoveredPersonLimb.A1);
            }
            if (coveredStake(e).isAtLeast(FIFTY)) {
                boolean viaA1 = false;
                boolean viaA2 = false;
                for (Stake s : e.owners()) {
                    if (isCountryOfConcern(s.owner()) || limbs.get(s.owner()).contains(CoveredPersonLimb.A2)) {
                        viaA1 = true;
                    }
                    Set<CoveredPersonLimb> ownerLimbs = limbs.get(s.owner());
                    if (ownerLimbs.contains(CoveredPersonLimb.A1) || ownerLimbs.contains(CoveredPersonLimb.A3)
                            || ownerLimbs.contains(CoveredPersonLimb.A4) || ownerLimbs.contains(CoveredPersonLimb.A5)) {
                        viaA2 = true;
                    }
                }
                if (viaA1) {
                    result.add(CoveredPersonLimb.A1);
                }
                if (viaA2) {
                    result.add(CoveredPersonLimb.A2);
                }
            }
        } else if (party instanceof Individual i) {
            if (i.primaryResidence() != null && CountriesOfConcern.isCountryOfConcern(i.primaryResidence())) {
                result.add(CoveredPersonLimb.A4);
            }
            for (PartyId employer : i.employers()) {
                if (isCoveredEmployer(employer)) {
                    result.add(CoveredPersonLimb.A3);
                }
            }
        }
        return result;
    }

    /** 28 CFR 202.211(a)(3): a country of concern, or an entity covered under (a)(1), (a)(2) or (a)(5). */
    private boolean isCoveredEmployer(PartyId employer) {
        Set<CoveredPersonLimb> l = limbs.get(employer);
        return isCountryOfConcern(employer) || l.contains(CoveredPersonLimb.A1) || l.contains(CoveredPersonLimb.A2)
                || l.contains(CoveredPersonLimb.A5);
    }

    private Percent coveredStake(Entity e) {
        Percent sum = Percent.ZERO;
        for (Stake s : e.owners()) {
            if (countsAsCoveredOwner(s.owner())) {
                sum = sum.plusCapped(s.percent());
            }
        }
        return sum;
    }

    private CoveredPersonDetermination explain(PartyId id) {
        Party party = parties.get(id);
        List<CoveredPersonDetermination.Finding> findings = new ArrayList<>();
        boolean us = usPerson.get(id);
        boolean coc = isCountryOfConcern(id);
        Set<CoveredPersonLimb> own = limbs.get(id);
        Party legal = legalPerson(id);
        Percent ownership = legal instanceof Entity e ? coveredStake(e) : Percent.ZERO;
        String name = quote(party);

        if (!legal.id().equals(id)) {
            findings.add(new CoveredPersonDetermination.Finding("202.256",
                    name + " is a branch of " + quote(legal) + "; a branch is the same legal person as its head"
                            + " office and shares its status."));
        }
        if (us) {
            findings.add(new CoveredPersonDetermination.Finding("202.256", name + " is a U.S. person because "
                    + usPersonBecause(legal) + (own.isEmpty()
                            ? "; a U.S. person is a covered person only if the Attorney General designates it"
                                    + " (28 CFR 202.211(a)(5)), and it is not designated."
                            : ".")));
        }
        if (coc) {
            Government g = (Government) party;
            findings.add(new CoveredPersonDetermination.Finding("202.601(a)", name + " is the government (or a"
                    + " political subdivision, agency or instrumentality) of " + CountriesOfConcern.describe(g.country())
                    + ", a country of concern."));
        }
        if (own.contains(CoveredPersonLimb.A5)) {
            findings.add(new CoveredPersonDetermination.Finding("202.211(a)(5)", name + " is designated by the"
                    + " Attorney General on the Covered Persons List and is a covered person wherever located."));
        }
        if (legal instanceof Entity e && !us) {
            explainEntity(e, name, own, ownership, findings);
        }
        if (legal instanceof Individual i && !us) {
            explainIndividual(i, name, own, findings);
        }
        if (!us && !coc && own.isEmpty()) {
            findings.add(new CoveredPersonDetermination.Finding("202.211(a)", name + " is a foreign person but meets"
                    + " none of the five limbs of 28 CFR 202.211(a), so it is not a covered person."));
        }
        return new CoveredPersonDetermination(id, us, coc, own, ownership, findings);
    }

    private void explainEntity(Entity e, String name, Set<CoveredPersonLimb> own, Percent ownership,
            List<CoveredPersonDetermination.Finding> findings) {
        List<String> organized = e.organizedIn().stream().filter(CountriesOfConcern::isCountryOfConcern)
                .map(CountriesOfConcern::describe).toList();
        if (!organized.isEmpty()) {
            findings.add(new CoveredPersonDetermination.Finding("202.211(a)(1)", name + " is organized under the"
                    + " laws of " + String.join(", ", organized) + ", a country of concern, so it is a covered"
                    + " person."));
        }
        CountryCode ppb = e.principalPlaceOfBusiness();
        if (ppb != null && CountriesOfConcern.isCountryOfConcern(ppb)) {
            findings.add(new CoveredPersonDetermination.Finding("202.211(a)(1)", name + " has its principal place"
                    + " of business in " + CountriesOfConcern.describe(ppb) + ", a country of concern, so it is a"
                    + " covered person."));
        }
        if (!e.owners().isEmpty()) {
            List<String> covered = new ArrayList<>();
            for (Stake s : e.owners()) {
                if (countsAsCoveredOwner(s.owner())) {
                    Party owner = parties.get(s.owner());
                    String why = isCountryOfConcern(s.owner()) ? "a country of concern"
                            : "a covered person under " + limbs.get(s.owner()).stream().sorted()
                                    .map(l -> l.citation().value()).collect(Collectors.joining(", "));
                    covered.add(s.percent() + " held by " + quote(owner) + " (" + why + ")");
                }
            }
            boolean covers = ownership.isAtLeast(FIFTY);
            String list = covered.isEmpty() ? "no stake is held by a country of concern or a covered person"
                    : String.join("; ", covered);
            String section = covers ? (own.contains(CoveredPersonLimb.A2) && !own.contains(CoveredPersonLimb.A1)
                    ? "202.211(a)(2)" : "202.211(a)(1)") : "202.211(a)(1)";
            findings.add(new CoveredPersonDetermination.Finding(section, name + " is owned " + ownership
                    + " in the aggregate by countries of concern and covered persons (" + list + "); each covered"
                    + " owner counts with its full direct stake and stakes are not multiplied along a chain, so the"
                    + " 50% threshold is " + (covers ? "met." : "not met.")));
            if (inOwnershipCycle(e.id())) {
                findings.add(new CoveredPersonDetermination.Finding("202.211(a)(2)", name + " is part of an"
                        + " ownership cycle; only stakes that are covered without relying on the cycle are counted."));
            }
        }
    }

    private void explainIndividual(Individual i, String name, Set<CoveredPersonLimb> own,
            List<CoveredPersonDetermination.Finding> findings) {
        if (own.contains(CoveredPersonLimb.A4)) {
            findings.add(new CoveredPersonDetermination.Finding("202.211(a)(4)", name + " is a foreign individual"
                    + " primarily resident in " + CountriesOfConcern.describe(i.primaryResidence())
                    + ", a country of concern, so is a covered person."));
        }
        for (PartyId employer : i.employers()) {
            if (isCoveredEmployer(employer)) {
                findings.add(new CoveredPersonDetermination.Finding("202.211(a)(3)", name + " is a foreign"
                        + " individual working as employee or contractor for " + quote(parties.get(employer))
                        + ", which is " + (isCountryOfConcern(employer) ? "a country of concern"
                                : "a covered entity") + ", so is a covered person."));
            }
        }
    }

    /** NB: bounds the path listing in dense graphs; the status itself never depends on it. */
    static final int MAX_PATHS = 50;
    private static final int MAX_PATH_STEPS = 10_000;

    private List<List<PartyId>> decidingPaths(PartyId target) {
        List<List<PartyId>> out = new ArrayList<>();
        if (!limbs.get(target).isEmpty()) {
            List<PartyId> chain = new ArrayList<>();
            chain.add(target);
            pathsUp(target, chain, out, new int[] {0});
        }
        return out;
    }

    /** {@code chain} runs from the party determined up to {@code id}; emitted paths run top-down. */
    private void pathsUp(PartyId id, List<PartyId> chain, List<List<PartyId>> out, int[] steps) {
        if (out.size() >= MAX_PATHS || ++steps[0] > MAX_PATH_STEPS) {
            return;
        }
        if (coveredOnOwnFacts(id)) {
            List<PartyId> path = new ArrayList<>(chain);
            java.util.Collections.reverse(path);
            out.add(path);
        }
        if (usPerson.get(id)) {
            return;
        }
        Party legal = legalPerson(id);
        if (!legal.id().equals(id)) {
            if (!limbs.get(legal.id()).isEmpty() && !chain.contains(legal.id())) {
                chain.add(legal.id());
                pathsUp(legal.id(), chain, out, steps);
                chain.remove(chain.size() - 1);
            }
            return;
        }
        if (legal instanceof Entity e && coveredStake(e).isAtLeast(FIFTY)) {
            for (Stake s : e.owners()) {
                if (countsAsCoveredOwner(s.owner()) && !chain.contains(s.owner())) {
                    chain.add(s.owner());
                    pathsUp(s.owner(), chain, out, steps);
                    chain.remove(chain.size() - 1);
                }
            }
        }
    }

    /** Covered (or a country of concern) without counting any ownership stake. */
    private boolean coveredOnOwnFacts(PartyId id) {
        if (isCountryOfConcern(id) || designated(id)) {
            return true;
        }
        if (usPerson.get(id)) {
            return false;
        }
        Party party = parties.get(id);
        if (party instanceof Entity e) {
            return e.branchOf() == null && (e.organizedIn().stream().anyMatch(CountriesOfConcern::isCountryOfConcern)
                    || (e.principalPlaceOfBusiness() != null
                            && CountriesOfConcern.isCountryOfConcern(e.principalPlaceOfBusiness())));
        }
        return party instanceof Individual && !limbs.get(id).isEmpty();
    }

    private boolean inOwnershipCycle(PartyId start) {
        Set<PartyId> seen = new java.util.HashSet<>();
        Deque<PartyId> todo = new ArrayDeque<>();
        if (parties.get(start) instanceof Entity e) {
            e.owners().forEach(s -> todo.add(s.owner()));
        }
        while (!todo.isEmpty()) {
            PartyId id = todo.poll();
            if (id.equals(start)) {
                return true;
            }
            if (seen.add(id) && parties.get(id) instanceof Entity e) {
                e.owners().forEach(s -> todo.add(s.owner()));
            }
        }
        return false;
    }

    private static String usPersonBecause(Party party) {
        if (party instanceof Entity) {
            return "it is organized solely under the laws of the United States";
        }
        if (party instanceof Individual i) {
            if (i.usStatus() != null) {
                return "of its status as " + switch (i.usStatus()) {
                    case CITIZEN -> "a U.S. citizen";
                    case NATIONAL -> "a U.S. national";
                    case PERMANENT_RESIDENT -> "a lawful permanent resident";
                    case REFUGEE -> "a refugee admitted to the United States";
                    case ASYLEE -> "an asylee";
                } + ", whatever its citizenship";
            }
            return "the individual is located in the United States, whatever the individual's citizenship";
        }
        return "it is the government of the United States";
    }

    static String quote(Party party) {
        return party.name().isBlank() ? "the " + party.kind().name().toLowerCase(java.util.Locale.ROOT)
                + " '" + party.id() + "'" : "'" + party.name() + "'";
    }
}
