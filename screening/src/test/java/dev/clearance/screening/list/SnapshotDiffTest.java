package dev.clearance.screening.list;

import static dev.clearance.screening.TestData.repoList;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.clearance.screening.list.format.OfacLegacyCsv;

class SnapshotDiffTest {

    private static final SourceFile FILE = new SourceFile("x.csv", "0".repeat(64), 1, 1);

    private static ListEntry entry(String id, String name, String remarks) {
        return ListEntry.create(ListSource.OFAC_SDN, id, "SDN", EntryType.ENTITY, name, List.of(), List.of("CUBA"),
                List.of(), List.of("CU"), remarks);
    }

    private static ListSnapshot snapshot(ListEntry... entries) {
        return ListSnapshot.of(ListSource.OFAC_SDN, List.of(FILE), List.of(entries));
    }

    @Test
    void shouldReportAddedRemovedAndChangedBySourceIdAndContentHash() {
        ListSnapshot older = snapshot(entry("1", "A", ""), entry("2", "B", ""), entry("3", "C", ""));
        ListSnapshot newer = snapshot(entry("1", "A", ""), entry("2", "B", "now with remarks"), entry("4", "D", ""));

        SnapshotDiff diff = SnapshotDiff.between(older, newer);

        assertThat(diff.added()).extracting(ListEntry::sourceId).containsExactly("4");
        assertThat(diff.removed()).extracting(ListEntry::sourceId).containsExactly("3");
        assertThat(diff.changed()).extracting(ListEntry::sourceId).containsExactly("2");
        assertThat(diff.addedOrChanged()).extracting(ListEntry::sourceId).containsExactly("4", "2");
    }

    @Test
    void shouldFindNothingBetweenASnapshotAndItself() {
        ListSnapshot s = snapshot(entry("1", "A", ""), entry("2", "B", ""));

        assertThat(SnapshotDiff.between(s, s).isEmpty()).isTrue();
        assertThat(SnapshotDiff.initial(s).added()).hasSize(2);
    }

    @Test
    void shouldRefuseToDiffDifferentLists() {
        ListSnapshot sdn = snapshot(entry("1", "A", ""));
        ListSnapshot un = ListSnapshot.of(ListSource.UN, List.of(FILE), List.of());

        assertThatThrownBy(() -> SnapshotDiff.between(sdn, un)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldDiffTwoRealSdnSnapshots() throws Exception {
        ListSnapshot y2021 = OfacLegacyCsv.parse(ListSource.OFAC_SDN, repoList("ofac/2021-07-07/sdn.csv"), null,
                null);
        ListSnapshot y2024 = OfacLegacyCsv.parse(ListSource.OFAC_SDN, repoList("ofac/2024-05-03/sdn.csv"), null,
                null);

        SnapshotDiff diff = SnapshotDiff.between(y2021, y2024);

        assertThat(y2021.counts().entries() - diff.removed().size() + diff.added().size())
                .isEqualTo(y2024.counts().entries());
        assertThat(diff.changed()).isNotEmpty().allSatisfy(e -> assertThat(e.contentHash())
                .isNotEqualTo(y2021.entry(e.sourceId()).orElseThrow().contentHash()));
        // ABBAS, Abu (2674) is on both lists unchanged
        assertThat(diff.addedOrChanged()).noneMatch(e -> e.sourceId().equals("2674"));
    }
}
