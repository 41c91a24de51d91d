package dev.clearance.bench.ownership;

import dev.clearance.domain.party.Entity;
import dev.clearance.domain.party.Government;
import dev.clearance.domain.party.Individual;
import dev.clearance.domain.party.Party;
import dev.clearance.domain.party.PartyDirectory;
import dev.clearance.domain.party.PartyId;
import dev.clearance.domain.party.Relationship;
import dev.clearance.domain.party.Stake;
import dev.clearance.domain.party.UsStatus;
import dev.clearance.domain.shared.CountryCode;
import dev.clearance.domain.shared.Percent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A deterministic synthetic ownership graph: companies on up to eight levels of holdings (level 0 = ultimate
 * parents), each owned by 1–4 owners whose stakes add up to at most 100% (often exactly 100%, sometimes split so
 * that two covered stakes reach exactly 50%, e.g. 30% + 20% or 49.99% + 0.01%), plus individual and government
 * owners and a few ownership cycles. About 4% of companies are organized in (or run from) a country of concern,
 * a few percent are U.S. companies, a few are designated.
 *
 * <p>Every party carries the facts the rules engine reads ({@link #toDirectory()}) and, computed here from those
 * same facts by the regulation's plain words (not by the engine), the two flags the SQL baseline reads:
 * {@code baseCovered} (covered without looking at any stake: designated; a country-of-concern government; a
 * non-U.S. entity organized or with its principal place of business in a country of concern; a non-U.S.
 * individual primarily resident in one) and {@code usPerson} (never covered through ownership).
 *
 * <p>Party ids are a random permutation of the generation order, so the order in which the engine (or the
 * database) meets parties is neither top-down nor bottom-up.
 */
final class SyntheticOwnershipGraph {

    static final int MAX_LEVEL = 7;
    private static final String[] COC = {"CN", "CN", "CN", "CN", "CN", "CN", "HK", "HK", "HK", "MO", "RU", "RU", "RU",
        "IR", "VE", "CU", "KP"};
    private static final String[] OTHER = {"GB", "DE", "NL", "FR", "SG", "JP", "KR", "IN", "BR", "CA", "AU", "CH",
        "IE", "LU", "KY", "VG", "BM", "AE", "IL", "MX", "SE", "IT", "ES", "TW", "MY", "TH", "VN", "ZA", "PL", "CY"};
    private static final Set<String> COC_SET = Set.of("CN", "HK", "MO", "CU", "IR", "KP", "RU", "VE");
    private static final String[] GOV_COUNTRIES = {"CN", "HK", "MO", "RU", "IR", "KP", "CU", "VE", "US", "GB", "DE",
        "FR", "SG", "NO", "SA", "AE", "QA", "JP", "KR", "IN", "BR", "CA", "AU", "CH", "NL", "KZ", "TR", "EG"};

    enum Kind { ENTITY, INDIVIDUAL, GOVERNMENT }

    /** One party's facts, in generation order. */
    static final class Node {
        final Kind kind;
        int id;
        int level;
        String[] organizedIn = new String[0];
        String ppb;
        String country;
        UsStatus usStatus;
        String locatedIn;
        String residence;
        String citizenship;
        boolean designated;
        final List<int[]> owners = new ArrayList<>(4); // {owner node index, stake in hundredths of a percent}
        int room = 100_00;

        Node(Kind kind) {
            this.kind = kind;
        }

        boolean usPerson() {
            return switch (kind) {
                case ENTITY -> organizedIn.length > 0 && Arrays.stream(organizedIn).allMatch("US"::equals);
                case INDIVIDUAL -> usStatus != null || "US".equals(locatedIn);
                case GOVERNMENT -> "US".equals(country);
            };
        }

        boolean baseCovered() {
            if (designated) {
                return true;
            }
            return switch (kind) {
                case GOVERNMENT -> COC_SET.contains(country);
                case ENTITY -> !usPerson() && (Arrays.stream(organizedIn).anyMatch(COC_SET::contains)
                        || (ppb != null && COC_SET.contains(ppb)));
                case INDIVIDUAL -> !usPerson() && residence != null && COC_SET.contains(residence);
            };
        }

        boolean hasOwner(int owner) {
            for (int[] o : owners) {
                if (o[0] == owner) {
                    return true;
                }
            }
            return false;
        }
    }

    final List<Node> nodes = new ArrayList<>();
    final int companies;
    int governments;
    int individuals;
    int cycleEdges;

    private SyntheticOwnershipGraph(int companies) {
        this.companies = companies;
    }

    static SyntheticOwnershipGraph generate(int companies, long seed) {
        SyntheticOwnershipGraph g = new SyntheticOwnershipGraph(companies);
        g.build(new SplittableRandom(seed));
        return g;
    }

    private void build(SplittableRandom rnd) {
        // governments: a ministry, a fund and a state agency for each country
        List<Integer> govs = new ArrayList<>();
        for (String c : GOV_COUNTRIES) {
            for (int k = 0; k < 3; k++) {
                Node n = new Node(Kind.GOVERNMENT);
                n.country = c;
                govs.add(nodes.size());
                nodes.add(n);
            }
        }
        governments = govs.size();
        // individuals: one per 20 companies
        List<Integer> people = new ArrayList<>();
        for (int i = 0; i < Math.max(10, companies / 20); i++) {
            Node n = new Node(Kind.INDIVIDUAL);
            double r = rnd.nextDouble();
            if (r < 0.06) { // resident in a country of concern
                n.citizenship = pick(rnd, COC);
                n.residence = n.citizenship;
                n.locatedIn = n.residence;
            } else if (r < 0.08) { // U.S. citizen living in China: a U.S. person, never covered unless designated
                n.usStatus = UsStatus.CITIZEN;
                n.citizenship = "US";
                n.residence = "CN";
                n.locatedIn = "CN";
            } else if (r < 0.10) { // Chinese resident on a visit to the U.S.: a U.S. person while located there
                n.citizenship = "CN";
                n.residence = "CN";
                n.locatedIn = "US";
            } else if (r < 0.25) {
                n.usStatus = UsStatus.CITIZEN;
                n.citizenship = "US";
                n.residence = "US";
                n.locatedIn = "US";
            } else {
                n.citizenship = pick(rnd, OTHER);
                n.residence = n.citizenship;
                n.locatedIn = n.residence;
            }
            n.designated = rnd.nextDouble() < 0.002;
            people.add(nodes.size());
            nodes.add(n);
        }
        individuals = people.size();

        // companies, level by level
        double[] share = {0.30, 0.25, 0.17, 0.11, 0.07, 0.05, 0.03, 0.02};
        List<List<Integer>> byLevel = new ArrayList<>();
        int made = 0;
        for (int level = 0; level <= MAX_LEVEL; level++) {
            int count = level == MAX_LEVEL ? companies - made : (int) Math.round(companies * share[level]);
            List<Integer> here = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                Node n = company(rnd);
                n.level = level;
                here.add(nodes.size());
                nodes.add(n);
                if (level == 0) {
                    if (rnd.nextDouble() < 0.5) {
                        addOwners(rnd, n, 1 + rnd.nextInt(3), () -> rnd.nextDouble() < 0.85
                                ? people.get(rnd.nextInt(people.size())) : govs.get(rnd.nextInt(govs.size())));
                    }
                } else {
                    List<Integer> above = byLevel.get(level - 1);
                    int lvl = level;
                    addOwners(rnd, n, ownerCount(rnd), () -> {
                        double r = rnd.nextDouble();
                        if (r < 0.65) {
                            return above.get(rnd.nextInt(above.size()));
                        } else if (r < 0.85) {
                            List<Integer> any = byLevel.get(rnd.nextInt(lvl));
                            return any.get(rnd.nextInt(any.size()));
                        } else if (r < 0.96) {
                            return people.get(rnd.nextInt(people.size()));
                        }
                        return govs.get(rnd.nextInt(govs.size()));
                    });
                }
                made++;
            }
            byLevel.add(here);
        }
        addCycles(rnd, byLevel);

        // ids: a random permutation of the generation order
        int[] perm = new int[nodes.size()];
        for (int i = 0; i < perm.length; i++) {
            perm[i] = i;
        }
        for (int i = perm.length - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = perm[i];
            perm[i] = perm[j];
            perm[j] = t;
        }
        for (int i = 0; i < perm.length; i++) {
            nodes.get(i).id = perm[i];
        }
    }

    private Node company(SplittableRandom rnd) {
        Node n = new Node(Kind.ENTITY);
        double r = rnd.nextDouble();
        if (r < 0.035) { // organized in a country of concern
            String c = pick(rnd, COC);
            n.organizedIn = new String[] {c};
            n.ppb = rnd.nextDouble() < 0.9 ? c : pick(rnd, OTHER);
        } else if (r < 0.043) { // organized elsewhere, run from a country of concern
            n.organizedIn = new String[] {pick(rnd, OTHER)};
            n.ppb = pick(rnd, COC);
        } else if (r < 0.046) { // dual organized, one of them a country of concern
            n.organizedIn = new String[] {pick(rnd, OTHER), pick(rnd, COC)};
            n.ppb = n.organizedIn[0];
        } else if (r < 0.076) { // organized solely under U.S. law: a U.S. person, even when run from China
            n.organizedIn = new String[] {"US"};
            n.ppb = rnd.nextDouble() < 0.05 ? "CN" : "US";
        } else if (r < 0.078) { // dual U.S. and foreign: not "solely" U.S., so a foreign person
            n.organizedIn = new String[] {"US", pick(rnd, OTHER)};
            n.ppb = "US";
        } else {
            n.organizedIn = new String[] {pick(rnd, OTHER)};
            n.ppb = rnd.nextDouble() < 0.9 ? n.organizedIn[0] : pick(rnd, OTHER);
        }
        n.designated = rnd.nextDouble() < 0.0007;
        return n;
    }

    private static int ownerCount(SplittableRandom rnd) {
        double r = rnd.nextDouble();
        return r < 0.40 ? 1 : r < 0.70 ? 2 : r < 0.88 ? 3 : 4;
    }

    /** Stakes in hundredths of a percent, summing to at most 100%. */
    private static int[] stakes(SplittableRandom rnd, int k) {
        if (k == 1) {
            return new int[] {rnd.nextDouble() < 0.6 ? 100_00 : 10_00 + rnd.nextInt(90_01)};
        }
        double pattern = rnd.nextDouble();
        int[] s = new int[k];
        if (pattern < 0.06) { // 30% + 20% (exactly 50%), the rest minority
            s[0] = 30_00;
            s[1] = 20_00;
        } else if (pattern < 0.10) {
            s[0] = 25_00;
            s[1] = 25_00;
        } else if (pattern < 0.12) {
            s[0] = 49_99;
            s[1] = 1;
        } else if (pattern < 0.14) { // exactly 50% by one owner
            s[0] = 50_00;
            s[1] = 1 + rnd.nextInt(50_00);
        } else {
            int total = rnd.nextDouble() < 0.7 ? 100_00 : 50_00 + rnd.nextInt(50_01);
            int[] cuts = new int[k - 1];
            for (int i = 0; i < k - 1; i++) {
                cuts[i] = rnd.nextInt(total + 1);
            }
            Arrays.sort(cuts);
            int prev = 0;
            for (int i = 0; i < k - 1; i++) {
                s[i] = cuts[i] - prev;
                prev = cuts[i];
            }
            s[k - 1] = total - prev;
            return s;
        }
        int left = 100_00 - s[0] - s[1];
        for (int i = 2; i < k; i++) {
            int part = i == k - 1 ? left : rnd.nextInt(left + 1);
            s[i] = part;
            left -= part;
        }
        return s;
    }

    private void addOwners(SplittableRandom rnd, Node n, int k, java.util.function.IntSupplier owner) {
        int[] s = stakes(rnd, k);
        for (int i = 0; i < k; i++) {
            int o = owner.getAsInt();
            for (int tries = 0; tries < 5 && n.hasOwner(o); tries++) {
                o = owner.getAsInt();
            }
            if (s[i] == 0 || n.hasOwner(o)) { // owners come from earlier levels, never the company itself
                continue;
            }
            n.owners.add(new int[] {o, s[i]});
            n.room -= s[i];
        }
    }

    /**
     * Closes cycles: from a company, walk up 1–4 steps through company owners and let the company take a stake in
     * the ancestor reached (cross-holdings). About one company in a thousand.
     */
    private void addCycles(SplittableRandom rnd, List<List<Integer>> byLevel) {
        int wanted = Math.max(3, companies / 1000);
        for (int attempts = 0; cycleEdges < wanted && attempts < wanted * 50; attempts++) {
            List<Integer> level = byLevel.get(1 + rnd.nextInt(MAX_LEVEL));
            int start = level.get(rnd.nextInt(level.size()));
            int at = start;
            int steps = 1 + rnd.nextInt(4);
            for (int s = 0; s < steps; s++) {
                List<int[]> up = nodes.get(at).owners.stream().filter(o -> nodes.get(o[0]).kind == Kind.ENTITY).toList();
                if (up.isEmpty()) {
                    break;
                }
                at = up.get(rnd.nextInt(up.size()))[0];
            }
            Node top = nodes.get(at);
            if (at == start || top.room < 1_00 || top.hasOwner(start)) {
                continue;
            }
            int stake = rnd.nextDouble() < 0.5 ? top.room : 1_00 + rnd.nextInt(top.room - 1_00 + 1);
            top.owners.add(new int[] {start, stake});
            top.room -= stake;
            cycleEdges++;
        }
    }

    private static String pick(SplittableRandom rnd, String[] from) {
        return from[rnd.nextInt(from.length)];
    }

    int edgeCount() {
        return nodes.stream().mapToInt(n -> n.owners.size()).sum();
    }

    static PartyId partyId(int id) {
        return PartyId.of("p" + id);
    }

    /**
     * The graph as stored rows, the analog of the SQL side's {@code party} and {@code edge} tables once loaded:
     * one row per party in id order (row index = party id) with the facts the rules read, and the stakes as
     * {@code (owner row, owned row, percent in hundredths)}, i.e. a {@code numeric(5,2)} column's unscaled value.
     * Stakes are listed per owned party in the same order as {@link #toDirectory()} lists its owners.
     */
    Rows toRows() {
        int count = nodes.size();
        Rows r = new Rows(count, edgeCount());
        Node[] byId = new Node[count];
        for (Node n : nodes) {
            byId[n.id] = n;
        }
        int e = 0;
        for (int id = 0; id < count; id++) {
            Node n = byId[id];
            r.id[id] = partyId(id);
            r.kind[id] = n.kind;
            r.designated[id] = n.designated;
            switch (n.kind) {
                case GOVERNMENT -> {
                    r.name[id] = "Government agency " + id + " (" + n.country + ")";
                    r.country[id] = CountryCode.of(n.country);
                }
                case INDIVIDUAL -> {
                    r.name[id] = "Individual " + id;
                    r.usStatus[id] = n.usStatus;
                    r.locatedIn[id] = CountryCode.of(n.locatedIn);
                    r.residence[id] = CountryCode.of(n.residence);
                }
                case ENTITY -> {
                    r.name[id] = "Company " + id;
                    r.organizedIn[id] = List.of(Arrays.stream(n.organizedIn).map(CountryCode::of)
                            .toArray(CountryCode[]::new));
                    r.ppb[id] = n.ppb == null ? null : CountryCode.of(n.ppb);
                    for (int[] o : n.owners) {
                        r.owner[e] = nodes.get(o[0]).id;
                        r.owned[e] = id;
                        r.hundredths[e] = o[1];
                        e++;
                    }
                }
            }
        }
        return r;
    }

    /** Party and stake rows, column-wise. */
    static final class Rows {
        final int parties;
        final int stakes;
        final PartyId[] id;
        final Kind[] kind;
        final String[] name;
        final boolean[] designated;
        final List<CountryCode>[] organizedIn;
        final CountryCode[] ppb;
        final UsStatus[] usStatus;
        final CountryCode[] locatedIn;
        final CountryCode[] residence;
        final CountryCode[] country;
        final int[] owner;
        final int[] owned;
        final long[] hundredths;

        @SuppressWarnings("unchecked")
        Rows(int parties, int stakes) {
            this.parties = parties;
            this.stakes = stakes;
            id = new PartyId[parties];
            kind = new Kind[parties];
            name = new String[parties];
            designated = new boolean[parties];
            organizedIn = new List[parties];
            ppb = new CountryCode[parties];
            usStatus = new UsStatus[parties];
            locatedIn = new CountryCode[parties];
            residence = new CountryCode[parties];
            country = new CountryCode[parties];
            owner = new int[stakes];
            owned = new int[stakes];
            hundredths = new long[stakes];
        }
    }

    /** The facts as the rules engine reads them, parties in id order. */
    PartyDirectory toDirectory() {
        Party[] byId = new Party[nodes.size()];
        for (Node n : nodes) {
            PartyId id = partyId(n.id);
            byId[n.id] = switch (n.kind) {
                case GOVERNMENT -> new Government(id, "Government agency " + n.id + " (" + n.country + ")",
                        CountryCode.of(n.country), Relationship.NONE, n.designated);
                case INDIVIDUAL -> new Individual(id, "Individual " + n.id, n.usStatus,
                        List.of(CountryCode.of(n.citizenship)), CountryCode.of(n.locatedIn),
                        CountryCode.of(n.residence), List.of(), Relationship.NONE, n.designated);
                case ENTITY -> new Entity(id, "Company " + n.id,
                        Arrays.stream(n.organizedIn).map(CountryCode::of).toList(),
                        n.ppb == null ? null : CountryCode.of(n.ppb),
                        n.owners.stream().map(o -> new Stake(partyId(nodes.get(o[0]).id),
                                new Percent(BigDecimal.valueOf(o[1], 2)))).toList(),
                        Relationship.NONE, null, n.designated);
            };
        }
        return PartyDirectory.of(Arrays.asList(byId));
    }
}
