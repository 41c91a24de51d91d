package dev.clearance.api.screening;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clearance.api.audit.AuditTrailReading;
import dev.clearance.api.support.ApiTestSupport;
import dev.clearance.api.support.Http;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** List import through HTTP multipart uploads: snapshots, counts, diffs, malformed files, roles. */
@MicronautTest(transactional = false)
class ListSnapshotApiIT extends ApiTestSupport {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EmbeddedServer server;
    @Inject
    AuditTrailReading audit;

    private Http http;
    private String base;
    private String admin;

    @BeforeAll
    void client() {
        base = server.getURL().toString();
        http = new Http(base);
        admin = idp.token("adam", "admin");
    }

    @Test
    void shouldImportTheDeniedPersonsListAndDiffASecondImportWithOneEntryChangedAndOneRemoved() throws Exception {
        String original = ListFiles.text("dpl.txt");
        JsonNode first = json(dpl(original), 201);
        int entries = first.at("/counts/entries").asInt();
        assertThat(entries).isGreaterThan(10);
        assertThat(first.get("source").asText()).isEqualTo("BIS_DPL");
        assertThat(first.get("sha256").asText()).matches("[0-9a-f]{64}");
        assertThat(first.get("active").asBoolean()).isTrue();

        List<String> lines = new ArrayList<>(Arrays.asList(original.split("\n", -1)));
        lines.set(2, lines.get(2).replace("\"2022-08-29\"", "\"2026-11-01\""));
        lines.remove(3);
        JsonNode second = json(dpl(String.join("\n", lines)), 201);
        assertThat(second.at("/counts/entries").asInt()).isEqualTo(entries - 1);
        assertThat(second.at("/diff/added").asInt()).isZero();
        assertThat(second.at("/diff/removed").asInt()).isEqualTo(1);
        assertThat(second.at("/diff/changed").asInt()).isEqualTo(1);
        assertThat(second.get("previousSnapshotId").asText()).isEqualTo(first.get("id").asText());

        JsonNode before = json(http.get("/api/v1/list-snapshots/" + first.get("id").asText(),
                idp.token("audrey", "auditor")), 200);
        assertThat(before.get("active").asBoolean()).isFalse();
        JsonNode all = json(http.get("/api/v1/list-snapshots", idp.token("alice", "analyst")), 200);
        assertThat(all.get("items").findValuesAsText("id")).contains(first.get("id").asText(),
                second.get("id").asText());
        assertThat(audit.all()).anySatisfy(e -> {
            assertThat(e.entry().action()).isEqualTo("ListSnapshotImported");
            assertThat(e.entry().entityId()).isEqualTo(second.get("id").asText());
            assertThat(e.entry().actor()).isEqualTo("adam");
        });
    }

    @Test
    void shouldRejectAMalformedFileNamingTheLineAndKeepThePreviousSnapshotActive() throws Exception {
        JsonNode good = json(dpl(ListFiles.text("dpl.txt")), 201);
        int before = json(http.get("/api/v1/list-snapshots", admin), 200).get("total").asInt();
        List<String> lines = new ArrayList<>(Arrays.asList(ListFiles.text("dpl.txt").split("\n", -1)));
        lines.set(4, "\"BROKEN RECORD\"\t\"ONLY TWO COLUMNS\"");

        HttpResponse<String> bad = dpl(String.join("\n", lines));
        assertThat(bad.statusCode()).as(bad.body()).isEqualTo(400);
        assertThat(bad.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(bad.body());
        assertThat(problem.at("/violations/0/field").asText()).isEqualTo("file");
        assertThat(problem.at("/violations/0/message").asText()).contains("dpl.txt").contains("line 5");

        JsonNode all = json(http.get("/api/v1/list-snapshots", admin), 200);
        assertThat(all.get("total").asInt()).isEqualTo(before);
        assertThat(json(http.get("/api/v1/list-snapshots/" + good.get("id").asText(), admin), 200)
                .get("active").asBoolean()).isTrue();
    }

    @Test
    void shouldImportOfacSdnFromItsThreeFiles() throws Exception {
        JsonNode sdn = json(ListFiles.importSdn(base, admin, ListFiles.text("sdn.csv")), 201);
        assertThat(sdn.at("/counts/entries").asInt()).isEqualTo(22);
        assertThat(sdn.at("/counts/individuals").asInt()).isEqualTo(2);
        assertThat(sdn.get("files").findValuesAsText("name")).containsExactly("sdn.csv", "alt.csv", "add.csv");
    }

    @Test
    void shouldImportAListFileLargerThanTheDefaultOneMegabytePartLimit() throws Exception {
        json(dpl(ListFiles.text("dpl.txt")), 201);
        String[] lines = ListFiles.text("dpl.txt").split("\n");
        // NB: the sample's own records stay in, so the big file removes nothing and activates at once.
        StringBuilder big = new StringBuilder(String.join("\n", lines)).append('\n');
        int rows = 0;
        while (big.length() < 1_500_000) {
            big.append(lines[1 + rows % (lines.length - 1)].replaceFirst("\"", "\"R" + rows + " ")).append('\n');
            rows++;
        }
        JsonNode snapshot = json(dpl(big.toString()), 201);
        assertThat(snapshot.at("/counts/entries").asInt()).isEqualTo(rows + lines.length - 1);

        // The other tests sharing this database expect the 20-record sample to be the active DPL again; going
        // back removes nearly every entry, so an admin has to confirm it (ADR 0009).
        JsonNode back = json(dpl(ListFiles.text("dpl.txt")), 202);
        assertThat(back.get("statusReason").asText()).startsWith("would remove " + rows + " of " + (rows + 20));
        JsonNode active = json(http.post("/api/v1/list-snapshots/" + back.get("id").asText() + "/activate", admin,
                ""), 200);
        assertThat(active.get("active").asBoolean()).isTrue();
    }

    @Test
    void shouldRejectMissingPartsAndUnknownSources() throws Exception {
        HttpResponse<String> noSdn = ListFiles.upload(base, "OFAC_SDN", admin,
                Map.of("file", new String[] {"sdn.csv", ListFiles.text("sdn.csv")}));
        assertThat(noSdn.statusCode()).as(noSdn.body()).isEqualTo(400);
        assertThat(JSON.readTree(noSdn.body()).get("violations").findValuesAsText("field")).contains("sdn", "file");

        HttpResponse<String> unknown = ListFiles.upload(base, "NOPE", admin,
                Map.of("file", new String[] {"x.csv", "x"}));
        assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(400);
        assertThat(JSON.readTree(unknown.body()).at("/violations/0/field").asText()).isEqualTo("source");
    }

    @Test
    void shouldForbidImportToAuditorsAndAnalysts() {
        for (String token : List.of(idp.token("audrey", "auditor"), idp.token("alice", "analyst"))) {
            HttpResponse<String> r = ListFiles.upload(base, "BIS_DPL", token,
                    Map.of("file", new String[] {"dpl.txt", ListFiles.text("dpl.txt")}));
            assertThat(r.statusCode()).isEqualTo(403);
        }
        assertThat(http.get("/api/v1/list-snapshots", idp.token("sam", "security-reviewer")).statusCode())
                .isEqualTo(403);
        assertThat(http.get("/api/v1/list-snapshots", null).statusCode()).isEqualTo(401);
    }

    @Test
    void shouldAnswer404ForAnUnknownSnapshot() {
        assertThat(http.get("/api/v1/list-snapshots/00000000-0000-7000-8000-000000000000", admin).statusCode())
                .isEqualTo(404);
    }

    private HttpResponse<String> dpl(String content) {
        return ListFiles.upload(base, "BIS_DPL", admin, Map.of("file", new String[] {"dpl.txt", content}));
    }

    private static JsonNode json(HttpResponse<String> r, int status) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        return JSON.readTree(r.body());
    }
}
