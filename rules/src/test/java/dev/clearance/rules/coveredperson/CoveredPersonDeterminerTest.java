package dev.clearance.rules.coveredperson;

import static dev.clearance.domain.classification.CoveredPersonLimb.A1;
import static dev.clearance.domain.classification.CoveredPersonLimb.A2;
import static dev.clearance.domain.classification.CoveredPersonLimb.A3;
import static dev.clearance.domain.classification.CoveredPersonLimb.A4;
import static dev.clearance.domain.classification.CoveredPersonLimb.A5;
import static dev.clearance.rules.Facts.branch;
import static dev.clearance.rules.Facts.designated;
import static dev.clearance.rules.Facts.entity;
import static dev.clearance.rules.Facts.government;
import static dev.clearance.rules.Facts.person;
import static dev.clearance.rules.Facts.stake;
import static dev.clearance.rules.Facts.usEntity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.clearance.domain.classification.CoveredPersonLimb;
import dev.clearance.domain.party.Party;
import dev.clearance.domain.party.PartyDirectory;
import dev.clearance.domain.party.PartyId;
import dev.clearance.domain.party.UsStatus;
import dev.clearance.domain.shared.Percent;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** 28 CFR 202.211 and 202.256: limbs and aggregate covered ownership of the party {@code t}. */
class CoveredPersonDeterminerTest {

    private static Arguments row(String section, String name, List<Party> parties, Set<CoveredPersonLimb> limbs,
            String ownership, boolean usPerson) {
        return arguments(section, name, parties, limbs, ownership, usPerson);
    }

    static Stream<Arguments> parties() {
        Party cn = entity("cn", "CN Co.", "CN", "CN");
        Party cn2 = entity("cn2", "CN Two Co.", "CN", "CN");
        return Stream.of(
                row("202.211(a)(1)", "organized in China", List.of(entity("t", "T", "CN", "CN")), Set.of(A1), "0", false),
                row("202.211(a)(1)", "PPB in Russia only", List.of(entity("t", "T", "CY", "RU")), Set.of(A1), "0", false),
                row("202.211(a)(1)", "owned 50% by China's government", List.of(entity("t", "T", "DE", "DE", stake("g", "50")), government("g", "CN")), Set.of(A1), "50", false),
                row("202.211(a)(2)", "owned 50% by a covered company", List.of(entity("t", "T", "DE", "DE", stake("cn", "50")), cn), Set.of(A2), "50", false),
                row("202.211(a)(1)", "49.99% is not enough", List.of(entity("t", "T", "DE", "DE", stake("cn", "49.99")), cn), Set.of(), "49.99", false),
                row("202.211(a)(2)", "50.01% is enough", List.of(entity("t", "T", "DE", "DE", stake("cn", "50.01")), cn), Set.of(A2), "50.01", false),
                row("202.211(a)(2)", "24.995% + 25.005% add up exactly to 50%", List.of(entity("t", "T", "DE", "DE", stake("cn", "24.995"), stake("cn2", "25.005")), cn, cn2), Set.of(A2), "50", false),
                row("202.211(a)(1)-(2)", "government 20% + covered company 30%", List.of(entity("t", "T", "DE", "DE", stake("g", "20"), stake("cn", "30")), government("g", "CN"), cn), Set.of(A1, A2), "50", false),
                row("202.211(a)(1)", "owned by an (a)(2) entity is (a)(1)", List.of(entity("t", "T", "SG", "SG", stake("h", "100")), entity("h", "H", "VG", "VG", stake("cn", "80")), cn), Set.of(A1), "100", false),
                row("202.211(a)(2)", "owned by an (a)(4) individual", List.of(entity("t", "T", "DE", "DE", stake("p", "60")), person("p", null, "GB", "IR", "IR")), Set.of(A2), "60", false),
                row("202.211(a)(3)", "employee of a covered entity", List.of(person("t", null, "DE", "DE", "DE", "cn"), cn), Set.of(A3), "0", false),
                row("202.211(a)(3)", "employee of a non-covered entity", List.of(person("t", null, "CN", "DE", "DE", "de"), entity("de", "DE Co.", "DE", "DE")), Set.of(), "0", false),
                row("202.211(a)(4)", "resident in Macau", List.of(person("t", null, "PT", "MO", "MO")), Set.of(A4), "0", false),
                row("202.211(a)(3)-(4)", "resident in Cuba working for Cuba's government", List.of(person("t", null, "CU", "CU", "CU", "g"), government("g", "CU")), Set.of(A3, A4), "0", false),
                row("202.211(a)(5)", "designated foreign individual", List.of(designated(person("t", null, "FR", "FR", "FR"))), Set.of(A5), "0", false),
                row("202.256", "permanent resident with CN citizenship", List.of(person("t", UsStatus.PERMANENT_RESIDENT, "CN", "CN", "CN")), Set.of(), "0", true),
                row("202.256", "asylee resident in Iran is still a U.S. person", List.of(person("t", UsStatus.ASYLEE, "IR", "IR", "IR")), Set.of(), "0", true),
                row("202.256", "anyone located in the United States", List.of(person("t", null, "RU", "US", "RU")), Set.of(), "0", true),
                row("202.256", "U.S. entity 100% owned by China stays uncovered", List.of(entity("t", "T", "US", "CN", stake("cn", "100")), cn), Set.of(), "100", true),
                row("202.211(a)(5)", "designated U.S. entity is covered", List.of(designated(usEntity("t", "T"))), Set.of(A5), "0", true),
                row("202.256", "Puerto Rico is within the United States", List.of(entity("t", "T", "PR", "PR")), Set.of(), "0", true),
                row("202.211(a)(1)", "branch has its head office's status", List.of(branch("t", "T Branch", "DE", "ho"), entity("ho", "HO", "CN", "CN")), Set.of(A1), "0", false),
                row("202.256", "foreign branch of a U.S. head office", List.of(branch("t", "T Branch", "CN", "ho"), usEntity("ho", "HO")), Set.of(), "0", true),
                row("202.211(a)(2)", "two-node cycle with nothing outside stays uncovered", List.of(entity("t", "T", "DE", "DE", stake("x", "60")), entity("x", "X", "NL", "NL", stake("t", "60"))), Set.of(), "0", false),
                row("202.211(a)(1)", "cycle where the other node is covered from outside", List.of(entity("t", "T", "DE", "DE", stake("x", "60")), entity("x", "X", "NL", "NL", stake("t", "40"), stake("cn", "50")), cn), Set.of(A1), "60", false),
                row("202.211(a)(2)", "cycle that relies on itself for 50% stays uncovered", List.of(entity("t", "T", "DE", "DE", stake("x", "50")), entity("x", "X", "NL", "NL", stake("t", "30"), stake("cn", "40")), cn), Set.of(), "0", false),
                row("202.211(a)(2)", "self-ownership counts for nothing", List.of(entity("t", "T", "DE", "DE", stake("t", "60"), stake("cn", "40")), cn), Set.of(), "40", false),
                row("202.211(a)(2)", "three-level chain 60% each is covered (limbs alternate as the text cross-refers)", List.of(entity("t", "T", "DE", "DE", stake("a", "60")), entity("a", "A", "NL", "NL", stake("b", "60")), entity("b", "B", "LU", "LU", stake("cn", "60")), cn), Set.of(A2), "60", false));
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @MethodSource("parties")
    void determines_limbs_and_covered_ownership(String section, String name, List<Party> parties,
            Set<CoveredPersonLimb> limbs, String ownership, boolean usPerson) {
        CoveredPersonDetermination d = CoveredPersonDeterminer.determine(PartyId.of("t"), PartyDirectory.of(parties));

        assertThat(d.limbs()).as("limbs; findings %s", d.findings()).isEqualTo(limbs);
        assertThat(d.coveredOwnership()).isEqualTo(Percent.of(ownership));
        assertThat(d.usPerson()).isEqualTo(usPerson);
        assertThat(d.findings()).isNotEmpty();
    }

    @Test
    void a_government_of_a_country_of_concern_is_a_country_of_concern_not_a_covered_person() {
        CoveredPersonDetermination d = CoveredPersonDeterminer.determine(PartyId.of("g"),
                PartyDirectory.of(List.of(government("g", "VE"))));

        assertThat(d.countryOfConcern()).isTrue();
        assertThat(d.coveredPerson()).isFalse();
        assertThat(d.toStatus().isCountryOfConcernOrCoveredPerson()).isTrue();
    }

    @Test
    void the_explanation_names_the_owners_and_the_threshold() {
        CoveredPersonDetermination d = CoveredPersonDeterminer.determine(PartyId.of("t"), PartyDirectory.of(List.of(
                entity("t", "Target GmbH", "DE", "DE", stake("cn", "62.5")), entity("cn", "Owner Co.", "CN", "CN"))));

        assertThat(d.findings()).anySatisfy(f -> {
            assertThat(f.section()).isEqualTo("202.211(a)(2)");
            assertThat(f.text()).contains("62.5%", "'Owner Co.'", "threshold is met");
        });
    }
}
