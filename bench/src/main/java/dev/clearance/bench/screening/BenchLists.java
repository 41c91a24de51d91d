package dev.clearance.bench.screening;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.clearance.screening.list.ListSnapshot;
import dev.clearance.screening.list.ListSource;
import dev.clearance.screening.list.format.ConsolidatedScreeningListCsv;
import dev.clearance.screening.list.format.DeniedPersonsTxt;
import dev.clearance.screening.list.format.ListFile;
import dev.clearance.screening.list.format.OfacLegacyCsv;
import dev.clearance.screening.list.format.UnConsolidatedXml;

/**
 * The list snapshots the screening benchmarks index, read from {@code data/lists} under the repository root.
 * SDN: the 2024-05-03 {@code sdn.csv} with the 2025-12-24 {@code alt.csv}/{@code add.csv} (rows for entities the
 * older primary file lacks are ignored, see data/SOURCES.md); CSL: its truncated last record dropped.
 */
final class BenchLists {

    private BenchLists() {
    }

    static Path dataDir(String[] args) {
        Path p = Path.of(args.length > 0 ? args[0] : "data");
        if (!Files.isDirectory(p.resolve("lists"))) {
            throw new IllegalArgumentException("no lists/ under " + p.toAbsolutePath()
                    + "; run from the repository root or pass the data directory");
        }
        return p;
    }

    static List<ListSnapshot> all(Path data) throws Exception {
        Path l = data.resolve("lists");
        ListSnapshot sdn = OfacLegacyCsv.parse(ListSource.OFAC_SDN, ListFile.read(l.resolve("ofac/2024-05-03/sdn.csv")),
                ListFile.read(l.resolve("ofac/2025-12-24/alt.csv")), ListFile.read(l.resolve("ofac/2025-12-24/add.csv")));
        ListSnapshot nonSdn = OfacLegacyCsv.parse(ListSource.OFAC_NON_SDN,
                ListFile.read(l.resolve("ofac_non_sdn/2025-12-19/cons_prim.csv")),
                ListFile.read(l.resolve("ofac_non_sdn/2025-12-19/cons_alt.csv")),
                ListFile.read(l.resolve("ofac_non_sdn/2025-12-19/cons_add.csv")));
        ListSnapshot csl = ConsolidatedScreeningListCsv.parse(ListFile.read(l.resolve("csl/2023-11-30/csl.csv")),
                ConsolidatedScreeningListCsv.Mode.DROP_TRUNCATED_LAST_RECORD);
        ListSnapshot dpl = DeniedPersonsTxt.parse(ListFile.read(l.resolve("bis_dpl/2023-11-30/dpl.txt")));
        ListSnapshot un = UnConsolidatedXml.parse(ListFile.read(l.resolve("un/2026-02-27/UN_consolidated.xml")));
        return List.of(sdn, nonSdn, csl, dpl, un);
    }
}
