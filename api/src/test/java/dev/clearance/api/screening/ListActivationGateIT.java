package dev.clearance.api.screening;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clearance.api.audit.AuditTrailReading;
import dev.clearance.api.support.HttpApiTestSupport;
import dev.clearance.api.support.TestPostgres;
import dev.clearance.domain.screening.StoredSnapshot;
import dev.clearance.screening.list.ListSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The list activation gate (ADR 0009) and quiet re-screening (issue 10, defects 12 and 14) over HTTP. This class
 * has a database of its own: it asserts that there are no parties and no jobs, which the shared one cannot promise.
 * No test here registers a party except {@link #shouldQueueNoJobWithoutPartiesAndADeltaJobOnceThereIsOne}.
 */
@MicronautTest(transactional = false)
class ListActivationGateIT extends HttpApiTestSupport {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DPL_HEADER = ListFiles.text("dpl.txt").split("\n", 2)[0];

    @Inject
    AuditTrailReading audit;
    @Inject
    ListDirectoryImport directory;
    @Inject
    ListSnapshotReading reading;

    @TempDir
    Path root;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = new HashMap<>(super.getProperties());
        p.put("datasources.default.url", TestPostgres.freshDatabase("list_activation_gate"));
        return p;
    }

    @Test
    void shouldHoldAHeaderOnlyDeniedPersonsListAndKeepScreeningAgainstThePreviousSnapshot() throws Exception {
        JsonNode good = activeDpl();

        HttpResponse<String> r = dpl(DPL_HEADER + "\n");
        JsonNode held = json(r, 202);
        assertThat(held.get("status").asText()).isEqualTo("PENDING_CONFIRMATION");
        assertThat(held.get("active").asBoolean()).isFalse();
        assertThat(held.get("statusReason").asText())
                .isEqualTo("has no entries; would remove 20 of 20 entries (100% > 20%)");
        assertThat(held.at("/counts/entries").asInt()).isZero();
        assertThat(held.at("/diff/removed").asInt()).isEqualTo(20);
        assertThat(held.get("previousSnapshotId").asText()).isEqualTo(good.get("id").asText());
        assertThat(held.get("deltaJobId").isNull()).isTrue();
        assertThat(r.headers().firstValue("Location")).contains("/api/v1/list-snapshots/" + held.get("id").asText());

        assertThat(activeDplId()).isEqualTo(good.get("id").asText());
        JsonNode screening = json(http.post("/api/v1/screenings", analyst, "{\"name\":\"Aaron Abraham Villa\"}"), 201);
        assertThat(screening.get("snapshots").findValuesAsText("id")).contains(good.get("id").asText())
                .doesNotContain(held.get("id").asText());
        List<String> dplHits = new ArrayList<>();
        screening.get("hits").forEach(h -> {
            if (h.get("entryKey").asText().startsWith("BIS_DPL:")) {
                dplHits.add(h.get("snapshotId").asText());
            }
        });
        assertThat(dplHits).as(screening.toString()).isNotEmpty()
                .allSatisfy(id -> assertThat(id).isEqualTo(good.get("id").asText()));
        JsonNode listed = json(http.get("/api/v1/list-snapshots/" + held.get("id").asText(), auditor), 200);
        assertThat(listed.get("status").asText()).isEqualTo("PENDING_CONFIRMATION");
        assertThat(audit.all()).anySatisfy(e -> {
            assertThat(e.entry().action()).isEqualTo("ListSnapshotPendingConfirmation");
            assertThat(e.entry().entityId()).isEqualTo(held.get("id").asText());
            assertThat(e.entry().actor()).isEqualTo("adam");
        });
    }

    @Test
    void shouldActivateAPendingSnapshotWhenAnAdminConfirmsIt() throws Exception {
        JsonNode good = activeDpl();
        List<String> lines = new ArrayList<>(Arrays.asList(ListFiles.text("dpl.txt").split("\n", -1)));
        lines.subList(1, 6).clear();
        JsonNode held = json(dpl(String.join("\n", lines)), 202);
        assertThat(held.get("statusReason").asText()).isEqualTo("would remove 5 of 20 entries (25% > 20%)");
        String path = "/api/v1/list-snapshots/" + held.get("id").asText();

        assertThat(http.post(path + "/activate", analyst, "").statusCode()).isEqualTo(403);
        assertThat(http.post(path + "/activate", auditor, "").statusCode()).isEqualTo(403);
        assertThat(activeDplId()).isEqualTo(good.get("id").asText());

        JsonNode activated = json(http.post(path + "/activate", admin, ""), 200);
        assertThat(activated.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(activated.get("active").asBoolean()).isTrue();
        assertThat(activated.get("statusReason").asText()).contains("would remove 5 of 20");
        assertThat(activated.get("rescreening").asText()).isEqualTo("no added or changed entries to re-screen");
        assertThat(held.get("rescreening").isNull()).isTrue();
        assertThat(activeDplId()).isEqualTo(held.get("id").asText());
        JsonNode before = json(http.get("/api/v1/list-snapshots/" + good.get("id").asText(), admin), 200);
        assertThat(before.get("status").asText()).isEqualTo("SUPERSEDED");
        assertThat(audit.all()).anySatisfy(e -> {
            assertThat(e.entry().action()).isEqualTo("ListSnapshotActivated");
            assertThat(e.entry().entityId()).isEqualTo(held.get("id").asText());
            assertThat(e.entry().actor()).isEqualTo("adam");
        });

        HttpResponse<String> again = http.post(path + "/activate", admin, "");
        assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
        assertThat(again.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(again.body()).contains("is ACTIVE, not PENDING_CONFIRMATION");
    }

    @Test
    void shouldKeepARejectedSnapshotStoredButNeverActive() throws Exception {
        JsonNode good = activeDpl();
        JsonNode held = json(dpl(DPL_HEADER), 202);
        String path = "/api/v1/list-snapshots/" + held.get("id").asText();
        assertThat(http.post(path + "/reject", analyst, "").statusCode()).isEqualTo(403);

        JsonNode rejected = json(http.post(path + "/reject", admin, ""), 200);
        assertThat(rejected.get("status").asText()).isEqualTo("REJECTED");
        assertThat(activeDplId()).isEqualTo(good.get("id").asText());
        assertThat(http.post(path + "/activate", admin, "").statusCode()).isEqualTo(409);
        assertThat(activeDplId()).isEqualTo(good.get("id").asText());
        assertThat(http.post("/api/v1/list-snapshots/00000000-0000-7000-8000-000000000000/activate", admin, "")
                .statusCode()).isEqualTo(404);
        assertThat(audit.all()).anySatisfy(e -> {
            assertThat(e.entry().action()).isEqualTo("ListSnapshotRejected");
            assertThat(e.entry().entityId()).isEqualTo(held.get("id").asText());
        });
    }

    @Test
    void shouldActivateAnImportThatRemovesTenPercentAtOnce() throws Exception {
        activeDpl();
        List<String> lines = new ArrayList<>(Arrays.asList(ListFiles.text("dpl.txt").split("\n", -1)));
        lines.subList(1, 3).clear();

        JsonNode imported = json(dpl(String.join("\n", lines)), 201);
        assertThat(imported.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(imported.get("statusReason").isNull()).isTrue();
        assertThat(imported.at("/diff/removed").asInt()).isEqualTo(2);
        assertThat(activeDplId()).isEqualTo(imported.get("id").asText());
    }

    @Test
    void shouldSupersedeAPendingSnapshotWhenANewerFileIsImported() throws Exception {
        activeDpl();
        JsonNode held = json(dpl(DPL_HEADER + "\n\n\n"), 202);
        JsonNode newer = activeDpl();

        assertThat(json(http.get("/api/v1/list-snapshots/" + held.get("id").asText(), admin), 200)
                .get("status").asText()).isEqualTo("SUPERSEDED");
        assertThat(http.post("/api/v1/list-snapshots/" + held.get("id").asText() + "/activate", admin, "")
                .statusCode()).isEqualTo(409);
        assertThat(activeDplId()).isEqualTo(newer.get("id").asText());
    }

    @Test
    void shouldRejectTenThousandNestedUnElementsAndStoreNothing() throws Exception {
        int before = total();
        String xml = "<?xml version=\"1.0\"?>\n<CONSOLIDATED_LIST>\n" + "<A>".repeat(10_000) + "</A>".repeat(10_000)
                + "\n</CONSOLIDATED_LIST>\n";

        HttpResponse<String> r = un(xml);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(JSON.readTree(r.body()).at("/violations/0/message").asText()).contains("nested deeper than 16");
        assertThat(total()).isEqualTo(before);
        assertThat(reading.active(ListSource.UN)).isEmpty();
    }

    @Test
    void shouldRefuseADoctypeWithEntitiesInTheUnList() throws Exception {
        int before = total();
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE CONSOLIDATED_LIST [<!ENTITY a \"aaaaaaaaaa\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>\n<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL>"
                + "<DATAID>1</DATAID><FIRST_NAME>&b;</FIRST_NAME></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>\n";

        HttpResponse<String> r = un(xml);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(JSON.readTree(r.body()).at("/violations/0/message").asText())
                .contains("line 2").contains("DOCTYPE");
        assertThat(total()).isEqualTo(before);
        assertThat(reading.active(ListSource.UN)).isEmpty();
    }

    @Test
    void shouldRejectALineThatIsNotUtf8WithItsLineNumber() throws Exception {
        JsonNode good = activeDpl();
        int before = total();
        String[] lines = ListFiles.text("dpl.txt").split("\n", -1);
        byte[] head = (lines[0] + "\n" + lines[1] + "\n\"").getBytes(StandardCharsets.UTF_8);
        byte[] tail = lines[2].substring(1).getBytes(StandardCharsets.UTF_8);
        byte[] content = new byte[head.length + 1 + tail.length];
        System.arraycopy(head, 0, content, 0, head.length);
        content[head.length] = (byte) 0xFF;
        System.arraycopy(tail, 0, content, head.length + 1, tail.length);

        HttpResponse<String> r = ListFiles.uploadBytes(base, "BIS_DPL", admin, "dpl.txt", content);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        JsonNode problem = JSON.readTree(r.body());
        assertThat(problem.at("/violations/0/field").asText()).isEqualTo("file");
        assertThat(problem.at("/violations/0/message").asText()).contains("dpl.txt line 3").contains("not valid UTF-8");
        assertThat(total()).isEqualTo(before);
        assertThat(activeDplId()).isEqualTo(good.get("id").asText());
    }

    @Test
    void shouldHoldAHeaderOnlyFileFromTheWatchedDirectoryOnceAndNotImportItAgainEveryScan() throws Exception {
        String good = activeDpl().get("id").asText();
        Path file = root.resolve("BIS_DPL/dpl.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, DPL_HEADER + "\n\n", StandardCharsets.UTF_8);

        ListDirectoryImport.Outcome first = directory.scan(root).get(0);
        assertThat(first).isInstanceOfSatisfying(ListDirectoryImport.Outcome.Pending.class, p -> {
            assertThat(p.snapshot().status()).isEqualTo(StoredSnapshot.Status.PENDING_CONFIRMATION);
            assertThat(p.snapshot().statusReason()).contains("has no entries");
        });
        StoredSnapshot pending = ((ListDirectoryImport.Outcome.Pending) first).snapshot();
        assertThat(activeDplId()).isEqualTo(good);
        int total = total();

        ListDirectoryImport.Outcome second = directory.scan(root).get(0);
        assertThat(second).isInstanceOfSatisfying(ListDirectoryImport.Outcome.Held.class,
                h -> assertThat(h.snapshot().id()).isEqualTo(pending.id()));
        assertThat(total()).isEqualTo(total);

        json(http.post("/api/v1/list-snapshots/" + pending.id() + "/reject", admin, ""), 200);
        assertThat(directory.scan(root).get(0)).isInstanceOf(ListDirectoryImport.Outcome.Held.class);
        assertThat(total()).isEqualTo(total);
        assertThat(activeDplId()).isEqualTo(good);
    }

    @Test
    void shouldQueueNoJobWithoutPartiesAndADeltaJobOnceThereIsOne() throws Exception {
        int jobsBefore = json(http.get("/api/v1/screening-jobs", auditor), 200).size();
        String sdn = ListFiles.text("sdn.csv").replace("Director of PALESTINE LIBERATION FRONT",
                "Director (no parties test) of PALESTINE LIBERATION FRONT");
        JsonNode quiet = json(ListFiles.importSdn(base, admin, sdn), 201);

        assertThat(quiet.get("deltaJobId").isNull()).as(quiet.toString()).isTrue();
        assertThat(json(http.get("/api/v1/screening-jobs", auditor), 200).size()).isEqualTo(jobsBefore);
        assertThat(quiet.get("rescreening").asText()).isEqualTo("no parties to re-screen");
        assertThat(json(http.get("/api/v1/list-snapshots/" + quiet.get("id").asText(), auditor), 200)
                .get("rescreening").asText()).isEqualTo("no parties to re-screen");
        assertThat(audit.all()).anySatisfy(e -> {
            assertThat(e.entry().action()).isEqualTo("ListSnapshotImported");
            assertThat(e.entry().entityId()).isEqualTo(quiet.get("id").asText());
        });

        json(http.post("/api/v1/parties", analyst, "{\"kind\":\"ENTITY\",\"name\":\"Abu Abas Trading\","
                + "\"facts\":{\"validFrom\":\"2020-01-01\",\"organizedIn\":[\"DE\"],"
                + "\"principalPlaceOfBusiness\":\"DE\"}}"), 201);
        JsonNode changed = json(ListFiles.importSdn(base, admin, ListFiles.text("sdn.csv")), 201);
        assertThat(changed.at("/diff/changed").asInt()).isEqualTo(1);
        String jobId = changed.get("deltaJobId").asText();
        JsonNode job = json(http.get("/api/v1/screening-jobs/" + jobId, auditor), 200);
        assertThat(job.get("kind").asText()).isEqualTo("DELTA");
        assertThat(job.get("trigger").asText()).isEqualTo("snapshot:" + changed.get("id").asText());
        assertThat(changed.get("rescreening").asText()).isEqualTo("DELTA job " + jobId);
        assertThat(json(http.get("/api/v1/screening-jobs", auditor), 200).findValuesAsText("id"))
                .contains(jobId);
    }

    /** Imports the sample DPL (20 entries); whatever DPL this class left active, it removes none of them. */
    private JsonNode activeDpl() throws Exception {
        JsonNode s = json(dpl(ListFiles.text("dpl.txt")), 201);
        assertThat(s.get("status").asText()).isEqualTo("ACTIVE");
        return s;
    }

    private String activeDplId() {
        return reading.active(ListSource.BIS_DPL).orElseThrow().id().toString();
    }

    private int total() throws Exception {
        return json(http.get("/api/v1/list-snapshots", admin), 200).get("total").asInt();
    }

    private HttpResponse<String> dpl(String content) {
        return ListFiles.upload(base, "BIS_DPL", admin, Map.of("file", new String[] {"dpl.txt", content}));
    }

    private HttpResponse<String> un(String content) {
        return ListFiles.upload(base, "UN", admin, Map.of("file", new String[] {"un.xml", content}));
    }

    private static JsonNode json(HttpResponse<String> r, int status) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        return JSON.readTree(r.body());
    }
}
