package dev.clearance.screening.list.format;

import static dev.clearance.screening.TestData.repoList;
import static dev.clearance.screening.TestData.sample;
import static dev.clearance.screening.TestData.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import dev.clearance.screening.list.BirthDate;
import dev.clearance.screening.list.EntryType;
import dev.clearance.screening.list.ListEntry;
import dev.clearance.screening.list.ListParseException;
import dev.clearance.screening.list.ListSnapshot;
import dev.clearance.screening.list.ListSource;

class OfacLegacyCsvTest {

    @Test
    void shouldReadTheFull2021SdnSetWithTheCountsInSources() throws Exception {
        ListSnapshot s = OfacLegacyCsv.parse(ListSource.OFAC_SDN, repoList("ofac/2021-07-07/sdn.csv"),
                repoList("ofac/2021-07-07/alt.csv"), repoList("ofac/2021-07-07/add.csv"));

        assertThat(s.counts().entries()).isEqualTo(8976);
        assertThat(s.counts().ofType(EntryType.INDIVIDUAL)).isEqualTo(4620);
        assertThat(s.counts().ofType(EntryType.ENTITY)).isEqualTo(3673);
        assertThat(s.counts().ofType(EntryType.VESSEL)).isEqualTo(406);
        assertThat(s.counts().ofType(EntryType.AIRCRAFT)).isEqualTo(277);
        assertThat(s.files()).extracting(f -> f.records()).containsExactly(8976, 11910, 13837);
        assertThat(s.sha256()).hasSize(64).isNotEqualTo(s.files().get(0).sha256());
        assertThat(s.files().get(0).sha256())
                .isEqualTo("2a08fac873a3be0b92208f8874b2e7c138b7938190eeeb7ef991c15ba60e855b");
    }

    @Test
    void shouldReadThe2024SdnPrimaryFileAlone() throws Exception {
        ListSnapshot s = OfacLegacyCsv.parse(ListSource.OFAC_SDN, repoList("ofac/2024-05-03/sdn.csv"), null, null);

        assertThat(s.counts().entries()).isEqualTo(14965);
        assertThat(s.counts().ofType(EntryType.INDIVIDUAL)).isEqualTo(6854);
        assertThat(s.counts().ofType(EntryType.ENTITY)).isEqualTo(6884);
        assertThat(s.counts().ofType(EntryType.VESSEL)).isEqualTo(851);
        assertThat(s.counts().ofType(EntryType.AIRCRAFT)).isEqualTo(376);
    }

    @Test
    void shouldReadTheConsolidatedNonSdnSet() throws Exception {
        ListSnapshot s = ListFormats.read(ListSource.OFAC_NON_SDN,
                java.util.List.of(repoList("ofac_non_sdn/2025-12-19/cons_prim.csv"),
                        repoList("ofac_non_sdn/2025-12-19/cons_alt.csv"),
                        repoList("ofac_non_sdn/2025-12-19/cons_add.csv"),
                        repoList("ofac_non_sdn/2025-12-19/cons_comments.csv")));

        assertThat(s.counts().entries()).isEqualTo(442);
        assertThat(s.counts().ofType(EntryType.INDIVIDUAL)).isEqualTo(79);
        assertThat(s.counts().ofType(EntryType.ENTITY)).isEqualTo(363);
        assertThat(s.files()).extracting(f -> f.records()).containsExactly(442, 1073, 574);
        ListEntry haniya = s.entry("9639").orElseThrow();
        assertThat(haniya.primaryName()).isEqualTo("HANIYA, Ismail Abdul Salah");
        assertThat(haniya.aliases()).contains("HANIYA, Ismail", "HANIYYA, Ismaeel");
        assertThat(haniya.programs()).containsExactly("NS-PLC");
        assertThat(haniya.datesOfBirth()).containsExactly(BirthDate.ofYear(1962));
    }

    @Test
    void shouldParseAKnownEntryWithAliasesFromAltFileAndRemarks() throws Exception {
        ListSnapshot s = OfacLegacyCsv.parse(ListSource.OFAC_SDN, sample("sdn.csv"), sample("alt.csv"),
                sample("add.csv"));

        ListEntry bnc = s.entry("306").orElseThrow();
        assertThat(bnc.type()).isEqualTo(EntryType.ENTITY);
        assertThat(bnc.primaryName()).isEqualTo("BANCO NACIONAL DE CUBA");
        assertThat(bnc.aliases()).containsExactly("NATIONAL BANK OF CUBA", "BNC");
        assertThat(bnc.programs()).containsExactly("CUBA");
        assertThat(bnc.countries()).contains("CH", "ES", "PA");
        ListEntry zawahiri = s.entry("2676").orElseThrow();
        assertThat(zawahiri.type()).isEqualTo(EntryType.INDIVIDUAL);
        assertThat(zawahiri.datesOfBirth()).containsExactly(new BirthDate(1951, 6, 19));
        assertThat(zawahiri.aliases()).contains("AL-ZAWAHIRI, Ayman");
    }

    @Test
    void shouldReadDatesOfBirthAndAkasFromRemarks() {
        String remarks = "DOB 10 Dec 1948; alt. DOB Feb 1950; DOB 1960 to 1961; a.k.a. 'ABU X'; a.k.a. 'AL-Y'.";

        assertThat(OfacLegacyCsv.dobs(remarks)).containsExactly(new BirthDate(1948, 12, 10),
                new BirthDate(1950, 2, 0), BirthDate.ofYear(1960), BirthDate.ofYear(1961));
        assertThat(OfacLegacyCsv.akas(remarks)).containsExactly("ABU X", "AL-Y");
    }

    @Test
    void shouldRejectARowWithMissingColumnsWithItsLineNumber() {
        String csv = "36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n"
                + "173,\"ANGLO-CARIBBEAN CO., LTD.\",-0- ,\"CUBA\"\r\n\u001a";

        assertThatThrownBy(() -> OfacLegacyCsv.parse(ListSource.OFAC_SDN, text("sdn.csv", csv), null, null))
                .isInstanceOf(ListParseException.class)
                .satisfies(e -> assertThat(((ListParseException) e).line()).isEqualTo(2))
                .hasMessageContaining("expected 12 columns");
    }

    @Test
    void shouldRejectAnUnterminatedQuoteWithTheLineItStartsOn() {
        String csv = "36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n"
                + "37,\"X\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n"
                + "173,\"ANGLO-CARIBBEAN CO., LTD.,-0- ,\"CUBA\"\r\n";

        assertThatThrownBy(() -> OfacLegacyCsv.parse(ListSource.OFAC_SDN, text("sdn.csv", csv), null, null))
                .isInstanceOfSatisfying(ListParseException.class, e -> assertThat(e.line()).isEqualTo(3));
    }

    @Test
    void shouldRejectANonNumericEntityNumberInTheAliasFile() {
        String alt = "36,12,\"aka\",\"AERO-CARIBBEAN\",-0- \r\nX,13,\"aka\",\"Y\",-0- \r\n";

        assertThatThrownBy(() -> OfacLegacyCsv.parse(ListSource.OFAC_SDN, sample("sdn.csv"), text("alt.csv", alt),
                null)).isInstanceOfSatisfying(ListParseException.class, e -> {
                    assertThat(e.file()).isEqualTo("alt.csv");
                    assertThat(e.line()).isEqualTo(2);
                });
    }
}
