package dev.clearance.screening.list.format;

import static dev.clearance.screening.TestData.repoList;
import static dev.clearance.screening.TestData.sample;
import static dev.clearance.screening.TestData.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import dev.clearance.screening.list.EntryType;
import dev.clearance.screening.list.ListEntry;
import dev.clearance.screening.list.ListParseException;
import dev.clearance.screening.list.ListSnapshot;
import dev.clearance.screening.list.format.ConsolidatedScreeningListCsv.Mode;

class ConsolidatedScreeningListCsvTest {

    @Test
    void shouldRejectTheTruncatedLastRecordOfTheRealFileWithItsLineNumber() {
        assertThatThrownBy(() -> ConsolidatedScreeningListCsv.parse(repoList("csl/2023-11-30/csl.csv")))
                .isInstanceOfSatisfying(ListParseException.class, e -> assertThat(e.line()).isEqualTo(4233));
    }

    @Test
    void shouldReadEveryCompleteRecordWhenAskedToDropTheTruncatedOne() throws Exception {
        ListSnapshot s = ConsolidatedScreeningListCsv.parse(repoList("csl/2023-11-30/csl.csv"),
                Mode.DROP_TRUNCATED_LAST_RECORD);

        // 4,227 data rows in SOURCES.md, the last of them cut off
        assertThat(s.files().get(0).records()).isEqualTo(4226);
        assertThat(s.entries().stream().filter(e -> e.listName().startsWith("Entity List")).count()).isEqualTo(919);
        assertThat(s.entries().stream().filter(e -> e.listName().startsWith("Denied Persons")).count())
                .isEqualTo(577);
        assertThat(s.counts().aliases()).isGreaterThan(6000);
    }

    @Test
    void shouldParseAKnownEntry() throws Exception {
        ListSnapshot s = ConsolidatedScreeningListCsv.parse(sample("csl.csv"));

        ListEntry telecom = s.entry("CMIC:30882").orElseThrow();
        assertThat(telecom.primaryName()).isEqualTo("China Telecom Corporation Limited");
        assertThat(telecom.type()).isEqualTo(EntryType.ENTITY);
        assertThat(telecom.aliases()).containsExactly("CHINA TELECOM", "CHINA TELECOM CO., LTD",
                "CHINA TELECOM CORP LTD");
        assertThat(telecom.programs()).containsExactly("CMIC-EO13959");
        assertThat(telecom.countries()).containsExactly("CN");
    }

    @Test
    void shouldReportTheLineOfATruncatedRecordInASample() {
        assertThatThrownBy(() -> ConsolidatedScreeningListCsv.parse(sample("csl_truncated.csv")))
                .isInstanceOfSatisfying(ListParseException.class, e -> assertThat(e.line()).isEqualTo(31));
    }

    @Test
    void shouldRejectAFileWithoutTheCslHeader() {
        assertThatThrownBy(() -> ConsolidatedScreeningListCsv.parse(text("csl.csv", "a,b,c\n1,2,3\n")))
                .isInstanceOfSatisfying(ListParseException.class, e -> assertThat(e.line()).isEqualTo(1));
    }
}
