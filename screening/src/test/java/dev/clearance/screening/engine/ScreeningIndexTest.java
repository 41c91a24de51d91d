package dev.clearance.screening.engine;

import static dev.clearance.screening.TestData.repoList;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.clearance.screening.list.BirthDate;
import dev.clearance.screening.list.EntryType;
import dev.clearance.screening.list.ListEntry;
import dev.clearance.screening.list.ListSnapshot;
import dev.clearance.screening.list.ListSource;
import dev.clearance.screening.list.SnapshotDiff;
import dev.clearance.screening.list.format.OfacLegacyCsv;
import dev.clearance.screening.list.format.UnConsolidatedXml;

class ScreeningIndexTest {

    private static ListSnapshot sdn;
    private static ListSnapshot un;
    private static ScreeningIndex index;

    @BeforeAll
    static void buildIndex() throws Exception {
        sdn = OfacLegacyCsv.parse(ListSource.OFAC_SDN, repoList("ofac/2021-07-07/sdn.csv"),
                repoList("ofac/2021-07-07/alt.csv"), repoList("ofac/2021-07-07/add.csv"));
        un = UnConsolidatedXml.parse(repoList("un/2026-02-27/UN_consolidated.xml"));
        index = ScreeningIndex.of(List.of(sdn, un));
    }

    @AfterAll
    static void closeIndex() {
        index.close();
    }

    private static String top(String name) {
        List<Candidate> hits = index.screen(ScreeningQuery.name(name));
        assertThat(hits).as("hits for %s", name).isNotEmpty();
        return hits.get(0).entry().key();
    }

    @Test
    void shouldIndexEveryNameOfEveryEntry() {
        assertThat(index.entryCount()).isEqualTo(8976 + 1003);
        assertThat(index.nameCount()).isGreaterThan(8976 + 1003 + 14000);
    }

    @Test
    void shouldFindKnownSdnNamesWithTyposReorderedTokensAndAliases() {
        assertThat(top("BANCO NACIONAL DE CUBA")).isEqualTo("OFAC_SDN:306");
        assertThat(top("Banco Nacionl de Cuba")).isEqualTo("OFAC_SDN:306");
        assertThat(top("National Bank of Cuba")).isEqualTo("OFAC_SDN:306");
        assertThat(top("Ayman al-Zawahiri")).isEqualTo("OFAC_SDN:2676");
        assertThat(top("Zawahiri Ayman Al")).isEqualTo("OFAC_SDN:2676");
        assertThat(top("AEROCARIBEAN AIRLINES")).isEqualTo("OFAC_SDN:36");
    }

    @Test
    void shouldFindANameWrittenInArabicScriptOnTheUnList() {
        List<Candidate> hits = index.screen(ScreeningQuery.name("صدام حسين التكريتي"));

        assertThat(hits).extracting(c -> c.entry().key()).first().isEqualTo("UN:6908048");
        assertThat(hits.get(0).score().finalScore()).isEqualTo(1.0);
    }

    /**
     * The {@code unrelated} aliases of the alias evaluation set share nothing with their entry's primary name; they
     * are caught only because the index holds every alias as a name of its entry, and the hit names the entry's name
     * that matched (one of two aliases that normalize alike, such as AL QAIDA / AL QA'IDA, may be named).
     */
    @Test
    void shouldFindEveryUnrelatedAliasAsANameOfItsOwnEntryAndSayWhichNameMatched() throws Exception {
        int unrelated = 0;
        List<String> missed = new java.util.ArrayList<>();
        try (java.io.Reader r = java.nio.file.Files.newBufferedReader(
                dev.clearance.screening.TestData.repoData("pairs/eval/sdn_aliases.csv"),
                java.nio.charset.StandardCharsets.UTF_8);
                org.apache.commons.csv.CSVParser csv = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader()
                        .setSkipHeaderRecord(true).get().parse(r)) {
            for (org.apache.commons.csv.CSVRecord rec : csv) {
                if (!rec.get("is_match").equals("1") || !rec.get("kind").equals("unrelated")) {
                    continue;
                }
                unrelated++;
                String alias = rec.get("candidate");
                String key = "OFAC_SDN:" + rec.get("query_ent_num");
                boolean hit = index.screen(ScreeningQuery.name(alias)).stream().anyMatch(c -> c.entry().key()
                        .equals(key) && (c.matchedName().equals(c.entry().primaryName())
                                || c.entry().aliases().contains(c.matchedName()))
                        && NameMatcher.score(alias, c.matchedName()).score() == 1.0);
                if (!hit) {
                    missed.add(alias);
                }
            }
        }

        assertThat(unrelated).isEqualTo(3759);
        // NB: the one miss is the remarks parser cutting the weak a.k.a. 'AL-DARDA', Abu' at its inner quote.
        assertThat(missed).containsExactly("AL-DARDA', Abu");
    }

    @Test
    void shouldUseDateOfBirthAndCountryAsSupportingEvidence() {
        ScoreParts plain = index.screen(ScreeningQuery.name("Ayman al-Zawahiri"), 0, 1).get(0).score();
        ScoreParts sameDob = index.screen(new ScreeningQuery("Ayman al-Zawahiri", new BirthDate(1951, 6, 19), null,
                EntryType.INDIVIDUAL), 0, 1).get(0).score();
        ScoreParts otherDob = index.screen(new ScreeningQuery("Ayman al-Zawahiri", new BirthDate(1975, 1, 2), null,
                null), 0, 1).get(0).score();

        assertThat(sameDob.dobMatch()).isEqualTo(Evidence.MATCH);
        assertThat(sameDob.typeMatch()).isEqualTo(Evidence.MATCH);
        assertThat(otherDob.dobMatch()).isEqualTo(Evidence.MISMATCH);
        assertThat(plain.dobMatch()).isEqualTo(Evidence.UNKNOWN);
        assertThat(sameDob.finalScore()).isGreaterThanOrEqualTo(plain.finalScore());
        assertThat(otherDob.finalScore()).isLessThan(plain.finalScore());
        assertThat(otherDob.nameSimilarity()).isEqualTo(plain.nameSimilarity());

        ScoreParts swiss = index.screen(new ScreeningQuery("Banco Nacionl de Cuba", null, "CH", null), 0, 1).get(0)
                .score();
        ScoreParts french = index.screen(new ScreeningQuery("Banco Nacionl de Cuba", null, "FR", null), 0, 1).get(0)
                .score();
        assertThat(swiss.countryMatch()).isEqualTo(Evidence.MATCH);
        assertThat(french.countryMatch()).isEqualTo(Evidence.MISMATCH);
        assertThat(swiss.finalScore()).isGreaterThan(french.finalScore());
    }

    @Test
    void shouldScreenOnlyTheGivenEntries() {
        List<Candidate> none = index.screen(ScreeningQuery.name("BANCO NACIONAL DE CUBA"), 0.5, 10,
                Set.of("OFAC_SDN:36"));
        List<Candidate> only = index.screen(ScreeningQuery.name("BANCO NACIONAL DE CUBA"), 0.0, 10,
                Set.of("OFAC_SDN:306", "OFAC_SDN:36"));

        assertThat(none).isEmpty();
        assertThat(only).extracting(c -> c.entry().key()).containsExactlyInAnyOrder("OFAC_SDN:306", "OFAC_SDN:36");
    }

    @Test
    void shouldRescreenAgainstTheAddedAndChangedEntriesOfANewSnapshot() throws Exception {
        ListSnapshot older = OfacLegacyCsv.parse(ListSource.OFAC_SDN, repoList("ofac/2021-07-07/sdn.csv"), null,
                null);
        ListSnapshot newer = OfacLegacyCsv.parse(ListSource.OFAC_SDN, repoList("ofac/2024-05-03/sdn.csv"), null,
                null);
        SnapshotDiff diff = SnapshotDiff.between(older, newer);
        try (ScreeningIndex delta = ScreeningIndex.ofEntries(diff.addedOrChanged())) {
            assertThat(delta.entryCount()).isEqualTo(diff.added().size() + diff.changed().size());
            ListEntry added = diff.added().get(diff.added().size() / 2);
            assertThat(delta.screen(ScreeningQuery.name(added.primaryName()))).extracting(c -> c.entry().key())
                    .first().isEqualTo(added.key());
            // ABBAS, Abu is unchanged between the snapshots, so a re-screening does not raise it again
            assertThat(delta.screen(ScreeningQuery.name("ABBAS, Abu"))).noneMatch(c -> c.entry().sourceId()
                    .equals("2674"));
        }
    }

    @Test
    void shouldFindWhatTheFullScanFindsAboveTheThreshold() {
        for (String q : List.of("Banco Nacionl de Cuba", "Zawahiri Ayman", "CIMEX IBERICA", "Frank Kakolele")) {
            List<String> scan = index.fullScan(ScreeningQuery.name(q), Screening.DEFAULT_THRESHOLD, 10).stream()
                    .map(c -> c.entry().key()).toList();
            List<String> got = index.screen(ScreeningQuery.name(q), Screening.DEFAULT_THRESHOLD, 10).stream()
                    .map(c -> c.entry().key()).toList();
            assertThat(got).as(q).containsAll(scan);
        }
    }

    static java.util.stream.IntStream sampledEntries() {
        return new java.util.Random(20261125).ints(60, 0, 8976);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("sampledEntries")
    void anExactListNameIsFoundFirstWithScoreOne(int i) {
        ListEntry e = sdn.entries().get(i);

        List<Candidate> hits = index.screen(ScreeningQuery.name(e.primaryName()), 0.0, 50);

        assertThat(hits.get(0).score().finalScore()).isEqualTo(1.0);
        assertThat(hits).filteredOn(c -> c.score().finalScore() == 1.0).extracting(c -> c.entry().key())
                .contains(e.key());
    }
}
