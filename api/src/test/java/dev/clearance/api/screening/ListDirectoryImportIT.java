package dev.clearance.api.screening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.api.audit.AuditTrailReading;
import dev.clearance.api.support.ApiTestSupport;
import dev.clearance.domain.screening.StoredSnapshot;
import dev.clearance.screening.list.ListSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lists picked up from the configured directory: imported once per content, malformed files rejected safely. */
@MicronautTest(transactional = false)
class ListDirectoryImportIT extends ApiTestSupport {
    @Inject
    ListDirectoryImport importer;
    @Inject
    ListSnapshotReading reading;
    @Inject
    AuditTrailReading audit;

    @TempDir
    Path root;

    @Test
    void shouldImportEachListOnceAndSkipUnchangedFiles() throws Exception {
        write("bis-dpl/dpl.txt", dpl("2019-03-15"));
        write("OFAC_SDN/sdn.csv", ListFiles.text("sdn.csv"));
        write("OFAC_SDN/alt.csv", ListFiles.text("alt.csv"));
        write("OFAC_SDN/add.csv", ListFiles.text("add.csv"));
        write("OFAC_SDN/sdn_comments.csv", "ignored");
        write("weekly-lists/readme.txt", "not a list");

        List<ListDirectoryImport.Outcome> first = importer.scan(root);

        assertThat(first).hasSize(3);
        // NB: ListSnapshotApiIT may have imported the same SDN files into this shared database already; the scan
        // must then say so rather than import a duplicate.
        StoredSnapshot sdn = reading.active(ListSource.OFAC_SDN).orElseThrow();
        assertThat(sdn.fileNames()).containsExactly("sdn.csv", "alt.csv", "add.csv");
        if (first.get(0) instanceof ListDirectoryImport.Outcome.Imported i) {
            assertThat(i.snapshot().id()).isEqualTo(sdn.id());
            assertThat(sdn.importedBy()).isEqualTo("system:list-directory");
        } else {
            assertThat(first.get(0)).isInstanceOf(ListDirectoryImport.Outcome.Unchanged.class);
        }
        StoredSnapshot dpl = reading.active(ListSource.BIS_DPL).orElseThrow();
        assertThat(first.get(1)).isInstanceOf(ListDirectoryImport.Outcome.Imported.class);
        assertThat(((ListDirectoryImport.Outcome.Imported) first.get(1)).snapshot().id()).isEqualTo(dpl.id());
        assertThat(dpl.counts().entries()).isEqualTo(20);
        assertThat(first.get(2)).isInstanceOfSatisfying(ListDirectoryImport.Outcome.Rejected.class,
                r -> assertThat(r.reason()).contains("'weekly-lists' names no list"));
        assertThat(audit.all()).anySatisfy(e -> {
            assertThat(e.entry().action()).isEqualTo("ListSnapshotImported");
            assertThat(e.entry().entityId()).isEqualTo(dpl.id().toString());
            assertThat(e.entry().actor()).isEqualTo("system:list-directory");
        });

        List<ListDirectoryImport.Outcome> second = importer.scan(root);
        assertThat(second.subList(0, 2)).allSatisfy(o ->
                assertThat(o).isInstanceOf(ListDirectoryImport.Outcome.Unchanged.class));
        assertThat(reading.active(ListSource.BIS_DPL).orElseThrow().id()).isEqualTo(dpl.id());
    }

    @Test
    void shouldRejectAMalformedFileWithItsLineAndKeepThePreviousSnapshotActive() throws Exception {
        write("BIS_DPL/dpl.txt", dpl("2018-07-04"));
        assertThat(importer.scan(root).get(0)).isInstanceOf(ListDirectoryImport.Outcome.Imported.class);
        StoredSnapshot good = reading.active(ListSource.BIS_DPL).orElseThrow();

        List<String> lines = new ArrayList<>(Arrays.asList(dpl("2018-07-04").split("\n", -1)));
        lines.set(4, "\"BROKEN RECORD\"\t\"ONLY TWO COLUMNS\"");
        write("BIS_DPL/dpl.txt", String.join("\n", lines));

        ListDirectoryImport.Outcome outcome = importer.scan(root).get(0);
        assertThat(outcome).isInstanceOfSatisfying(ListDirectoryImport.Outcome.Rejected.class,
                r -> assertThat(r.reason()).contains("dpl.txt").contains("line 5"));
        assertThat(reading.active(ListSource.BIS_DPL).orElseThrow().id()).isEqualTo(good.id());
    }

    @Test
    void shouldRejectAmbiguousOrIncompleteDirectories() throws Exception {
        write("CSL/one.csv", "a");
        write("CSL/two.csv", "b");
        write("ofac-non-sdn/cons_alt.csv", "x");

        List<ListDirectoryImport.Outcome> outcomes = importer.scan(root);

        assertThat(outcomes).extracting(o -> ((ListDirectoryImport.Outcome.Rejected) o).reason())
                .containsExactly("needs exactly one list file, found 2: [one.csv, two.csv]", "needs cons_prim.csv");
        assertThat(importer.scan(root.resolve("missing")).get(0))
                .isInstanceOfSatisfying(ListDirectoryImport.Outcome.Rejected.class,
                        r -> assertThat(r.reason()).isEqualTo("is not a directory"));
    }

    /** The sample DPL with one record's last-update date changed, so each test's content is its own. */
    private static String dpl(String lastUpdate) {
        return ListFiles.text("dpl.txt").replace("\"2022-08-29\"", "\"" + lastUpdate + "\"");
    }

    private void write(String relative, String content) throws Exception {
        Path p = root.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content, StandardCharsets.UTF_8);
    }
}
