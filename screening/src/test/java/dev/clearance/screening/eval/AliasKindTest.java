package dev.clearance.screening.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AliasKindTest {

    @ParameterizedTest(name = "{0} / {1} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            RODRIGUEZ OREJUELA, Miguel Angel | EL SENOR | true | unrelated
            KOREA MINING DEVELOPMENT TRADING CORPORATION | KOMID | false | unrelated
            AL-BARNAWI, Khalid | HAFSAT, Abu | false | unrelated
            KINGS ROMANS INTERNATIONAL (HK) CO., LIMITED | JIN MU MIAN | false | unrelated
            金铁三 | KIM CHOL SAM | false | unrelated
            Умаров Доку Хаматович | DOKU KHAMATOVICH UMAROV | false | cross-script
            الملثمون | AL MOULATHAMOUN | false | cross-script
            BANCO NACIONAL DE CUBA | BNC | true | weak-alias
            EUZKADI TA ASKATASUNA | ETA | true | weak-alias
            AL-HARBI, Nasir Muhammad 'Awad al-Ghidani | AL-HARBI, Abu-Bilal | true | weak-alias
            LASHKAR I JHANGVI | LASHKAR-I-JHANGVI | false | punctuation
            YAHYA ZADEH, Hamidreza | YAHYAZADEH, Hamid Reza | false | punctuation
            SOUSSOU, Habib | HABIB, Soussou | false | word-order
            PASARGAD BANK | BANK-E PASARGAD | false | word-order
            MARZUKI, Zulkifli | BIN MARZUKI, Zulkifli | false | particle-dropped
            AL-HAQ, Amin | UL-HAQ, Dr. Amin | false | particle-dropped
            IRAN ELECTRONIC DEVELOPMENT COMPANY | IRAN ELECTRONIC DEVELOPMENT | false | shortened
            SHAHVARPOUR NAJAFABADI, Hassan | SHAHVARPOUR, Hassan | false | shortened
            NPC INTERNATIONAL | N P C INTERNATIONAL LTD | false | shortened
            BATARFI, Khalid | BATARFI, Khaled | false | transliteration
            DAEDONG CREDIT BANK | TAEDONG CREDIT BANK | false | transliteration
            AL-KAWARI, Hamad | AL-KUWARI, Hamad | false | transliteration
            GORRIN BELISARIO, Raul | GORRIN, Raul Antonio | false | mixed
            """)
    void shouldLabelEachKindByTheDocumentedRule(String primary, String alias, boolean weak, String kind) {
        assertThat(AliasKind.classify(primary, alias, weak).label()).isEqualTo(kind);
    }

    @Test
    void shouldTreatTheSameConsonantSkeletonAsSimilarButNotASharedParticleOrLegalForm() {
        assertThat(AliasKind.skeleton("MUHAMMAD")).isEqualTo("MHMD");
        assertThat(AliasKind.skeleton("HOUTHI")).isEqualTo(AliasKind.skeleton("HUTHI"));
        assertThat(AliasKind.similar("MNSWR", "MANSUR")).isTrue();
        assertThat(AliasKind.similar("QASIM", "HAMAD")).isFalse();
        assertThat(AliasKind.classify("AL-NUR TRADING CO LTD", "AL-BARAKA TRADING CO LTD", false))
                .isEqualTo(AliasKind.UNRELATED);
    }

    @Test
    void shouldCountAnAcronymOnlyWhenItsLettersStartTheWordsInOrder() {
        assertThat(AliasKind.initialsOf(AliasKind.tokens("S.M.G."), AliasKind.tokens("SHAHID MEISAMI GROUP")))
                .isTrue();
        assertThat(AliasKind.initialsOf(AliasKind.tokens("GIA"), AliasKind.tokens("ARMED ISLAMIC GROUP"))).isFalse();
        assertThat(AliasKind.classify("ARMED ISLAMIC GROUP", "GIA", true)).isEqualTo(AliasKind.UNRELATED);
    }
}
