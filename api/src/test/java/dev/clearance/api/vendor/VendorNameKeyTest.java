package dev.clearance.api.vendor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VendorNameKeyTest {
    @Test
    void shouldIgnoreCaseSpacingPunctuationAndLegalForms() {
        String key = VendorNameKey.of("Acme Cloud Ltd");
        assertThat(key).isEqualTo("ACMECLOUD");
        assertThat(VendorNameKey.of("  ACME   cloud, LTD. ")).isEqualTo(key);
        assertThat(VendorNameKey.of("Acme Cloud LLC")).isEqualTo(key);
        assertThat(VendorNameKey.of("Acme Cloud, Inc.")).isEqualTo(key);
        assertThat(VendorNameKey.of("Acme-Cloud GmbH")).isEqualTo(key);
        assertThat(VendorNameKey.of("AcmeCloud G.m.b.H.")).isEqualTo(key);
        assertThat(VendorNameKey.of("Acme Cloud")).isEqualTo(key);
    }

    @Test
    void shouldFoldUnicodeCompatibilityFormsAndDiacritics() {
        assertThat(VendorNameKey.of("Müller Logistik GmbH")).isEqualTo(VendorNameKey.of("MULLER LOGISTIK"));
        assertThat(VendorNameKey.of("Ｍüｌｌｅｒ Ｌｏｇｉｓｔｉｋ")).isEqualTo(VendorNameKey.of("Muller Logistik"));
        assertThat(VendorNameKey.of("Société Générale S.A.")).isEqualTo(VendorNameKey.of("SOCIETE GENERALE"));
    }

    @Test
    void shouldKeepDifferentNamesApart() {
        assertThat(VendorNameKey.of("Acme Cloud Ltd")).isNotEqualTo(VendorNameKey.of("Acme Ltd"));
        assertThat(VendorNameKey.of("Acme 2 Ltd")).isNotEqualTo(VendorNameKey.of("Acme 3 Ltd"));
    }

    @Test
    void shouldGiveANonEmptyKeyForNamesWithoutLetters() {
        assertThat(VendorNameKey.of("Ltd")).isNotEmpty();
        assertThat(VendorNameKey.of("???")).isEqualTo("???");
    }
}
