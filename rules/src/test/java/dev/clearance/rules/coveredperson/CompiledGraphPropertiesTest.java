package dev.clearance.rules.coveredperson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clearance.domain.party.Entity;
import dev.clearance.domain.party.Government;
import dev.clearance.domain.party.Individual;
import dev.clearance.domain.party.Party;
import dev.clearance.domain.party.PartyDirectory;
import dev.clearance.domain.party.PartyId;
import dev.clearance.domain.party.Relationship;
import dev.clearance.domain.party.Stake;
import dev.clearance.domain.shared.CountryCode;
import dev.clearance.domain.shared.Percent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The compiled-graph path the API and the benchmark take (rows fed to {@link CoveredPersonGraph#builder}, solved
 * by {@link CoveredPersonDeterminer#solve}) against the directory path ({@code determineAll(targets,
 * PartyDirectory)}) and the reference engine, on random graphs with ownership cycles, self-stakes, branches,
 * employment, U.S. persons and dated stakes: each stake row has a validity, and both paths see only the stakes in
 * force on a random as-of date, as the persistence layer hands them over. Every determination (limbs, aggregate
 * covered ownership under the OFAC 50% rule, findings) and every list of deciding paths (28 CFR 202.211(a)) must
 * be equal.
 */
class CompiledGraphPropertiesTest {

    /** A stored stake: in force from day {@code from} (inclusive) to day {@code to} (exclusive). */
    record StakeRow(int owner, int owned, Percent percent, int from, int to) {
        StakeRow {
            if (to <= from) {
                throw new IllegalArgumentException("a stake ends after it starts: " + from + ".." + to);
            }
        }

        boolean inForce(int day) {
            return from <= day && day < to;
        }
    }

    private static final int OPEN = Integer.MAX_VALUE;

    /** Dates the owners of the generated parties' entities: each stake gets a validity from the tape. */
    private static List<StakeRow> stakeRows(List<Party> parties, List<Integer> tape) {
        List<StakeRow> rows = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < parties.size(); i++) {
            if (parties.get(i) instanceof Entity e) {
                for (Stake s : e.owners()) {
                    int a = tape.get(at++ % tape.size());
                    int from = Math.floorMod(a, 4);
                    int to = Math.floorMod(a >> 3, 3) == 0 ? OPEN : from + 1 + Math.floorMod(a >> 5, 4);
                    rows.add(new StakeRow(index(s.owner()), i, s.percent(), from, to));
                }
            }
        }
        return rows;
    }

    private static int index(PartyId id) {
        return Integer.parseInt(id.value().substring(1));
    }

    /** The facts as of {@code day} as a directory: each entity's owners are its stakes in force, in row order. */
    private static PartyDirectory directoryAsOf(List<Party> parties, List<StakeRow> rows, int day) {
        List<Party> out = new ArrayList<>();
        for (int i = 0; i < parties.size(); i++) {
            Party p = parties.get(i);
            if (p instanceof Entity e) {
                List<Stake> owners = new ArrayList<>();
                for (StakeRow r : rows) {
                    if (r.owned() == i && r.inForce(day)) {
                        owners.add(new Stake(parties.get(r.owner()).id(), r.percent()));
                    }
                }
                out.add(new Entity(e.id(), e.name(), e.organizedIn(), e.principalPlaceOfBusiness(), owners,
                        e.relationship(), e.branchOf(), e.designatedCoveredPerson()));
            } else {
                out.add(p);
            }
        }
        return PartyDirectory.of(out);
    }

    /**
     * The same facts fed to the builder as rows: parties by index, then the stakes in force on {@code day} in row
     * order, some as a {@link Percent} and some as unscaled units at their own or a finer scale (so stakes of
     * different scales are put on one), then employment and head offices.
     */
    private static CoveredPersonGraph graphAsOf(List<Party> parties, List<StakeRow> rows, int day, int form) {
        CoveredPersonGraph.Builder b = CoveredPersonGraph.builder(parties.size(), rows.size());
        for (Party p : parties) {
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
        int k = 0;
        for (StakeRow r : rows) {
            if (!r.inForce(day)) {
                continue;
            }
            BigDecimal v = r.percent().value();
            int finer = Math.floorMod(form + k++, 3);
            if (finer == 0 || v.scale() + finer > CoveredPersonGraph.MAX_LONG_SCALE) {
                b.stake(r.owner(), r.owned(), r.percent());
            } else {
                int scale = v.scale() + finer - 1;
                b.stake(r.owner(), r.owned(), v.movePointRight(scale).longValueExact(), scale);
            }
        }
        for (int i = 0; i < parties.size(); i++) {
            Party p = parties.get(i);
            if (p instanceof Entity e && e.branchOf() != null) {
                b.branchOf(i, index(e.branchOf()));
            } else if (p instanceof Individual ind) {
                for (PartyId employer : ind.employers()) {
                    b.employment(i, index(employer));
                }
            }
        }
        return b.build();
    }

    @Property(tries = 2000)
    void the_compiled_graph_gives_what_the_directory_and_the_reference_give(
            @ForAll @IntRange(min = 1, max = 12) int size,
            @ForAll @Size(min = 1, max = 200) List<@IntRange(min = 0, max = 1_000_000) Integer> tape,
            @ForAll @IntRange(min = 0, max = 7) int day,
            @ForAll @IntRange(min = 0, max = 2) int form) {
        List<Party> parties = DetermineAllPropertiesTest.graph(size, tape);
        List<StakeRow> rows = stakeRows(parties, tape);
        PartyDirectory dir = directoryAsOf(parties, rows, day);
        List<PartyId> targets = parties.stream().map(Party::id).toList();

        CoveredPersonGraph graph = graphAsOf(parties, rows, day, form);
        CoveredPersonDeterminer solved = CoveredPersonDeterminer.solve(graph);
        Map<PartyId, DeterminationWithPaths> viaDirectory = CoveredPersonDeterminer.determineAll(targets, dir);
        Map<PartyId, DeterminationWithPaths> reference = ReferenceCoveredPersonDeterminer.determineAll(targets, dir);

        assertThat(graph.size()).isEqualTo(size);
        for (int i = 0; i < size; i++) {
            PartyId id = parties.get(i).id();
            assertThat(graph.id(i)).isEqualTo(id);
            assertThat(graph.indexOf(id)).isEqualTo(i);
            DeterminationWithPaths compiled = solved.determination(i);
            assertThat(compiled.determination()).as("%s on day %d in %s", id, day, dir)
                    .isEqualTo(viaDirectory.get(id).determination())
                    .isEqualTo(reference.get(id).determination());
            assertThat(compiled.paths()).as("paths of %s on day %d in %s", id, day, dir)
                    .isEqualTo(viaDirectory.get(id).paths())
                    .isEqualTo(reference.get(id).paths());
            assertThat(solved.covered(i)).isEqualTo(compiled.determination().coveredPerson());
            assertThat(solved.countryOfConcern(i)).isEqualTo(compiled.determination().countryOfConcern());
        }
    }

    @Example
    void a_stake_that_ends_on_the_as_of_date_no_longer_counts() {
        List<Party> parties = List.of(
                new Entity(PartyId.of("p0"), "Target", List.of(CountryCode.of("DE")), null,
                        List.of(new Stake(PartyId.of("p1"), Percent.of("50"))), Relationship.NONE, null, false),
                new Government(PartyId.of("p1"), "Ministry", CountryCode.of("CN"), Relationship.NONE, false));
        List<StakeRow> rows = List.of(new StakeRow(1, 0, Percent.of("50"), 1, 3));

        assertThat(CoveredPersonDeterminer.solve(graphAsOf(parties, rows, 0, 0)).covered(0)).isFalse();
        assertThat(CoveredPersonDeterminer.solve(graphAsOf(parties, rows, 2, 1)).covered(0)).isTrue();
        assertThat(CoveredPersonDeterminer.solve(graphAsOf(parties, rows, 3, 2)).covered(0)).isFalse();
    }

    @Example
    void the_builder_refuses_what_the_directory_refuses() {
        CoveredPersonGraph.Builder b = CoveredPersonGraph.builder(2, 1);
        int e = b.entity(PartyId.of("e"), "E", List.of(), null, false);
        int i = b.individual(PartyId.of("i"), "I", null, null, null, false);

        assertThatThrownBy(() -> b.stake(i, e, 10_001, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.stake(i, e, 1, 16)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.branchOf(e, e)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.branchOf(i, e)).isInstanceOf(IllegalArgumentException.class);

        CoveredPersonGraph.Builder intoIndividual = CoveredPersonGraph.builder(2, 1);
        int e2 = intoIndividual.entity(PartyId.of("e"), "E", List.of(), null, false);
        int i2 = intoIndividual.individual(PartyId.of("i"), "I", null, null, null, false);
        intoIndividual.stake(e2, i2, Percent.of("50"));
        assertThatThrownBy(intoIndividual::build).hasMessageContaining("only an entity has owners");

        CoveredPersonGraph.Builder dangling = CoveredPersonGraph.builder(1, 1);
        int e3 = dangling.entity(PartyId.of("e"), "E", List.of(), null, false);
        dangling.stake(7, e3, Percent.of("50"));
        assertThatThrownBy(dangling::build).hasMessageContaining("not a party of the graph");

        CoveredPersonGraph.Builder twice = CoveredPersonGraph.builder(1, 0);
        twice.entity(PartyId.of("e"), "E", List.of(), null, false);
        twice.build();
        assertThatThrownBy(twice::build).isInstanceOf(IllegalStateException.class);

        CoveredPersonGraph.Builder duplicate = CoveredPersonGraph.builder(2, 0);
        duplicate.entity(PartyId.of("e"), "E", List.of(), null, false);
        duplicate.entity(PartyId.of("e"), "E again", List.of(), null, false);
        CoveredPersonGraph g = duplicate.build();
        assertThatThrownBy(() -> g.indexOf(PartyId.of("e"))).hasMessageContaining("duplicate party id");
    }

    @Example
    void stakes_of_different_scales_add_up_exactly_on_one_scale() {
        CoveredPersonGraph.Builder b = CoveredPersonGraph.builder(3, 2);
        int t = b.entity(PartyId.of("t"), "T", List.of(CountryCode.of("DE")), null, false);
        int a = b.government(PartyId.of("a"), "A", CountryCode.of("CN"), false);
        int c = b.government(PartyId.of("c"), "C", CountryCode.of("RU"), false);
        b.stake(a, t, 4999, 2).stake(c, t, Percent.of("0.0100"));
        CoveredPersonDeterminer d = CoveredPersonDeterminer.solve(b.build());

        assertThat(d.covered(t)).isTrue();
        assertThat(d.determination(t).determination().coveredOwnership()).isEqualTo(Percent.of("50"));
        assertThat(d.determination(t).determination().findings().get(0).text())
                .contains("49.99% held by 'A'", "0.01% held by 'C'");
    }
}
