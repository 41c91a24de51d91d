package dev.clearance.screening.list.format;

import static dev.clearance.screening.TestData.repoList;
import static dev.clearance.screening.TestData.sample;
import static dev.clearance.screening.TestData.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import dev.clearance.screening.list.EntryType;
import dev.clearance.screening.list.ListEntry;
import dev.clearance.screening.list.ListParseException;
import dev.clearance.screening.list.ListSnapshot;

class DeniedPersonsTxtTest {

    private static final String HEADER = String.join("\t", DeniedPersonsTxt.HEADER.stream()
            .map(h -> "\"" + h + "\"").toList());

    @Test
    void shouldReadEveryRecordOfTheRealFile() throws Exception {
        ListSnapshot s = DeniedPersonsTxt.parse(repoList("bis_dpl/2023-11-30/dpl.txt"));

        assertThat(s.files().get(0).records()).isEqualTo(665);
        // two records are byte-for-byte repeats and are kept once
        assertThat(s.counts().entries()).isEqualTo(663);
        assertThat(s.counts().ofType(EntryType.UNKNOWN)).isEqualTo(663);
    }

    @Test
    void shouldParseAKnownEntry() throws Exception {
        ListSnapshot s = DeniedPersonsTxt.parse(sample("dpl.txt"));

        ListEntry villa = s.entries().stream().filter(e -> e.primaryName().equals("AARON ABRAHAM VILLA"))
                .findFirst().orElseThrow();
        assertThat(villa.remarks()).contains("3415 RIVERA AVENUE", "effective 08/24/2022", "87 F.R. 52741");
        assertThat(villa.listName()).isEqualTo("Denied Persons List");
        assertThat(s.entries().get(0).primaryName()).isEqualTo("I. ASH");
        assertThat(s.entries().get(0).countries()).containsExactly("US");
    }

    @Test
    void shouldRejectARowWithTooFewColumnsWithItsLineNumber() {
        String txt = HEADER + "\n\"A\"\t\"\"\t\"\"\t\"\"\t\"US\"\t\"\"\t\"\"\t\"\"\t\"\"\t\"\"\t\"\"\t\"\"\n\"B\"\t\"x\"\n";

        assertThatThrownBy(() -> DeniedPersonsTxt.parse(text("dpl.txt", txt)))
                .isInstanceOfSatisfying(ListParseException.class, e -> assertThat(e.line()).isEqualTo(3));
    }

    @Test
    void shouldRejectALineThatIsNotUtf8WithItsLineNumberInsteadOfReadingItAsOneGarbledEntry() {
        String row = "\"A\"\t\"\"\t\"\"\t\"\"\t\"US\"\t\"\"\t\"\"\t\"\"\t\"\"\t\"\"\t\"\"\t\"\"\n";
        byte[] head = (HEADER + "\n" + row + "\"B").getBytes(StandardCharsets.UTF_8);
        byte[] bad = {(byte) 0xC3, (byte) 0x28};
        byte[] tail = ("C\"" + row.substring(3) + row).getBytes(StandardCharsets.UTF_8);
        byte[] content = new byte[head.length + bad.length + tail.length];
        System.arraycopy(head, 0, content, 0, head.length);
        System.arraycopy(bad, 0, content, head.length, bad.length);
        System.arraycopy(tail, 0, content, head.length + bad.length, tail.length);

        assertThatThrownBy(() -> DeniedPersonsTxt.parse(new ListFile("dpl.txt", content)))
                .isInstanceOfSatisfying(ListParseException.class, e -> assertThat(e.line()).isEqualTo(3))
                .hasMessageContaining("dpl.txt line 3").hasMessageContaining("not valid UTF-8");
    }
}
