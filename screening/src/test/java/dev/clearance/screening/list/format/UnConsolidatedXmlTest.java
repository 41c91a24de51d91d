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

class UnConsolidatedXmlTest {

    @Test
    void shouldReadTheRealListWithTheCountsInSources() throws Exception {
        ListSnapshot s = UnConsolidatedXml.parse(repoList("un/2026-02-27/UN_consolidated.xml"));

        assertThat(s.counts().ofType(EntryType.INDIVIDUAL)).isEqualTo(730);
        assertThat(s.counts().ofType(EntryType.ENTITY)).isEqualTo(273);
    }

    @Test
    void shouldParseAKnownIndividualWithItsOriginalScriptName() throws Exception {
        ListSnapshot s = UnConsolidatedXml.parse(sample("UN_consolidated.xml"));

        ListEntry saddam = s.entry("6908048").orElseThrow();
        assertThat(saddam.primaryName()).isEqualTo("SADDAM HUSSEIN AL-TIKRITI");
        assertThat(saddam.aliases()).contains("صدام حسين التكريتي", "Abu Ali");
        assertThat(saddam.datesOfBirth()).containsExactly(new BirthDate(1937, 4, 28));
        assertThat(saddam.countries()).containsExactly("IQ");
        assertThat(saddam.listName()).isEqualTo("Iraq");
        ListEntry badege = s.entry("6907993").orElseThrow();
        assertThat(badege.primaryName()).isEqualTo("ERIC BADEGE");
        assertThat(badege.datesOfBirth()).containsExactly(BirthDate.ofYear(1971));
        assertThat(badege.countries()).containsExactly("CD", "RW");
    }

    @Test
    void shouldRejectMalformedXmlWithItsLineNumber() {
        String xml = "<?xml version=\"1.0\"?>\n<CONSOLIDATED_LIST>\n<INDIVIDUALS>\n<INDIVIDUAL>\n"
                + "<DATAID>1</DATAID>\n<FIRST_NAME>A</FIRST_NAME>\n</INDIVIDUALX>\n";

        assertThatThrownBy(() -> UnConsolidatedXml.parse(text("un.xml", xml)))
                .isInstanceOfSatisfying(ListParseException.class, e -> assertThat(e.line()).isEqualTo(7));
    }

    @Test
    void shouldRejectAnEntryWithoutDataId() {
        String xml = "<?xml version=\"1.0\"?>\n<CONSOLIDATED_LIST>\n<ENTITIES>\n<ENTITY>\n"
                + "<FIRST_NAME>A</FIRST_NAME>\n</ENTITY>\n</ENTITIES>\n</CONSOLIDATED_LIST>\n";

        assertThatThrownBy(() -> UnConsolidatedXml.parse(text("un.xml", xml)))
                .isInstanceOfSatisfying(ListParseException.class, e -> assertThat(e.line()).isEqualTo(4))
                .hasMessageContaining("DATAID");
    }

    @Test
    void shouldNotResolveExternalEntities() {
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n"
                + "<CONSOLIDATED_LIST><ENTITIES><ENTITY><DATAID>1</DATAID><FIRST_NAME>&e;</FIRST_NAME>"
                + "</ENTITY></ENTITIES></CONSOLIDATED_LIST>\n";

        assertThatThrownBy(() -> UnConsolidatedXml.parse(text("un.xml", xml)))
                .isInstanceOf(ListParseException.class);
    }

    @Test
    void shouldRejectTenThousandNestedElementsAsStructurallyInvalidNotAsAnEmptyList() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<CONSOLIDATED_LIST>\n");
        xml.append("<A>".repeat(10_000)).append("</A>".repeat(10_000)).append("\n</CONSOLIDATED_LIST>\n");

        assertThatThrownBy(() -> UnConsolidatedXml.parse(text("un.xml", xml.toString())))
                .isInstanceOf(ListParseException.class)
                .hasMessageContaining("nested deeper than " + UnConsolidatedXml.MAX_DEPTH);
    }

    @Test
    void shouldRejectDeepNestingInsideAnEntry() {
        String xml = "<?xml version=\"1.0\"?>\n<CONSOLIDATED_LIST><INDIVIDUALS>\n<INDIVIDUAL><DATAID>1</DATAID>"
                + "<FIRST_NAME>A</FIRST_NAME>" + "<B>".repeat(50) + "</B>".repeat(50)
                + "</INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>\n";

        assertThatThrownBy(() -> UnConsolidatedXml.parse(text("un.xml", xml)))
                .isInstanceOf(ListParseException.class).hasMessageContaining("nested deeper");
    }

    @Test
    void shouldRefuseADoctypeWithAnInternalEntity() {
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE CONSOLIDATED_LIST [<!ENTITY n \"BIG\">]>\n"
                + "<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><DATAID>1</DATAID><FIRST_NAME>&n;</FIRST_NAME>"
                + "</INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>\n";

        assertThatThrownBy(() -> UnConsolidatedXml.parse(text("un.xml", xml)))
                .isInstanceOfSatisfying(ListParseException.class, e -> assertThat(e.line()).isEqualTo(2))
                .hasMessageContaining("DOCTYPE");
    }

    @Test
    void shouldRefuseAnExternalEntity() {
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE CONSOLIDATED_LIST [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                + "<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><DATAID>1</DATAID><FIRST_NAME>&x;</FIRST_NAME>"
                + "</INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>\n";

        assertThatThrownBy(() -> UnConsolidatedXml.parse(text("un.xml", xml)))
                .isInstanceOf(ListParseException.class).hasMessageContaining("DOCTYPE");
    }

    @Test
    void shouldRefuseAnUndeclaredEntityReference() {
        String xml = "<?xml version=\"1.0\"?>\n<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><DATAID>1</DATAID>"
                + "<FIRST_NAME>&n;</FIRST_NAME></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>\n";

        assertThatThrownBy(() -> UnConsolidatedXml.parse(text("un.xml", xml)))
                .isInstanceOf(ListParseException.class);
    }
}
