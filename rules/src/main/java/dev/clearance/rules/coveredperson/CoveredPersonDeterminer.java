package dev.clearance.rules.coveredperson;

import dev.clearance.domain.classification.CoveredPersonLimb;
import dev.clearance.domain.party.PartyDirectory;
import dev.clearance.domain.party.PartyId;
import dev.clearance.domain.party.UsStatus;
import dev.clearance.domain.shared.CountryCode;
import dev.clearance.domain.shared.Percent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides who is a covered person under 28 CFR 202.211(a), after the U.S.-person test of 28 CFR 202.256.
 *
 * <p>Ownership follows OFAC's 50% rule: an owner that is itself covered counts with its full direct stake, stakes
 * of several covered owners add up, and stakes are never multiplied along a chain. Status is computed as the least
 * fixed point over the ownership and employment graph, so cycles terminate and a party in a cycle is covered only
 * by stakes that are covered without relying on the cycle.
 *
 * <p>How: the solver works on a {@link CoveredPersonGraph}, the facts compiled into dense int indexes with owner,
 * owned, employer and employee adjacency in int arrays and the stakes as exact fixed-point longs. A caller holding
 * stored rows builds it directly ({@link CoveredPersonGraph#builder}, then {@link #solve}); {@link #determine} and
 * {@link #determineAll} compile a {@link PartyDirectory} into it first (the parties reachable from the targets, the
 * whole directory when the targets are most of it), so there is one implementation of the rules. Limbs are bit
 * sets that only grow, so the least fixed point is reached by a worklist: a party's own-fact limbs are set first,
 * and whenever a party's limbs grow, what that adds (its stake now covered, its (a)(1)/(a)(2) source kinds, its
 * being a covered employer or head office) is pushed to the parties that depend on it, and only those are
 * re-evaluated. Each dependency edge carries each kind of news at most once,
 * so solving is linear in parties plus edges. Ownership cycles are found for all parties at once (Tarjan), and only
 * when a finding needs them; the findings and paths of {@link #determineAll} and {@link #determination} are built
 * when first read.
 *
 * @since 0.1.0
 */
public final class CoveredPersonDeterminer {

    static final Percent FIFTY = Percent.of("50");

    private static final int A1 = 1 << CoveredPersonLimb.A1.ordinal();
    private static final int A2 = 1 << CoveredPersonLimb.A2.ordinal();
    private static final int A3 = 1 << CoveredPersonLimb.A3.ordinal();
    private static final int A4 = 1 << CoveredPersonLimb.A4.ordinal();
    private static final int A5 = 1 << CoveredPersonLimb.A5.ordinal();
    private static final CoveredPersonLimb[] LIMBS = CoveredPersonLimb.values();
    /** Immutable limb sets by bit mask (Set.copyOf keeps them as they are). */
    private static final List<Set<CoveredPersonLimb>> LIMB_SETS;
    /** "202.211(a)(1), 202.211(a)(2)": the limbs' citations in enum order, by bit mask. */
    private static final List<String> LIMB_CITATIONS;

    static {
        List<Set<CoveredPersonLimb>> sets = new ArrayList<>();
        List<String> citations = new ArrayList<>();
        for (int mask = 0; mask < 1 << LIMBS.length; mask++) {
            Set<CoveredPersonLimb> set = EnumSet.noneOf(CoveredPersonLimb.class);
            List<String> cites = new ArrayList<>();
            for (CoveredPersonLimb l : LIMBS) {
                if ((mask & (1 << l.ordinal())) != 0) {
                    set.add(l);
                    cites.add(l.citation().value());
                }
            }
            sets.add(Set.copyOf(set));
            citations.add(String.join(", ", cites));
        }
        LIMB_SETS = List.copyOf(sets);
        LIMB_CITATIONS = List.copyOf(citations);
    }

    /** What a party's status tells the parties that depend on it; each bit is passed on once. */
    private static final int COVERED_OWNER = 1;
    private static final int A1_SOURCE = 2;
    private static final int A2_SOURCE = 4;
    private static final int COVERED_EMPLOYER = 8;

    private static final int ENTITY = 0;
    private static final int BRANCH = 1;
    private static final int INDIVIDUAL = 2;
    private static final int GOVERNMENT = 3;


    // --- the compiled facts, and what the rules make of each party's own facts
    private final CoveredPersonGraph g;
    private final int n;
    /** {@link #ENTITY}, {@link #BRANCH}, {@link #INDIVIDUAL} or {@link #GOVERNMENT}. */
    private final byte[] kind;
    /** The legal person of each party: its head office (followed to the end) for a branch, else itself. */
    private final int[] legal;
    /** Branches (not themselves the legal person) whose legal person is each party. */
    private final int[] branchStart;
    private final int[] branches;
    private final boolean[] us;
    private final boolean[] coc;
    /** Limbs a party has on its own facts, whatever the others' status. */
    private final int[] ownLimbs;
    private final long fiftyUnits;
    private final long hundredUnits;

    // --- the solution
    private final int[] limbs;
    private final long[] coveredUnits;
    private final BigDecimal[] coveredExact;
    private final boolean[] viaA1;
    private final boolean[] viaA2;
    private final boolean[] coveredEmployer;
    private boolean[] inCycle;
    /** Covered stakes by units: few distinct values, shared by the determinations built from this solution. */
    private final Map<Long, Percent> percents = new java.util.concurrent.ConcurrentHashMap<>();

    private CoveredPersonDeterminer(CoveredPersonGraph graph) {
        this.g = graph;
        int n = graph.n;
        this.n = n;
        int scale = graph.scale;
        this.fiftyUnits = scale < 0 ? -1 : 50 * pow10(scale);
        this.hundredUnits = scale < 0 ? -1 : 100 * pow10(scale);

        // facts of each party on its own
        this.kind = new byte[n];
        this.legal = new int[n];
        this.us = new boolean[n];
        this.coc = new boolean[n];
        this.ownLimbs = new int[n];
        for (int i = 0; i < n; i++) {
            int k = switch (graph.kind[i]) {
                case CoveredPersonGraph.ENTITY -> graph.branchOf[i] >= 0 ? BRANCH : ENTITY;
                case CoveredPersonGraph.INDIVIDUAL -> INDIVIDUAL;
                default -> GOVERNMENT;
            };
            kind[i] = (byte) k;
            legal[i] = k == BRANCH ? legalPerson(i, graph.branchOf) : i;
        }
        for (int i = 0; i < n; i++) {
            int lp = legal[i];
            us[i] = isUsPerson(lp);
            coc[i] = graph.kind[i] == CoveredPersonGraph.GOVERNMENT
                    && CountriesOfConcern.isCountryOfConcern(graph.country[i]);
            int own = graph.designated[i] || graph.designated[lp] ? A5 : 0;
            if (!us[i]) {
                if (kind[i] == ENTITY && ownFactsCoc(i)) {
                    own |= A1;
                } else if (kind[i] == INDIVIDUAL && graph.residence[i] != null
                        && CountriesOfConcern.isCountryOfConcern(graph.residence[i])) {
                    own |= A4;
                }
            }
            ownLimbs[i] = own;
        }
        this.branchStart = new int[n + 1];
        int nb = 0;
        for (int b = 0; b < n; b++) {
            if (kind[b] == BRANCH && legal[b] != b) {
                branchStart[legal[b] + 1]++;
                nb++;
            }
        }
        for (int i = 0; i < n; i++) {
            branchStart[i + 1] += branchStart[i];
        }
        this.branches = new int[nb];
        int[] fill = Arrays.copyOf(branchStart, n);
        for (int b = 0; b < n; b++) {
            if (kind[b] == BRANCH && legal[b] != b) {
                branches[fill[legal[b]]++] = b;
            }
        }

        this.limbs = new int[n];
        this.coveredUnits = scale < 0 ? null : new long[n];
        this.coveredExact = scale < 0 ? new BigDecimal[n] : null;
        if (coveredExact != null) {
            Arrays.fill(coveredExact, BigDecimal.ZERO);
        }
        this.viaA1 = new boolean[n];
        this.viaA2 = new boolean[n];
        this.coveredEmployer = new boolean[n];
        solve();
    }

    /** A branch is the same legal person as its head office; follows the chain, stopping at a loop. */
    private static int legalPerson(int i, int[] branchOf) {
        int at = i;
        Set<Integer> seen = new HashSet<>();
        while (branchOf[at] >= 0 && seen.add(at)) {
            at = branchOf[at];
        }
        return at;
    }

    /**
     * Solves the least fixed point over {@code graph} once: every party's limbs and aggregate covered ownership.
     * The determinations (with findings and deciding paths) are built from the solution when asked for.
     */
    public static CoveredPersonDeterminer solve(CoveredPersonGraph graph) {
        return new CoveredPersonDeterminer(graph);
    }

    /** Determines the status of {@code target} from the parties it (transitively) refers to. */
    public static CoveredPersonDetermination determine(PartyId target, PartyDirectory parties) {
        CoveredPersonGraph graph = CoveredPersonGraph.compile(List.of(target), parties);
        return new CoveredPersonDeterminer(graph).explain(graph.indexOf(target), false);
    }

    /**
     * Determines the status of every one of {@code targets}, solving the graph once, each with the ownership paths
     * that decide it. Gives the same determinations as {@link #determine} called per target. The findings and the
     * paths of each are built when first read.
     */
    public static Map<PartyId, DeterminationWithPaths> determineAll(Collection<PartyId> targets,
            PartyDirectory parties) {
        CoveredPersonGraph graph = CoveredPersonGraph.compile(targets, parties);
        CoveredPersonDeterminer d = new CoveredPersonDeterminer(graph);
        Map<PartyId, DeterminationWithPaths> out = new LinkedHashMap<>(targets.size() * 4 / 3 + 1);
        Percent[] ownership = new Percent[d.n];
        for (PartyId target : targets) {
            out.put(target, d.determination(graph.indexOf(target), ownership));
        }
        return out;
    }

    /** The graph solved. */
    public CoveredPersonGraph graph() {
        return g;
    }

    /** Whether party {@code i} of the graph is a covered person (some limb of 28 CFR 202.211(a) applies). */
    public boolean covered(int i) {
        return limbs[i] != 0;
    }

    /** Whether party {@code i} is the government of a country of concern (28 CFR 202.601(a)). */
    public boolean countryOfConcern(int i) {
        return coc[i];
    }

    /**
     * The determination of party {@code i} with its deciding paths; the findings and the paths are built when
     * first read.
     */
    public DeterminationWithPaths determination(int i) {
        return determination(i, null);
    }

    /** @param ownershipCache covered stake by legal person, shared by one batch; null for none */
    private DeterminationWithPaths determination(int i, Percent @org.jspecify.annotations.Nullable [] ownershipCache) {
        return new DeterminationWithPaths(explain(i, true, ownershipCache),
                limbs[i] == 0 ? List.of() : new LazyList<>(() -> decidingPaths(i)));
    }

    // --- solving

    private void solve() {
        int[] queue = new int[n];
        boolean[] queued = new boolean[n];
        int[] sent = new int[n];
        int[] sentLimbs = new int[n];
        int head = 0;
        int size = 0;
        for (int i = 0; i < n; i++) {
            limbs[i] = limbsNow(i);
            if (limbs[i] != 0 || coc[i]) {
                queue[size++] = i;
                queued[i] = true;
            }
        }
        while (size > 0) {
            int o = queue[head];
            head = head + 1 == n ? 0 : head + 1;
            size--;
            queued[o] = false;
            int l = limbs[o];
            int news = news(o, l) & ~sent[o];
            boolean grew = l != sentLimbs[o];
            sent[o] |= news;
            sentLimbs[o] = l;
            if ((news & (COVERED_OWNER | A1_SOURCE | A2_SOURCE)) != 0) {
                for (int k = g.outStart[o]; k < g.outStart[o + 1]; k++) {
                    int c = g.outOwned[k];
                    if ((news & COVERED_OWNER) != 0) {
                        int e = g.outEdge[k];
                        if (coveredUnits != null) {
                            coveredUnits[c] = Math.min(hundredUnits, coveredUnits[c] + g.stakeUnits[e]);
                        } else {
                            coveredExact[c] = coveredExact[c].add(g.stakeExact[e]);
                        }
                    }
                    if ((news & A1_SOURCE) != 0) {
                        viaA1[c] = true;
                    }
                    if ((news & A2_SOURCE) != 0) {
                        viaA2[c] = true;
                    }
                    int next = limbsNow(c);
                    if (next != limbs[c]) {
                        limbs[c] = next;
                        if (!queued[c]) {
                            queued[c] = true;
                            queue[(head + size++) % n] = c;
                        }
                    }
                }
            }
            if ((news & COVERED_EMPLOYER) != 0) {
                for (int k = g.employeeStart[o]; k < g.employeeStart[o + 1]; k++) {
                    int e = g.employees[k];
                    coveredEmployer[e] = true;
                    int next = limbsNow(e);
                    if (next != limbs[e]) {
                        limbs[e] = next;
                        if (!queued[e]) {
                            queued[e] = true;
                            queue[(head + size++) % n] = e;
                        }
                    }
                }
            }
            if (grew) {
                for (int k = branchStart[o]; k < branchStart[o + 1]; k++) {
                    int b = branches[k];
                    int next = limbsNow(b);
                    if (next != limbs[b]) {
                        limbs[b] = next;
                        if (!queued[b]) {
                            queued[b] = true;
                            queue[(head + size++) % n] = b;
                        }
                    }
                }
            }
        }
    }

    /** What the limbs {@code l} of {@code o} make it for the parties it owns and employs. */
    private int news(int o, int l) {
        int news = 0;
        if (coc[o] || l != 0) {
            news |= COVERED_OWNER;
        }
        if (coc[o] || (l & A2) != 0) {
            news |= A1_SOURCE;
        }
        if ((l & (A1 | A3 | A4 | A5)) != 0) {
            news |= A2_SOURCE;
        }
        if (coc[o] || (l & (A1 | A2 | A5)) != 0) {
            news |= COVERED_EMPLOYER;
        }
        return news;
    }

    /** The limbs of {@code i} given what its owners, employers and head office have passed on so far. */
    private int limbsNow(int i) {
        int result = ownLimbs[i];
        if (us[i]) {
            return result;
        }
        switch (kind[i]) {
            case BRANCH -> {
                if (legal[i] != i) {
                    result |= limbs[legal[i]];
                }
            }
            case ENTITY -> {
                if (atLeastFifty(i)) {
                    result |= (viaA1[i] ? A1 : 0) | (viaA2[i] ? A2 : 0);
                }
            }
            case INDIVIDUAL -> {
                if (coveredEmployer[i]) {
                    result |= A3;
                }
            }
            default -> {
            }
        }
        return result;
    }

    private boolean atLeastFifty(int i) {
        if (coveredUnits != null) {
            return coveredUnits[i] >= fiftyUnits;
        }
        return coveredExact[i].compareTo(FIFTY.value()) >= 0;
    }

    private static long pow10(int s) {
        long p = 1;
        for (int k = 0; k < s; k++) {
            p *= 10;
        }
        return p;
    }

    /** The covered stake in {@code i}, capped at 100% like {@link Percent#plusCapped}. */
    private Percent coveredStake(int i) {
        if (coveredUnits != null) {
            long u = coveredUnits[i];
            if (u == 0) {
                return Percent.ZERO;
            }
            return u >= hundredUnits ? Percent.HUNDRED
                    : percents.computeIfAbsent(u, units -> new Percent(BigDecimal.valueOf(units, g.scale)));
        }
        BigDecimal v = coveredExact[i];
        if (v.signum() == 0) {
            return Percent.ZERO;
        }
        return v.compareTo(Percent.HUNDRED.value()) > 0 ? Percent.HUNDRED : new Percent(v);
    }

    /** 28 CFR 202.256: citizens, nationals, permanent residents, refugees, asylees; entities organized solely under
     * U.S. law (incl. foreign branches); anyone located in the United States. */
    private boolean isUsPerson(int p) {
        if (g.kind[p] == CoveredPersonGraph.ENTITY) {
            List<CountryCode> in = g.organizedIn[p];
            if (in.isEmpty()) {
                return false;
            }
            for (CountryCode c : in) {
                if (!CountriesOfConcern.isUnitedStates(c)) {
                    return false;
                }
            }
            return true;
        }
        if (g.kind[p] == CoveredPersonGraph.INDIVIDUAL) {
            CountryCode at = g.locatedIn[p];
            return g.usStatus[p] != null || (at != null && CountriesOfConcern.isUnitedStates(at));
        }
        return CountriesOfConcern.isUnitedStates(g.country[p]);
    }

    /** Organized in, or with its principal place of business in, a country of concern. */
    private boolean ownFactsCoc(int e) {
        for (CountryCode c : g.organizedIn[e]) {
            if (CountriesOfConcern.isCountryOfConcern(c)) {
                return true;
            }
        }
        CountryCode ppb = g.principalPlace[e];
        return ppb != null && CountriesOfConcern.isCountryOfConcern(ppb);
    }

    private boolean countsAsCoveredOwner(int o) {
        return coc[o] || limbs[o] != 0;
    }

    /** 28 CFR 202.211(a)(3): a country of concern, or an entity covered under (a)(1), (a)(2) or (a)(5). */
    private boolean isCoveredEmployer(int employer) {
        return coc[employer] || (limbs[employer] & (A1 | A2 | A5)) != 0;
    }

    private static boolean has(int l, CoveredPersonLimb limb) {
        return (l & (1 << limb.ordinal())) != 0;
    }

    // --- explaining

    private CoveredPersonDetermination explain(int i, boolean lazyFindings) {
        return explain(i, lazyFindings, null);
    }

    /** @param ownershipCache covered stake by legal person, filled as needed */
    private CoveredPersonDetermination explain(int i, boolean lazyFindings,
            Percent @org.jspecify.annotations.Nullable [] ownershipCache) {
        int l = legal[i];
        Percent ownership = Percent.ZERO;
        if (g.kind[l] == CoveredPersonGraph.ENTITY) {
            ownership = ownershipCache == null ? null : ownershipCache[l];
            if (ownership == null) {
                ownership = coveredStake(l);
                if (ownershipCache != null) {
                    ownershipCache[l] = ownership;
                }
            }
        }
        Percent own = ownership;
        List<CoveredPersonDetermination.Finding> findings = lazyFindings
                ? new LazyList<>(() -> findings(i, own)) : findings(i, own);
        return new CoveredPersonDetermination(g.id[i], us[i], coc[i], LIMB_SETS.get(limbs[i]), ownership,
                findings);
    }

    private List<CoveredPersonDetermination.Finding> findings(int i, Percent ownership) {
        List<CoveredPersonDetermination.Finding> findings = new ArrayList<>();
        boolean us = this.us[i];
        boolean coc = this.coc[i];
        int own = limbs[i];
        int legal = this.legal[i];
        String name = quote(i);

        if (this.legal[i] != i) {
            findings.add(new CoveredPersonDetermination.Finding("202.256",
                    name + " is a branch of " + quote(legal) + "; a branch is the same legal person as its head"
                            + " office and shares its status."));
        }
        if (us) {
            findings.add(new CoveredPersonDetermination.Finding("202.256", name + " is a U.S. person because "
                    + usPersonBecause(legal) + (own == 0
                            ? "; a U.S. person is a covered person only if the Attorney General designates it"
                                    + " (28 CFR 202.211(a)(5)), and it is not designated."
                            : ".")));
        }
        if (coc) {
            findings.add(new CoveredPersonDetermination.Finding("202.601(a)", name + " is the government (or a"
                    + " political subdivision, agency or instrumentality) of " + CountriesOfConcern.describe(g.country[i])
                    + ", a country of concern."));
        }
        if (has(own, CoveredPersonLimb.A5)) {
            findings.add(new CoveredPersonDetermination.Finding("202.211(a)(5)", name + " is designated by the"
                    + " Attorney General on the Covered Persons List and is a covered person wherever located."));
        }
        if (g.kind[legal] == CoveredPersonGraph.ENTITY && !us) {
            explainEntity(legal, name, own, ownership, findings);
        }
        if (g.kind[legal] == CoveredPersonGraph.INDIVIDUAL && !us) {
            explainIndividual(legal, name, own, findings);
        }
        if (!us && !coc && own == 0) {
            findings.add(new CoveredPersonDetermination.Finding("202.211(a)", name + " is a foreign person but meets"
                    + " none of the five limbs of 28 CFR 202.211(a), so it is not a covered person."));
        }
        return List.copyOf(findings);
    }

    private void explainEntity(int ei, String name, int own, Percent ownership,
            List<CoveredPersonDetermination.Finding> findings) {
        // a loop, not a stream: this runs for every entity when a batch reads all findings, and most have none
        List<String> organized = List.of();
        for (CountryCode c : g.organizedIn[ei]) {
            if (CountriesOfConcern.isCountryOfConcern(c)) {
                if (organized.isEmpty()) {
                    organized = new ArrayList<>(2);
                }
                organized.add(CountriesOfConcern.describe(c));
            }
        }
        if (!organized.isEmpty()) {
            findings.add(new CoveredPersonDetermination.Finding("202.211(a)(1)", name + " is organized under the"
                    + " laws of " + String.join(", ", organized) + ", a country of concern, so it is a covered"
                    + " person."));
        }
        CountryCode ppb = g.principalPlace[ei];
        if (ppb != null && CountriesOfConcern.isCountryOfConcern(ppb)) {
            findings.add(new CoveredPersonDetermination.Finding("202.211(a)(1)", name + " has its principal place"
                    + " of business in " + CountriesOfConcern.describe(ppb) + ", a country of concern, so it is a"
                    + " covered person."));
        }
        if (g.inStart[ei + 1] > g.inStart[ei]) {
            List<String> covered = new ArrayList<>();
            for (int k = g.inStart[ei]; k < g.inStart[ei + 1]; k++) {
                int o = g.inOwner[k];
                if (countsAsCoveredOwner(o)) {
                    String why = coc[o] ? "a country of concern" : "a covered person under "
                            + LIMB_CITATIONS.get(limbs[o]);
                    covered.add(g.stake(k) + " held by " + quote(o) + " (" + why + ")");
                }
            }
            boolean covers = ownership.isAtLeast(FIFTY);
            String list = covered.isEmpty() ? "no stake is held by a country of concern or a covered person"
                    : String.join("; ", covered);
            String section = covers ? (has(own, CoveredPersonLimb.A2) && !has(own, CoveredPersonLimb.A1)
                    ? "202.211(a)(2)" : "202.211(a)(1)") : "202.211(a)(1)";
            findings.add(new CoveredPersonDetermination.Finding(section, name + " is owned " + ownership
                    + " in the aggregate by countries of concern and covered persons (" + list + "); each covered"
                    + " owner counts with its full direct stake and stakes are not multiplied along a chain, so the"
                    + " 50% threshold is " + (covers ? "met." : "not met.")));
            if (inOwnershipCycle(ei)) {
                findings.add(new CoveredPersonDetermination.Finding("202.211(a)(2)", name + " is part of an"
                        + " ownership cycle; only stakes that are covered without relying on the cycle are counted."));
            }
        }
    }

    private void explainIndividual(int ii, String name, int own,
            List<CoveredPersonDetermination.Finding> findings) {
        if (has(own, CoveredPersonLimb.A4)) {
            findings.add(new CoveredPersonDetermination.Finding("202.211(a)(4)", name + " is a foreign individual"
                    + " primarily resident in " + CountriesOfConcern.describe(g.residence[ii])
                    + ", a country of concern, so is a covered person."));
        }
        for (int k = g.empStart[ii]; k < g.empStart[ii + 1]; k++) {
            int employer = g.empOf[k];
            if (isCoveredEmployer(employer)) {
                findings.add(new CoveredPersonDetermination.Finding("202.211(a)(3)", name + " is a foreign"
                        + " individual working as employee or contractor for " + quote(employer)
                        + ", which is " + (coc[employer] ? "a country of concern" : "a covered entity")
                        + ", so is a covered person."));
            }
        }
    }

    /** NB: bounds the path listing in dense graphs; the status itself never depends on it. */
    static final int MAX_PATHS = 50;
    private static final int MAX_PATH_STEPS = 10_000;

    private List<List<PartyId>> decidingPaths(int target) {
        List<List<PartyId>> out = new ArrayList<>();
        if (limbs[target] != 0) {
            IntList chain = new IntList(8);
            chain.add(target);
            pathsUp(target, chain, out, new int[] {0});
        }
        return List.copyOf(out);
    }

    /** {@code chain} runs from the party determined up to {@code id}; emitted paths run top-down. */
    private void pathsUp(int id, IntList chain, List<List<PartyId>> out, int[] steps) {
        if (out.size() >= MAX_PATHS || ++steps[0] > MAX_PATH_STEPS) {
            return;
        }
        if (coveredOnOwnFacts(id)) {
            PartyId[] path = new PartyId[chain.size];
            for (int k = 0; k < chain.size; k++) {
                path[chain.size - 1 - k] = g.id[chain.data[k]];
            }
            out.add(List.of(path));
        }
        if (us[id]) {
            return;
        }
        int lg = legal[id];
        if (lg != id) {
            if (limbs[lg] != 0 && !chain.contains(lg)) {
                chain.add(lg);
                pathsUp(lg, chain, out, steps);
                chain.size--;
            }
            return;
        }
        if (g.kind[lg] == CoveredPersonGraph.ENTITY && atLeastFifty(lg)) {
            for (int k = g.inStart[lg]; k < g.inStart[lg + 1]; k++) {
                int o = g.inOwner[k];
                if (countsAsCoveredOwner(o) && !chain.contains(o)) {
                    chain.add(o);
                    pathsUp(o, chain, out, steps);
                    chain.size--;
                }
            }
        }
    }

    /** Covered (or a country of concern) without counting any ownership stake. */
    private boolean coveredOnOwnFacts(int id) {
        if (coc[id] || has(ownLimbs[id], CoveredPersonLimb.A5)) {
            return true;
        }
        if (us[id]) {
            return false;
        }
        return switch (kind[id]) {
            case ENTITY -> has(ownLimbs[id], CoveredPersonLimb.A1);
            case INDIVIDUAL -> limbs[id] != 0;
            default -> false;
        };
    }

    /** Whether {@code start} owns itself through a chain of one or more stakes. */
    private boolean inOwnershipCycle(int start) {
        boolean[] cycles;
        synchronized (this) {
            if (inCycle == null) {
                inCycle = ownershipCycles();
            }
            cycles = inCycle;
        }
        return cycles[start];
    }

    /** Tarjan's strongly connected components over the owner edges, iteratively; a party is in an ownership cycle
     * when its component has two or more parties, or it holds a stake in itself. */
    private boolean[] ownershipCycles() {
        boolean[] cyclic = new boolean[n];
        int[] order = new int[n];
        int[] low = new int[n];
        Arrays.fill(order, -1);
        boolean[] onStack = new boolean[n];
        int[] stack = new int[n];
        int sp = 0;
        int[] callNode = new int[n];
        int[] callEdge = new int[n];
        int counter = 0;
        for (int root = 0; root < n; root++) {
            if (order[root] >= 0) {
                continue;
            }
            int depth = 0;
            callNode[0] = root;
            callEdge[0] = g.inStart[root];
            order[root] = low[root] = counter++;
            stack[sp++] = root;
            onStack[root] = true;
            while (depth >= 0) {
                int v = callNode[depth];
                if (callEdge[depth] < g.inStart[v + 1]) {
                    int w = g.inOwner[callEdge[depth]++];
                    if (w == v) {
                        cyclic[v] = true;
                    }
                    if (order[w] < 0) {
                        order[w] = low[w] = counter++;
                        stack[sp++] = w;
                        onStack[w] = true;
                        depth++;
                        callNode[depth] = w;
                        callEdge[depth] = g.inStart[w];
                    } else if (onStack[w]) {
                        low[v] = Math.min(low[v], order[w]);
                    }
                } else {
                    if (low[v] == order[v]) {
                        int top = sp;
                        do {
                            onStack[stack[--sp]] = false;
                        } while (stack[sp] != v);
                        if (top - sp > 1) {
                            for (int k = sp; k < top; k++) {
                                cyclic[stack[k]] = true;
                            }
                        }
                    }
                    depth--;
                    if (depth >= 0) {
                        int u = callNode[depth];
                        low[u] = Math.min(low[u], low[v]);
                    }
                }
            }
        }
        return cyclic;
    }

    private String usPersonBecause(int p) {
        if (g.kind[p] == CoveredPersonGraph.ENTITY) {
            return "it is organized solely under the laws of the United States";
        }
        if (g.kind[p] == CoveredPersonGraph.INDIVIDUAL) {
            UsStatus status = g.usStatus[p];
            if (status != null) {
                return "of its status as " + switch (status) {
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

    /** The party's name in quotes, or its kind and id when it has no name. */
    private String quote(int p) {
        String name = g.name[p];
        return name.isBlank() ? "the " + switch (g.kind[p]) {
            case CoveredPersonGraph.ENTITY -> "entity";
            case CoveredPersonGraph.INDIVIDUAL -> "individual";
            default -> "government";
        } + " '" + g.id[p] + "'" : "'" + name + "'";
    }

    /** A growable int array. */
    private static final class IntList {
        int[] data;
        int size;

        IntList(int capacity) {
            data = new int[Math.max(4, capacity)];
        }

        void add(int v) {
            if (size == data.length) {
                data = Arrays.copyOf(data, size * 2);
            }
            data[size++] = v;
        }

        boolean contains(int v) {
            for (int k = 0; k < size; k++) {
                if (data[k] == v) {
                    return true;
                }
            }
            return false;
        }
    }
}
