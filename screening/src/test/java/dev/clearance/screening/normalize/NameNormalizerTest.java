package dev.clearance.screening.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameNormalizerTest {

    private static String joined(String name) {
        return NameNormalizer.normalize(name).joined();
    }

    @Test
    void shouldRemoveDiacriticsCaseAndPunctuation() {
        assertThat(joined("José Müller-Lüdenscheidt")).isEqualTo("JOSE MULLER LUDENSCHEIDT");
        assertThat(joined("Łódź Wytwórnia Sieci")).isEqualTo("LODZ WYTWORNIA SIECI");
        assertThat(joined("O'Brien")).isEqualTo("OBRIEN");
    }

    @Test
    void shouldRemoveCompanySuffixesAndRememberTheirJurisdiction() {
        NormalizedName gmbh = NameNormalizer.normalize("Acme Maschinenbau GmbH");
        assertThat(gmbh.joined()).isEqualTo("ACME MASCHINENBAU");
        assertThat(gmbh.jurisdictions()).contains("DE", "AT", "CH");

        assertThat(joined("Tamarind Bay Seafood Co., Ltd.")).isEqualTo("TAMARIND BAY SEAFOOD");
        assertThat(joined("OOO Romashka")).isEqualTo("ROMASHKA");
        assertThat(joined("ZAO Neftegaz")).isEqualTo("NEFTEGAZ");
        assertThat(joined("Rancho Vercel Importadora S.A. de C.V.")).isEqualTo("RANCHO VERCEL IMPORTADORA");
        assertThat(joined("Bursztynowa Przystań Sp. z o.o.")).isEqualTo("BURSZTYNOWA PRZYSTAN");
        assertThat(joined("Acme LLC")).isEqualTo(joined("ACME, L.L.C."));
        assertThat(NameNormalizer.normalize("Acme LLC").jurisdictions()).isEmpty();
    }

    @Test
    void shouldKeepANameThatIsOnlyALegalFormWord() {
        assertThat(joined("Company")).isEqualTo("COMPANY");
    }

    @Test
    void shouldGiveTheSameSortedFormWhateverTheTokenOrder() {
        assertThat(NameNormalizer.normalize("HUSSEIN, Saddam").sorted())
                .isEqualTo(NameNormalizer.normalize("Saddam Hussein").sorted());
    }

    @Test
    void shouldTransliterateCyrillicGreekAndArabicScript() {
        assertThat(joined("Владимир Путин")).isEqualTo("VLADIMIR PUTIN");
        assertThat(joined("Дмитрий Медведев")).isEqualTo("DMITRIY MEDVEDEV");
        assertThat(joined("ООО «Ромашка»")).isEqualTo("ROMASHKA");
        assertThat(joined("Αλέξης Τσίπρας")).matches("[A-Z ]+").startsWith("ALEX");
        assertThat(joined("صدام حسين")).matches("[A-Z ]+").isNotBlank();
    }

    @Test
    void shouldMarkNumeralsAndMergeSingleLetters() {
        NormalizedName n = NameNormalizer.normalize("Seraphine Navigation II S.A.");
        assertThat(n.joined()).isEqualTo("SERAPHINE NAVIGATION 2");
        assertThat(n.tokens().get(2).number()).isTrue();
        assertThat(joined("N.K. Bansal & Co.")).isEqualTo("NK BANSAL");
        assertThat(joined("THONG NAWA NO.3")).isEqualTo("THONG NAWA 3");
    }

    @Test
    void shouldDropLabelsVesselPrefixesAndWeighAnnotationsLess() {
        assertThat(joined("BENEFICIARY: Kalliosaari Trading Oy")).isEqualTo("KALLIOSAARI TRADING");
        assertThat(joined("M/V Pelgarra Glory")).isEqualTo("PELGARRA GLORY");
        NormalizedName branch = NameNormalizer.normalize("Muheza Sisal Estates Ltd (Korogwe Branch)");
        assertThat(branch.tokens()).filteredOn(t -> t.text().equals("KOROGWE"))
                .allSatisfy(t -> assertThat(t.weight()).isLessThan(0.5));
        NormalizedName country = NameNormalizer.normalize("Marrowby Chemicals (Thailand) Co., Ltd.");
        assertThat(country.tokens()).filteredOn(t -> t.text().equals("THAILAND"))
                .allSatisfy(t -> assertThat(t.weight()).isEqualTo(1.0));
    }

    @Test
    void shouldSplitFormerNamesIntoVariants() {
        assertThat(NameNormalizer.variants("Ocean Pioneer (ex-Cape Diamond)")).extracting(NormalizedName::joined)
                .containsExactly("OCEAN PIONEER", "CAPE DIAMOND");
    }

    @Test
    void shouldFoldRomanisationVariantsIntoOneSpellingKey() {
        assertThat(Token.spellingKey("ZAVYALOV")).isEqualTo(Token.spellingKey("ZAVJALOV"));
        assertThat(Token.spellingKey("KHARITONOV")).isEqualTo(Token.spellingKey("HARITONOV"));
        assertThat(Token.spellingKey("KHOURY")).isEqualTo(Token.spellingKey("KHOURI"));
        assertThat(Token.spellingKey("SMITH")).isNotEqualTo(Token.spellingKey("SMYTHE"));
    }
}
