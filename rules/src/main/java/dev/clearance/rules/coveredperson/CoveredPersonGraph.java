package dev.clearance.rules.coveredperson;

import dev.clearance.domain.party.Entity;
import dev.clearance.domain.party.Government;
import dev.clearance.domain.party.Individual;
import dev.clearance.domain.party.Party;
import dev.clearance.domain.party.PartyDirectory;
import dev.clearance.domain.party.PartyId;
import dev.clearance.domain.party.Stake;
import dev.clearance.domain.party.UsStatus;
import dev.clearance.domain.shared.CountryCode;
import dev.clearance.domain.shared.Percent;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The facts the covered-person rules read (28 CFR 202.211(a), 202.256), compiled into dense int indexes: each
 * party's own facts in columns, and the ownership stakes, employment links and head offices between parties as
 * int adjacency arrays. It holds no rule: {@link CoveredPersonDeterminer#solve} decides over it, and it is the
 * only form the determiner decides over, whether the facts came from stored rows ({@link Builder}) or from a
 * {@link PartyDirectory} ({@link #compile}).
 *
 * <p>Why: a caller that holds rows (the API's stored graph, a bulk recomputation) should not have to build one
 * domain object per party and per stake, and a map keyed by string ids, only for the engine to take them apart
 * again; the stakes are summed for OFAC's 50% rule as exact fixed-point longs, so they are kept as such here.
 *
 * <p>Immutable once built, so one graph can be solved (and explained) from several threads.
 *
 * @since 0.2.0
 */
public final class CoveredPersonGraph {

    static final byte ENTITY = 0;
    static final byte INDIVIDUAL = 1;
    static final byte GOVERNMENT = 2;

    /** Stakes are held as exact longs in units of 10^-scale percent when no stake is finer than this. */
    static final int MAX_LONG_SCALE = 15;
    private static final long[] POW10 = new long[MAX_LONG_SCALE + 1];

    static {
        POW10[0] = 1;
        for (int s = 1; s <= MAX_LONG_SCALE; s++) {
            POW10[s] = POW10[s - 1] * 10;
        }
    }

    final int n;
    final PartyId[] id;
    final String[] name;
    final byte[] kind;
    final boolean[] designated;
    /** Entities: jurisdictions of organization and principal place of business. */
    final List<CountryCode>[] organizedIn;
    final @Nullable CountryCode[] principalPlace;
    /** Individuals: U.S. status, location and primary residence. */
    final @Nullable UsStatus[] usStatus;
    final @Nullable CountryCode[] locatedIn;
    final @Nullable CountryCode[] residence;
    /** Governments: the country governed. */
    final @Nullable CountryCode[] country;
    /** Head office of each branch, -1 when the party is not a branch. */
    final int[] branchOf;

    /** Owners of each party, in the order given: {@code inOwner[inStart[i] .. inStart[i+1])}. */
    final int[] inStart;
    final int[] inOwner;
    /** Stake of each edge (index into {@link #inOwner}) in units of 10^-scale percent; null when scale is -1. */
    final long @Nullable [] stakeUnits;
    /** Stake of each edge exactly, when some stake is finer than {@link #MAX_LONG_SCALE} decimals. */
    final BigDecimal @Nullable [] stakeExact;
    final int scale;
    /** Parties each party owns, with the edge: {@code outOwned[outStart[o] .. outStart[o+1])}. */
    final int[] outStart;
    final int[] outOwned;
    final int[] outEdge;
    /** Employers of each individual, in the order given, and the reverse. */
    final int[] empStart;
    final int[] empOf;
    final int[] employeeStart;
    final int[] employees;

    private volatile @Nullable IdTable index;

    @SuppressWarnings("unchecked")
    private CoveredPersonGraph(Builder b) {
        int n = b.n;
        this.n = n;
        // the builder is closed from here on, so its columns are taken over when they have the exact length
        this.id = trim(b.id, n);
        this.name = trim(b.name, n);
        this.kind = b.kind.length == n ? b.kind : Arrays.copyOf(b.kind, n);
        this.designated = b.designated.length == n ? b.designated : Arrays.copyOf(b.designated, n);
        this.organizedIn = trim(b.organizedIn, n);
        this.principalPlace = trim(b.principalPlace, n);
        this.usStatus = trim(b.usStatus, n);
        this.locatedIn = trim(b.locatedIn, n);
        this.residence = trim(b.residence, n);
        this.country = trim(b.country, n);
        this.branchOf = b.branchOf.length == n ? b.branchOf : Arrays.copyOf(b.branchOf, n);
        for (int i = 0; i < n; i++) {
            int head = branchOf[i];
            if (head >= n) {
                throw new IllegalArgumentException("head office " + head + " of " + id[i] + " is not a party");
            }
        }

        // stakes grouped by owned party (a stable counting sort keeps each party's owners in the order given,
        // which is the order findings list them in)
        int m = b.m;
        this.inStart = new int[n + 1];
        for (int e = 0; e < m; e++) {
            checkParty(b.eOwner[e], "owner");
            int owned = checkParty(b.eOwned[e], "owned party");
            if (kind[owned] != ENTITY) {
                throw new IllegalArgumentException("only an entity has owners: " + id[owned]);
            }
            inStart[owned + 1]++;
        }
        for (int i = 0; i < n; i++) {
            inStart[i + 1] += inStart[i];
        }
        int maxScale = 0;
        boolean exact = b.eExact != null;
        for (int e = 0; e < m && !exact; e++) {
            maxScale = Math.max(maxScale, b.eScale[e]);
        }
        this.scale = exact ? -1 : maxScale;
        this.inOwner = new int[m];
        long[] units = exact ? null : new long[m];
        BigDecimal[] exactStakes = exact ? new BigDecimal[m] : null;
        // the reverse adjacency (parties each owner owns, with the edge) is filled in the same pass
        this.outStart = new int[n + 1];
        this.outOwned = new int[m];
        this.outEdge = new int[m];
        for (int e = 0; e < m; e++) {
            outStart[b.eOwner[e] + 1]++;
        }
        for (int i = 0; i < n; i++) {
            outStart[i + 1] += outStart[i];
        }
        int[] fill = Arrays.copyOf(inStart, n);
        int[] outFill = Arrays.copyOf(outStart, n);
        for (int e = 0; e < m; e++) {
            int owner = b.eOwner[e];
            int owned = b.eOwned[e];
            int at = fill[owned]++;
            inOwner[at] = owner;
            if (exact) {
                exactStakes[at] = b.eExact[e] != null ? b.eExact[e] : BigDecimal.valueOf(b.eUnits[e], b.eScale[e]);
            } else {
                units[at] = b.eUnits[e] * POW10[maxScale - b.eScale[e]];
            }
            int out = outFill[owner]++;
            outOwned[out] = owned;
            outEdge[out] = at;
        }
        this.stakeUnits = units;
        this.stakeExact = exactStakes;

        int jobs = b.jobs;
        this.empStart = new int[n + 1];
        for (int j = 0; j < jobs; j++) {
            int employee = checkParty(b.jEmployee[j], "employee");
            checkParty(b.jEmployer[j], "employer");
            if (kind[employee] != INDIVIDUAL) {
                throw new IllegalArgumentException("only an individual has employers: " + id[employee]);
            }
            empStart[employee + 1]++;
        }
        for (int i = 0; i < n; i++) {
            empStart[i + 1] += empStart[i];
        }
        this.empOf = new int[jobs];
        fill = Arrays.copyOf(empStart, n);
        for (int j = 0; j < jobs; j++) {
            empOf[fill[b.jEmployee[j]]++] = b.jEmployer[j];
        }
        this.employeeStart = new int[n + 1];
        this.employees = new int[jobs];
        for (int k = 0; k < jobs; k++) {
            employeeStart[empOf[k] + 1]++;
        }
        for (int i = 0; i < n; i++) {
            employeeStart[i + 1] += employeeStart[i];
        }
        fill = Arrays.copyOf(employeeStart, n);
        for (int e = 0; e < n; e++) {
            for (int k = empStart[e]; k < empStart[e + 1]; k++) {
                employees[fill[empOf[k]]++] = e;
            }
        }
    }

    private static <T> T[] trim(T[] column, int n) {
        return column.length == n ? column : Arrays.copyOf(column, n);
    }

    private int checkParty(int i, String role) {
        if (i < 0 || i >= n) {
            throw new IllegalArgumentException("the " + role + " " + i + " is not a party of the graph (0.." + (n - 1)
                    + ")");
        }
        return i;
    }

    /** A builder for about {@code parties} parties and {@code stakes} stakes (both only sizing hints). */
    public static Builder builder(int parties, int stakes) {
        return new Builder(parties, stakes);
    }

    /** Number of parties; they are indexed {@code 0 .. size() - 1} in the order they were added. */
    public int size() {
        return n;
    }

    public PartyId id(int party) {
        return id[party];
    }

    /**
     * The index of {@code party}, or -1 when it is not in the graph. NB: the id table is built on first use, and
     * that is where duplicate ids are refused: callers that hold rows address parties by index and never pay for
     * hashing every id (their ids come from a primary key).
     *
     * @throws IllegalStateException when two parties of the graph have the same id
     */
    public int indexOf(PartyId party) {
        IdTable t = index;
        if (t == null) {
            t = new IdTable(n);
            for (int i = 0; i < n; i++) {
                if (t.get(id[i]) >= 0) {
                    throw new IllegalStateException("duplicate party id " + id[i]);
                }
                t.put(id[i], i);
            }
            index = t;
        }
        return t.get(party);
    }

    /** The stake of edge {@code k} as a percentage. */
    Percent stake(int k) {
        return stakeUnits != null ? new Percent(BigDecimal.valueOf(stakeUnits[k], scale)) : new Percent(stakeExact[k]);
    }

    /**
     * The parties reachable from {@code targets} through owners, employers and head offices (the whole directory
     * when the targets are most of it: the others' statuses do not depend on the extra parties), compiled.
     */
    public static CoveredPersonGraph compile(Collection<PartyId> targets, PartyDirectory parties) {
        // interning: every party of the directory in its order when the targets are most of it, else
        // breadth-first from the targets (a party's index is then its place in the queue)
        Map<PartyId, Party> all = parties.parties();
        boolean whole = targets.size() * 2L >= all.size();
        Interner in = new Interner(parties, Math.max(16, whole ? all.size() : Math.min(all.size(), targets.size())));
        if (whole) {
            for (Party p : all.values()) {
                in.add(p.id(), p);
            }
        }
        for (PartyId t : targets) {
            in.of(t);
        }
        for (int head = 0; head < in.count; head++) {
            Party p = in.ps[head];
            if (p instanceof Entity e) {
                for (Stake s : e.owners()) {
                    in.of(s.owner());
                }
                if (e.branchOf() != null) {
                    in.of(e.branchOf());
                }
            } else if (p instanceof Individual ind) {
                for (PartyId emp : ind.employers()) {
                    in.of(emp);
                }
            }
        }
        int count = in.count;
        Party[] ps = in.ps;
        IdTable index = in.index;
        Builder b = builder(count, whole ? count * 2 : 16);
        for (int i = 0; i < count; i++) {
            Party p = ps[i];
            if (p instanceof Entity e) {
                b.entity(e.id(), e.name(), e.organizedIn(), e.principalPlaceOfBusiness(), e.designatedCoveredPerson());
            } else if (p instanceof Individual ind) {
                b.individual(ind.id(), ind.name(), ind.usStatus(), ind.locatedIn(), ind.primaryResidence(),
                        ind.designatedCoveredPerson());
            } else {
                Government g = (Government) p;
                b.government(g.id(), g.name(), g.country(), g.designatedCoveredPerson());
            }
        }
        for (int i = 0; i < count; i++) {
            Party p = ps[i];
            if (p instanceof Entity e) {
                for (Stake s : e.owners()) {
                    b.stake(index.get(s.owner()), i, s.percent());
                }
                if (e.branchOf() != null) {
                    b.branchOf(i, index.get(e.branchOf()));
                }
            } else if (p instanceof Individual ind) {
                for (PartyId emp : ind.employers()) {
                    b.employment(i, index.get(emp));
                }
            }
        }
        CoveredPersonGraph g = b.build();
        g.index = index;
        return g;
    }

    /** Dense indexes of a directory's parties, assigned as they are first met. */
    private static final class Interner {
        final PartyDirectory parties;
        final IdTable index;
        Party[] ps;
        int count;

        Interner(PartyDirectory parties, int capacity) {
            this.parties = parties;
            this.index = new IdTable(capacity);
            this.ps = new Party[capacity];
        }

        void add(PartyId id, Party p) {
            if (count == ps.length) {
                ps = Arrays.copyOf(ps, ps.length * 2);
            }
            index.put(id, count);
            ps[count++] = p;
        }

        /** Interns {@code id}, which must be in the directory. */
        void of(PartyId id) {
            if (index.get(id) < 0) {
                add(id, parties.get(id));
            }
        }
    }

    /**
     * Collects parties, then stakes, employment links and head offices by party index. Parties are indexed in the
     * order they are added; links may be added in any order once both ends are added, and each party's owners and
     * employers keep the order their links were added in. Stakes are taken as given: the caller filters them to
     * those in force on the date determined.
     */
    public static final class Builder {
        private int n;
        private PartyId[] id;
        private String[] name;
        private byte[] kind;
        private boolean[] designated;
        private List<CountryCode>[] organizedIn;
        private @Nullable CountryCode[] principalPlace;
        private @Nullable UsStatus[] usStatus;
        private @Nullable CountryCode[] locatedIn;
        private @Nullable CountryCode[] residence;
        private @Nullable CountryCode[] country;
        private int[] branchOf;

        private int m;
        private int[] eOwner;
        private int[] eOwned;
        private long[] eUnits;
        private byte[] eScale;
        /** Only once a stake is finer than a long can hold: then every stake is summed as a BigDecimal. */
        private BigDecimal @Nullable [] eExact;

        private int jobs;
        private int[] jEmployee = new int[16];
        private int[] jEmployer = new int[16];
        private boolean built;

        @SuppressWarnings("unchecked")
        private Builder(int parties, int stakes) {
            int c = Math.max(1, parties);
            id = new PartyId[c];
            name = new String[c];
            kind = new byte[c];
            designated = new boolean[c];
            organizedIn = new List[c];
            principalPlace = new CountryCode[c];
            usStatus = new UsStatus[c];
            locatedIn = new CountryCode[c];
            residence = new CountryCode[c];
            country = new CountryCode[c];
            branchOf = new int[c];
            int s = Math.max(16, stakes);
            eOwner = new int[s];
            eOwned = new int[s];
            eUnits = new long[s];
            eScale = new byte[s];
        }

        /** A legal entity; returns its index. */
        public int entity(PartyId id, String name, List<CountryCode> organizedIn,
                          @Nullable CountryCode principalPlaceOfBusiness, boolean designated) {
            int i = add(id, name, ENTITY, designated);
            this.organizedIn[i] = List.copyOf(organizedIn);
            this.principalPlace[i] = principalPlaceOfBusiness;
            return i;
        }

        /** A natural person; returns its index. */
        public int individual(PartyId id, String name, @Nullable UsStatus usStatus, @Nullable CountryCode locatedIn,
                              @Nullable CountryCode primaryResidence, boolean designated) {
            int i = add(id, name, INDIVIDUAL, designated);
            this.usStatus[i] = usStatus;
            this.locatedIn[i] = locatedIn;
            this.residence[i] = primaryResidence;
            return i;
        }

        /** A government or its subdivision, agency or instrumentality; returns its index. */
        public int government(PartyId id, String name, CountryCode country, boolean designated) {
            int i = add(id, name, GOVERNMENT, designated);
            this.country[i] = java.util.Objects.requireNonNull(country, "country");
            return i;
        }

        private int add(PartyId id, String name, byte kind, boolean designated) {
            requireOpen();
            if (n == this.id.length) {
                int c = Math.max(16, n * 2);
                this.id = Arrays.copyOf(this.id, c);
                this.name = Arrays.copyOf(this.name, c);
                this.kind = Arrays.copyOf(this.kind, c);
                this.designated = Arrays.copyOf(this.designated, c);
                organizedIn = Arrays.copyOf(organizedIn, c);
                principalPlace = Arrays.copyOf(principalPlace, c);
                usStatus = Arrays.copyOf(usStatus, c);
                locatedIn = Arrays.copyOf(locatedIn, c);
                residence = Arrays.copyOf(residence, c);
                country = Arrays.copyOf(country, c);
                branchOf = Arrays.copyOf(branchOf, c);
            }
            this.id[n] = java.util.Objects.requireNonNull(id, "id");
            this.name[n] = java.util.Objects.requireNonNull(name, "name");
            this.kind[n] = kind;
            this.designated[n] = designated;
            organizedIn[n] = List.of();
            branchOf[n] = -1;
            return n++;
        }

        /** Makes entity {@code branch} a branch of {@code headOffice}: the same legal person (28 CFR 202.256). */
        public Builder branchOf(int branch, int headOffice) {
            requireOpen();
            if (branch < 0 || branch >= n || kind[branch] != ENTITY) {
                throw new IllegalArgumentException("only an entity added before can be a branch: " + branch);
            }
            if (branch == headOffice) {
                throw new IllegalArgumentException("an entity cannot be a branch of itself: " + id[branch]);
            }
            branchOf[branch] = headOffice;
            return this;
        }

        /** {@code owner} holds {@code percent} of entity {@code owned}. */
        public Builder stake(int owner, int owned, Percent percent) {
            BigDecimal v = percent.value();
            if (v.scale() <= MAX_LONG_SCALE) {
                return stake(owner, owned, v.unscaledValue().longValueExact(), v.scale());
            }
            int e = addEdge(owner, owned);
            if (eExact == null) {
                eExact = new BigDecimal[eOwner.length];
            }
            eExact[e] = v;
            return this;
        }

        /**
         * {@code owner} holds {@code units} × 10^-{@code scale} percent of entity {@code owned}, e.g. 4999, 2 for
         * 49.99% (a {@code numeric(7, 4)} column read as its unscaled value and scale).
         */
        public Builder stake(int owner, int owned, long units, int scale) {
            if (scale < 0 || scale > MAX_LONG_SCALE) {
                throw new IllegalArgumentException("scale must be 0.." + MAX_LONG_SCALE + ": " + scale);
            }
            if (units < 0 || units > 100 * POW10[scale]) {
                throw new IllegalArgumentException("percent must be between 0 and 100: "
                        + BigDecimal.valueOf(units, scale));
            }
            int e = addEdge(owner, owned);
            eUnits[e] = units;
            eScale[e] = (byte) scale;
            return this;
        }

        private int addEdge(int owner, int owned) {
            requireOpen();
            if (m == eOwner.length) {
                int c = m * 2;
                eOwner = Arrays.copyOf(eOwner, c);
                eOwned = Arrays.copyOf(eOwned, c);
                eUnits = Arrays.copyOf(eUnits, c);
                eScale = Arrays.copyOf(eScale, c);
                if (eExact != null) {
                    eExact = Arrays.copyOf(eExact, c);
                }
            }
            eOwner[m] = owner;
            eOwned[m] = owned;
            return m++;
        }

        /** Individual {@code employee} works for {@code employer} as employee or contractor (202.211(a)(3)). */
        public Builder employment(int employee, int employer) {
            requireOpen();
            if (jobs == jEmployee.length) {
                jEmployee = Arrays.copyOf(jEmployee, jobs * 2);
                jEmployer = Arrays.copyOf(jEmployer, jobs * 2);
            }
            jEmployee[jobs] = employee;
            jEmployer[jobs] = employer;
            jobs++;
            return this;
        }

        /** The graph; the builder cannot be used afterwards. */
        public CoveredPersonGraph build() {
            requireOpen();
            built = true;
            return new CoveredPersonGraph(this);
        }

        private void requireOpen() {
            if (built) {
                throw new IllegalStateException("the graph was already built");
            }
        }
    }

    /** PartyId to dense index: open addressing over int arrays, no boxing (the hot spot of interning). */
    static final class IdTable {
        private PartyId[] keys;
        private int[] hashes;
        private int[] values;
        private int size;

        IdTable(int expected) {
            int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
            keys = new PartyId[cap];
            hashes = new int[cap];
            values = new int[cap];
        }

        private static int hash(PartyId id) {
            int h = id.value().hashCode();
            return h ^ (h >>> 16);
        }

        /** The index of {@code id}, or -1. */
        int get(PartyId id) {
            int h = hash(id);
            int mask = keys.length - 1;
            for (int slot = h & mask; ; slot = (slot + 1) & mask) {
                PartyId k = keys[slot];
                if (k == null) {
                    return -1;
                }
                if (hashes[slot] == h && k.value().equals(id.value())) {
                    return values[slot];
                }
            }
        }

        /** Adds {@code id}, which is not in the table yet. */
        void put(PartyId id, int value) {
            if (2 * (size + 1) > keys.length) {
                PartyId[] oldKeys = keys;
                int[] oldValues = values;
                keys = new PartyId[oldKeys.length * 2];
                hashes = new int[keys.length];
                values = new int[keys.length];
                size = 0;
                for (int s = 0; s < oldKeys.length; s++) {
                    if (oldKeys[s] != null) {
                        put(oldKeys[s], oldValues[s]);
                    }
                }
            }
            int h = hash(id);
            int mask = keys.length - 1;
            int slot = h & mask;
            while (keys[slot] != null) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = id;
            hashes[slot] = h;
            values[slot] = value;
            size++;
        }
    }
}
