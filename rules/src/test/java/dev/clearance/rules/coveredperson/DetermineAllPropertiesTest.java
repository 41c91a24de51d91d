package dev.clearance.rules.coveredperson;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The int-indexed worklist engine against the engine it replaced ({@link ReferenceCoveredPersonDeterminer}, a
 * naive re-check-everything fixed point) on random small graphs with ownership cycles, self-stakes, branches
 * (incl. branch loops), employment and U.S. persons: every determination (limbs, ownership, findings) and every
 * list of deciding paths must be equal, in batch and one party at a time.
 */
class DetermineAllPropertiesTest {

    private static final String[] COUNTRIES = {"CN", "RU", "HK", "US", "PR", "DE", "GB", "FR"};
    private static final String[] PERCENTS = {"0", "0.01", "10", "20", "24.995", "25", "25.005", "30", "40", "49.99",
        "50", "60", "100"};
    /** Finer than the engine sums as longs: forces its exact BigDecimal path for the whole graph. */
    private static final String FINE = "0.0000000000000001";

    /** Reads the generated ints one at a time, wrapping around. */
    private static final class Tape {
        private final List<Integer> values;
        private int at;

        Tape(List<Integer> values) {
            this.values = values;
        }

        int next(int bound) {
            return values.isEmpty() ? 0 : Math.floorMod(values.get(at++ % values.size()), bound);
        }

        CountryCode country() {
            return CountryCode.of(COUNTRIES[next(COUNTRIES.length)]);
        }
    }

    static List<Party> graph(int size, List<Integer> values) {
        Tape t = new Tape(values);
        List<Party> out = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            PartyId id = PartyId.of("p" + i);
            String name = t.next(5) == 0 ? "" : "Party " + i;
            boolean designated = t.next(8) == 0;
            int kind = t.next(7);
            if (kind <= 3) {
                List<CountryCode> organized = new ArrayList<>();
                for (int k = t.next(3); k > 0; k--) {
                    organized.add(t.country());
                }
                CountryCode ppb = t.next(3) == 0 ? null : t.country();
                List<Stake> owners = new ArrayList<>();
                for (int k = t.next(5); k > 0; k--) {
                    String percent = t.next(40) == 0 ? FINE : PERCENTS[t.next(PERCENTS.length)];
                    owners.add(new Stake(PartyId.of("p" + t.next(size)), Percent.of(percent)));
                }
                PartyId branchOf = null;
                if (kind == 3) {
                    int head = t.next(size);
                    branchOf = head == i ? null : PartyId.of("p" + head);
                }
                out.add(new Entity(id, name, organized, ppb, owners, Relationship.NONE, branchOf, designated));
            } else if (kind <= 5) {
                UsStatus status = t.next(6) == 0 ? UsStatus.values()[t.next(UsStatus.values().length)] : null;
                List<PartyId> employers = new ArrayList<>();
                for (int k = t.next(3); k > 0; k--) {
                    employers.add(PartyId.of("p" + t.next(size)));
                }
                out.add(new Individual(id, name, status, List.of(t.country()), t.next(3) == 0 ? null : t.country(),
                        t.next(3) == 0 ? null : t.country(), employers, Relationship.NONE, designated));
            } else {
                out.add(new Government(id, name, t.country(), Relationship.NONE, designated));
            }
        }
        return out;
    }

    @Property(tries = 2000)
    void determine_all_gives_what_the_reference_engine_gives(@ForAll @IntRange(min = 1, max = 12) int size,
            @ForAll @Size(min = 1, max = 200) List<@IntRange(min = 0, max = 1_000_000) Integer> tape) {
        List<Party> parties = graph(size, tape);
        PartyDirectory dir = PartyDirectory.of(parties);
        List<PartyId> targets = parties.stream().map(Party::id).toList();

        Map<PartyId, DeterminationWithPaths> actual = CoveredPersonDeterminer.determineAll(targets, dir);
        Map<PartyId, DeterminationWithPaths> expected = ReferenceCoveredPersonDeterminer.determineAll(targets, dir);

        assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
        for (PartyId id : targets) {
            assertThat(actual.get(id).determination()).as("%s in %s", id, parties)
                    .isEqualTo(expected.get(id).determination());
            assertThat(actual.get(id).paths()).as("paths of %s in %s", id, parties)
                    .isEqualTo(expected.get(id).paths());
        }
    }

    @Property(tries = 1000)
    void determine_all_gives_what_determine_gives_one_party_at_a_time(
            @ForAll @IntRange(min = 1, max = 12) int size,
            @ForAll @Size(min = 1, max = 200) List<@IntRange(min = 0, max = 1_000_000) Integer> tape,
            @ForAll @IntRange(min = 0, max = 11) int firstTarget) {
        List<Party> parties = graph(size, tape);
        PartyDirectory dir = PartyDirectory.of(parties);
        // a subset of targets, in an order other than the directory's
        List<PartyId> targets = new ArrayList<>();
        for (int k = 0; k < size; k += 2) {
            targets.add(parties.get((firstTarget + k) % size).id());
        }

        Map<PartyId, DeterminationWithPaths> batch = CoveredPersonDeterminer.determineAll(targets, dir);

        assertThat(batch.keySet()).containsExactlyElementsOf(targets);
        for (PartyId id : targets) {
            CoveredPersonDetermination one = CoveredPersonDeterminer.determine(id, dir);
            assertThat(batch.get(id).determination()).as("%s in %s", id, parties).isEqualTo(one);
            assertThat(one).isEqualTo(ReferenceCoveredPersonDeterminer.determine(id, dir));
        }
    }

    @Example
    void stakes_finer_than_a_long_still_add_up_exactly() {
        List<Party> parties = List.of(
                new Entity(PartyId.of("t"), "T", List.of(CountryCode.of("DE")), null,
                        List.of(new Stake(PartyId.of("a"), Percent.of("49.9999999999999999")),
                                new Stake(PartyId.of("b"), Percent.of(FINE))),
                        Relationship.NONE, null, false),
                new Entity(PartyId.of("a"), "A", List.of(CountryCode.of("CN")), null, List.of(), Relationship.NONE,
                        null, false),
                new Government(PartyId.of("b"), "B", CountryCode.of("RU"), Relationship.NONE, false));
        PartyDirectory dir = PartyDirectory.of(parties);

        DeterminationWithPaths d = CoveredPersonDeterminer.determineAll(List.of(PartyId.of("t")), dir)
                .get(PartyId.of("t"));

        assertThat(d.determination().coveredPerson()).isTrue();
        assertThat(d.determination().coveredOwnership()).isEqualTo(Percent.of("50"));
        assertThat(d.determination()).isEqualTo(ReferenceCoveredPersonDeterminer.determine(PartyId.of("t"), dir));
        assertThat(d.paths()).isEqualTo(ReferenceCoveredPersonDeterminer.determineAll(List.of(PartyId.of("t")), dir)
                .get(PartyId.of("t")).paths());
    }
}
