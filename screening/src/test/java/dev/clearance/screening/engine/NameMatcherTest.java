package dev.clearance.screening.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class NameMatcherTest {

    private static double score(String a, String b) {
        return NameMatcher.score(a, b).score();
    }

    @Test
    void shouldScoreOneForTheSameNameWrittenDifferently() {
        assertThat(score("Harrowfield Bearings Limited", "HARROWFIELD BEARINGS LTD.")).isEqualTo(1.0);
        assertThat(score("HUSSEIN, Saddam", "Saddam Hussein")).isEqualTo(1.0);
        assertThat(score("Ets Diallo", "EtsDiallo")).isEqualTo(1.0);
        assertThat(score("Société Camerounaise de Cacao", "Societe Camerounaise de Cacao")).isEqualTo(1.0);
    }

    @Test
    void shouldScoreTyposAndRomanisationVariantsAboveTheThreshold() {
        assertThat(score("Kipkorir Cereals Ltd", "Kipkorrir Cereals Ltd")).isGreaterThanOrEqualTo(0.92);
        assertThat(score("KAPITAN ZAVYALOV", "KAPITAN ZAVJALOV")).isGreaterThanOrEqualTo(0.92);
        assertThat(score("Husain Brothers Industries", "Hussain Brothers Industries")).isGreaterThanOrEqualTo(0.92);
    }

    @Test
    void shouldScoreNamesDifferingByARealWordBelowTheThreshold() {
        assertThat(score("Brennock Steel Tubes Ltd", "Brennock Steel Wires Ltd")).isLessThan(0.92);
        assertThat(score("Sino Iron I", "Sino Iron II")).isLessThan(0.92);
        assertThat(score("Varsk Global Trading LLC", "Tollmere Global Trading LLC")).isLessThan(0.8);
    }

    @Test
    void shouldPenaliseLegalFormsOfDifferentJurisdictions() {
        NameScore s = NameMatcher.score("Korvessa Industrial GmbH", "Korvessa Industrial Sdn. Bhd.");

        assertThat(s.legalFormConflict()).isTrue();
        assertThat(s.tokenScore()).isEqualTo(1.0);
        assertThat(s.score()).isLessThan(0.92);
        assertThat(NameMatcher.score("Tõrva Puidutöö OÜ", "Tõrva Puidutöö Ltd").legalFormConflict()).isFalse();
    }

    @Test
    void shouldMatchAFormerNameInParentheses() {
        assertThat(score("Ocean Pioneer (ex-Cape Diamond)", "Cape Diamond")).isEqualTo(1.0);
    }

    @Provide
    Arbitrary<String> names() {
        Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').withChars('é', 'ü', 'Ж', 'ß')
                .ofMinLength(1).ofMaxLength(10);
        Arbitrary<String> sep = Arbitraries.of(" ", ", ", "-", " & ", ". ");
        return Arbitraries.lazy(() -> word.list().ofMinSize(1).ofMaxSize(5)
                .flatMap(ws -> sep.map(s -> String.join(s, ws))));
    }

    @Property(tries = 300)
    void scoreIsBetweenZeroAndOne(@ForAll("names") String a, @ForAll("names") String b) {
        NameScore s = NameMatcher.score(a, b);

        assertThat(s.score()).isBetween(0.0, 1.0);
        assertThat(s.tokenScore()).isBetween(0.0, 1.0);
        assertThat(s.nameScore()).isBetween(0.0, 1.0);
    }

    @Property(tries = 300)
    void scoreIsSymmetric(@ForAll("names") String a, @ForAll("names") String b) {
        assertThat(score(a, b)).isCloseTo(score(b, a), org.assertj.core.data.Offset.offset(1e-9));
    }

    @Property(tries = 300)
    void aNameScoresOneAgainstItself(@ForAll("names") String a) {
        assertThat(score(a, a)).isIn(1.0, 0.0);
        if (!dev.clearance.screening.normalize.NameNormalizer.normalize(a).isEmpty()) {
            assertThat(score(a, a)).isEqualTo(1.0);
        }
    }

    @Provide
    Arbitrary<java.util.List<String>> words() {
        return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(3).ofMaxLength(10).list().ofMinSize(1)
                .ofMaxSize(5);
    }

    @Property(tries = 200)
    void tokenOrderDoesNotMatter(@ForAll("words") java.util.List<String> words) {
        java.util.List<String> reversed = new java.util.ArrayList<>(words);
        java.util.Collections.reverse(reversed);
        String a = String.join(" ", words);
        String b = String.join(" ", reversed);
        // NB: a legal-form or stop word ("ltd", "and") is removed, so only names that keep all words qualify
        net.jqwik.api.Assume.that(dev.clearance.screening.normalize.NameNormalizer.normalize(a).tokens().size()
                == words.size());

        assertThat(NameMatcher.score(a, b).score()).isEqualTo(1.0);
    }
    @Provide
    Arbitrary<String> upperWords() {
        // NB: a small alphabet makes near pairs (shared letters, shared prefixes) common.
        return Arbitraries.strings().withChars("ABDEHIKLMNORSUVY").ofMinLength(1).ofMaxLength(12);
    }

    @Property(tries = 2000)
    void aPairSkippedWithoutJaroWinklerScoresBelowTheMinimumPair(@ForAll("upperWords") String x,
            @ForAll("upperWords") String y) {
        dev.clearance.screening.normalize.Token a = new dev.clearance.screening.normalize.Token(x, 1.0, false);
        dev.clearance.screening.normalize.Token b = new dev.clearance.screening.normalize.Token(y, 1.0, false);

        if (NameMatcher.belowMinPair(a, NameMatcher.letterCounts(x), b, NameMatcher.DEFAULT)) {
            assertThat(NameMatcher.tokenSimilarity(a, b, NameMatcher.DEFAULT))
                    .isLessThan(NameMatcher.DEFAULT.minPair());
        }
    }

    @Test
    void shouldSkipJaroWinklerOnlyForWordsFarApart() {
        dev.clearance.screening.normalize.Token ivanov = new dev.clearance.screening.normalize.Token("IVANOV", 1, false);

        assertThat(NameMatcher.belowMinPair(ivanov, NameMatcher.letterCounts("IVANOV"),
                new dev.clearance.screening.normalize.Token("PETROV", 1, false), NameMatcher.DEFAULT)).isTrue();
        assertThat(NameMatcher.belowMinPair(ivanov, NameMatcher.letterCounts("IVANOV"),
                new dev.clearance.screening.normalize.Token("IVANOVA", 1, false), NameMatcher.DEFAULT)).isFalse();
        assertThat(NameMatcher.belowMinPair(ivanov, NameMatcher.letterCounts("IVANOV"),
                new dev.clearance.screening.normalize.Token("IWANOW", 1, false), NameMatcher.DEFAULT)).isFalse();
    }

    @Property(tries = 500)
    void theTokenScoreBoundIsAnUpperBound(@ForAll("names") String a, @ForAll("names") String b) {
        java.util.List<dev.clearance.screening.normalize.Token> x =
                dev.clearance.screening.normalize.NameNormalizer.normalize(a).tokens();
        java.util.List<dev.clearance.screening.normalize.Token> y =
                dev.clearance.screening.normalize.NameNormalizer.normalize(b).tokens();

        assertThat(NameMatcher.tokenScoreBound(x, y))
                .isGreaterThanOrEqualTo(NameMatcher.tokenScore(x, y, NameMatcher.DEFAULT, null) - 1e-12);
    }

    @Property(tries = 300)
    void aPreparedQueryScoresAsThePairwiseFunctionAboveItsFloor(@ForAll("names") String a, @ForAll("names") String b) {
        java.util.List<dev.clearance.screening.normalize.NormalizedName> q =
                dev.clearance.screening.normalize.NameNormalizer.variants(a);
        java.util.List<dev.clearance.screening.normalize.NormalizedName> c =
                dev.clearance.screening.normalize.NameNormalizer.variants(b);
        double exact = NameMatcher.score(q, c).score();

        for (double floor : new double[] {0.0, 0.5, 0.85, 0.92}) {
            NameScore prepared = NameMatcher.prepare(q).score(c, floor);
            if (exact >= floor) {
                assertThat(prepared.score()).isCloseTo(exact, org.assertj.core.data.Offset.offset(1e-12));
            } else {
                assertThat(prepared.score()).isLessThan(floor);
            }
        }
    }
}
