package dev.clearance.rules.coveredperson;

import static dev.clearance.rules.Facts.designated;
import static dev.clearance.rules.Facts.entity;
import static dev.clearance.rules.Facts.government;
import static dev.clearance.rules.Facts.stake;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.domain.party.Party;
import dev.clearance.domain.party.PartyDirectory;
import dev.clearance.domain.party.PartyId;
import dev.clearance.domain.shared.Percent;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The ownership paths behind a covered-person status, and batch determination over one graph. */
class DecidingPathsTest {

    private static List<String> ids(List<PartyId> path) {
        return path.stream().map(PartyId::value).toList();
    }

    private static Map<PartyId, DeterminationWithPaths> all(List<Party> parties, String... targets) {
        return CoveredPersonDeterminer.determineAll(List.of(targets).stream().map(PartyId::of).toList(),
                PartyDirectory.of(parties));
    }

    @Test
    void shouldListTheChainFromTheChineseParentDownToTheVendor() {
        List<Party> parties = List.of(entity("de", "German Vendor", "DE", "DE", stake("nl", "70")),
                entity("nl", "Dutch Holding", "NL", "NL", stake("cn", "70")), entity("cn", "CN Co.", "CN", "CN"));

        DeterminationWithPaths d = all(parties, "de").get(PartyId.of("de"));

        assertThat(d.determination().coveredPerson()).isTrue();
        assertThat(d.determination().coveredOwnership()).isEqualTo(Percent.of("70"));
        assertThat(d.paths()).map(DecidingPathsTest::ids).containsExactly(List.of("cn", "nl", "de"));
    }

    @Test
    void shouldListOnePathPerCoveredOwnerWhenStakesAddUp() {
        List<Party> parties = List.of(entity("t", "T", "DE", "DE", stake("g", "30"), stake("x", "20"), stake("y", "50")),
                government("g", "CN"), designated(entity("x", "X", "FR", "FR")), entity("y", "Y", "FR", "FR"));

        DeterminationWithPaths d = all(parties, "t").get(PartyId.of("t"));

        assertThat(d.paths()).map(DecidingPathsTest::ids).containsExactlyInAnyOrder(List.of("g", "t"), List.of("x", "t"));
    }

    @Test
    void shouldGiveThePartyItselfWhenCoveredOnItsOwnFacts() {
        DeterminationWithPaths d = all(List.of(entity("t", "T", "CN", "CN")), "t").get(PartyId.of("t"));

        assertThat(d.paths()).map(DecidingPathsTest::ids).containsExactly(List.of("t"));
    }

    @Test
    void shouldGiveNoPathWhenNotCoveredAndTerminateOnACycle() {
        List<Party> parties = List.of(entity("t", "T", "DE", "DE", stake("x", "60")),
                entity("x", "X", "NL", "NL", stake("t", "60")));

        Map<PartyId, DeterminationWithPaths> d = all(parties, "t", "x");

        assertThat(d.values()).allSatisfy(r -> {
            assertThat(r.determination().coveredPerson()).isFalse();
            assertThat(r.paths()).isEmpty();
        });
    }

    @Test
    void shouldGiveTheSameDeterminationsAsOneAtATime() {
        List<Party> parties = List.of(entity("t", "T", "DE", "DE", stake("x", "60")),
                entity("x", "X", "NL", "NL", stake("t", "40"), stake("cn", "50")), entity("cn", "CN", "CN", "CN"));
        PartyDirectory dir = PartyDirectory.of(parties);

        Map<PartyId, DeterminationWithPaths> batch = all(parties, "t", "x", "cn");

        for (String id : List.of("t", "x", "cn")) {
            assertThat(batch.get(PartyId.of(id)).determination())
                    .isEqualTo(CoveredPersonDeterminer.determine(PartyId.of(id), dir));
        }
        assertThat(batch.get(PartyId.of("t")).paths()).map(DecidingPathsTest::ids)
                .containsExactly(List.of("cn", "x", "t"));
    }
}
