package dev.clearance.screening.list;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class ListEntryTest {

    private static ListEntry entry(List<String> aliases, String remarks) {
        return ListEntry.create(ListSource.UN, "42", "Iraq", EntryType.INDIVIDUAL, "SADDAM  HUSSEIN", aliases,
                List.of("Iraq"), List.of(new BirthDate(1937, 4, 28)), List.of("IQ"), remarks);
    }

    @Test
    void shouldHashTheSameContentTheSameWhateverTheOrderOfAliases() {
        assertThat(entry(List.of("A", "B"), "").contentHash()).isEqualTo(entry(List.of("B", "A"), "").contentHash());
    }

    @Test
    void shouldHashDifferentContentDifferently() {
        assertThat(entry(List.of("A"), "").contentHash()).isNotEqualTo(entry(List.of("A"), "x").contentHash());
        assertThat(entry(List.of("A"), "").contentHash()).isNotEqualTo(entry(List.of("A", "C"), "").contentHash());
    }

    @Test
    void shouldCleanNamesAndDropAliasesEqualToThePrimaryName() {
        ListEntry e = entry(List.of(" ", "saddam hussein", "ABU ALI", "ABU ALI"), "");

        assertThat(e.primaryName()).isEqualTo("SADDAM HUSSEIN");
        assertThat(e.aliases()).containsExactly("ABU ALI");
        assertThat(e.allNames()).containsExactly("SADDAM HUSSEIN", "ABU ALI");
        assertThat(e.key()).isEqualTo("UN:42");
    }

    @Test
    void shouldRejectABlankNameOrABadHash() {
        assertThatThrownBy(() -> ListEntry.create(ListSource.UN, "1", "", EntryType.ENTITY, " ", List.of(),
                List.of(), List.of(), List.of(), "")).isInstanceOf(IllegalArgumentException.class);
        ListEntry ok = entry(List.of(), "");
        assertThatThrownBy(() -> new ListEntry(ok.source(), ok.sourceId(), ok.listName(), ok.type(),
                ok.primaryName(), ok.aliases(), ok.programs(), ok.datesOfBirth(), ok.countries(), ok.remarks(),
                "not-a-hash")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldRejectASnapshotWithTwoEntriesOfOneId() {
        SourceFile f = new SourceFile("x", "0".repeat(64), 0, 0);
        ListEntry a = entry(List.of(), "");
        ListEntry b = entry(List.of(), "other");

        assertThatThrownBy(() -> ListSnapshot.of(ListSource.UN, List.of(f), List.of(a, b)))
                .hasMessageContaining("duplicate source id 42");
    }

    @Test
    void shouldParseTheDateFormsListsUse() {
        assertThat(BirthDate.parseAll("10 Dec 1948")).containsExactly(new BirthDate(1948, 12, 10));
        assertThat(BirthDate.parseAll("circa 1955")).containsExactly(BirthDate.ofYear(1955));
        assertThat(BirthDate.parseAll("1968-02-11")).containsExactly(new BirthDate(1968, 2, 11));
        assertThat(BirthDate.parseAll("unknown")).isEmpty();
    }

    @Test
    void shouldResolveCountryNamesAsListsWriteThem() {
        assertThat(Countries.toCode("Korea, North")).contains("KP");
        assertThat(Countries.toCode("Iran (Islamic Republic of)")).contains("IR");
        assertThat(Countries.toCode("Democratic Republic of the Congo")).contains("CD");
        assertThat(Countries.toCode("CN")).contains("CN");
        assertThat(Countries.toCode("Côte d'Ivoire")).contains("CI");
        assertThat(Countries.toCode("Atlantis")).isEmpty();
    }
}
