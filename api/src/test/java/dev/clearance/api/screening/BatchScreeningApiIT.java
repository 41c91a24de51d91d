package dev.clearance.api.screening;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clearance.api.audit.AuditTrailReading;
import dev.clearance.api.support.HttpApiTestSupport;
import dev.clearance.screening.engine.Screening;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /api/v1/screenings/batch}: every query stored as evidence exactly like a single screening, readable by
 * id, remembered dispositions respected, bad queries named by path, and nothing stored when any query is bad.
 */
@MicronautTest(transactional = false)
class BatchScreeningApiIT extends HttpApiTestSupport {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BATCH = "/api/v1/screenings/batch";
    private static final String ABBAS = "OFAC_SDN:2674";
    private static final String ZAWAHIRI = "OFAC_SDN:2676";

    @Inject
    AuditTrailReading audit;
    @Inject
    TransactionOperations<Connection> tx;

    private JsonNode snapshot;

    @BeforeAll
    void setUp() throws Exception {
        snapshot = json(ListFiles.importSdn(base, admin, ListFiles.text("sdn.csv")), 201);
    }

    @Test
    void shouldStoreEveryQueryAsEvidenceReadableById() throws Exception {
        String party = party("Abu Abas Trading");
        ArrayNode queries = JSON.createArrayNode();
        queries.add(query("Abu Abas", "v-1").put("partyId", party).put("type", "INDIVIDUAL"));
        queries.add(query("Ayman al Zawahiri", "v-2").put("dateOfBirth", "1951-06-19").put("country", "EG"));
        queries.add(query("Hildegard Quenstedt-Ozolins", null));
        String user = "batch-happy";

        JsonNode batch = json(http.post(BATCH, idp.token(user, "analyst"), body(queries)), 200);

        assertThat(batch.get("count").asInt()).isEqualTo(3);
        assertThat(batch.get("engineVersion").asText()).isEqualTo(Screening.ENGINE_VERSION);
        assertThat(batch.get("threshold").asDouble()).isEqualTo(Screening.DEFAULT_THRESHOLD);
        assertThat(batch.get("screenedBy").asText()).isEqualTo(user);
        assertThat(batch.get("snapshots").findValuesAsText("sha256")).contains(snapshot.get("sha256").asText());
        assertThat(batch.get("snapshots").findValuesAsText("listName"))
                .contains("OFAC Specially Designated Nationals and Blocked Persons List (SDN)");
        JsonNode results = batch.get("results");
        assertThat(results).hasSize(3);
        assertThat(results.get(0).get("index").asInt()).isZero();
        assertThat(results.get(0).get("reference").asText()).isEqualTo("v-1");
        assertThat(results.get(0).get("partyId").asText()).isEqualTo(party);
        assertThat(results.get(2).get("reference").isNull()).isTrue();
        assertThat(results.get(2).get("hitCount").asInt()).isZero();
        assertThat(results.get(2).get("topHits")).isEmpty();
        assertThat(hit(results.get(0).get("topHits"), ABBAS)).as(results.get(0).toString()).isNotNull();
        assertThat(hit(results.get(1).get("topHits"), ZAWAHIRI)).as(results.get(1).toString()).isNotNull();
        int totalHits = 0;
        for (JsonNode r : results) {
            assertThat(r.get("topHits").size()).isLessThanOrEqualTo(Math.min(3, r.get("hitCount").asInt()));
            totalHits += r.get("hitCount").asInt();
        }
        assertThat(batch.get("hits").asInt()).isEqualTo(totalHits);
        assertThat(count("screening", user)).isEqualTo(3);
        assertThat(count("screening_hit", user)).isEqualTo(totalHits);

        for (int i = 0; i < 3; i++) {
            JsonNode item = results.get(i);
            JsonNode stored = json(http.get("/api/v1/screenings/" + item.get("screeningId").asText(), auditor), 200);
            assertThat(stored.get("hits")).hasSize(item.get("hitCount").asInt());
            assertThat(stored.get("raised").asInt()).isEqualTo(item.get("raised").asInt());
            assertThat(stored.at("/query/name").asText()).isEqualTo(queries.get(i).get("name").asText());
            assertThat(stored.get("engineVersion").asText()).isEqualTo(Screening.ENGINE_VERSION);
            assertThat(stored.get("threshold").asDouble()).isEqualTo(Screening.DEFAULT_THRESHOLD);
            assertThat(stored.get("snapshots")).isEqualTo(batch.get("snapshots"));
            assertThat(stored.get("screenedBy").asText()).isEqualTo(user);
            for (int h = 0; h < item.get("topHits").size(); h++) {
                JsonNode shown = item.get("topHits").get(h);
                JsonNode kept = stored.get("hits").get(h);
                assertThat(kept.get("id")).isEqualTo(shown.get("id"));
                assertThat(kept.get("entryKey")).isEqualTo(shown.get("entryKey"));
                assertThat(kept.get("entryContentHash")).isEqualTo(shown.get("entryContentHash"));
                assertThat(kept.get("score")).isEqualTo(shown.get("score"));
                assertThat(kept.get("snapshotId").asText()).isEqualTo(snapshot.get("id").asText());
            }
        }
        JsonNode zawahiri = json(http.get("/api/v1/screenings/" + results.get(1).get("screeningId").asText(),
                auditor), 200);
        assertThat(zawahiri.at("/query/dateOfBirth").asText()).isEqualTo("1951-06-19");
        assertThat(zawahiri.at("/query/country").asText()).isEqualTo("EG");
        assertThat(hit(zawahiri.get("hits"), ZAWAHIRI).at("/score/dobMatch").asText()).isEqualTo("MATCH");

        assertThat(count("audit_event", user)).isEqualTo(1);
        assertThat(audit.all()).anySatisfy(e -> {
            assertThat(e.entry().action()).isEqualTo("ScreeningBatchCompleted");
            assertThat(e.entry().entityType()).isEqualTo("screening-batch");
            assertThat(e.entry().entityId()).isEqualTo(batch.get("batchId").asText());
            assertThat(e.entry().actor()).isEqualTo(user);
        });
    }

    @Test
    void shouldScreenAThousandNamesInOneRequestForAnAdmin() throws Exception {
        ArrayNode queries = JSON.createArrayNode();
        for (int i = 0; i < 1000; i++) {
            queries.add(query(i % 10 == 0 ? "Abu Abas" : "Company Number " + i + " Holdings", "r" + i));
        }
        String user = "batch-admin";
        JsonNode batch = json(http.post(BATCH, idp.token(user, "admin"), body(queries)), 200);
        assertThat(batch.get("results")).hasSize(1000);
        assertThat(batch.get("screenedBy").asText()).isEqualTo(user);
        for (int i = 0; i < 1000; i++) {
            assertThat(batch.get("results").get(i).get("reference").asText()).isEqualTo("r" + i);
        }
        assertThat(hit(batch.get("results").get(990).get("topHits"), ABBAS)).isNotNull();
        assertThat(count("screening", user)).isEqualTo(1000);
        assertThat(count("screening_hit", user)).isEqualTo(batch.get("hits").asInt()).isGreaterThanOrEqualTo(100);
    }

    @Test
    void shouldRespectRememberedDispositions() throws Exception {
        String party = party("Abbas Holdings");
        JsonNode single = json(http.post("/api/v1/screenings", analyst,
                "{\"partyId\":\"" + party + "\",\"name\":\"Abu Abas\",\"type\":\"INDIVIDUAL\"}"), 201);
        JsonNode hit = hit(single.get("hits"), ABBAS);
        JsonNode disposition = json(http.post("/api/v1/screenings/" + single.get("id").asText() + "/hits/"
                + hit.get("id").asText() + "/disposition", analyst,
                "{\"decision\":\"FALSE_POSITIVE\",\"reason\":\"A trading company, not the individual\"}"), 201);
        JsonNode noParty = json(http.post("/api/v1/screenings", analyst, "{\"name\":\"Ayman al Zawahiri\"}"), 201);
        JsonNode zHit = hit(noParty.get("hits"), ZAWAHIRI);
        JsonNode zDisposition = json(http.post("/api/v1/screenings/" + noParty.get("id").asText() + "/hits/"
                + zHit.get("id").asText() + "/disposition", analyst,
                "{\"decision\":\"TRUE_MATCH\",\"reason\":\"Same person\"}"), 201);

        ArrayNode queries = JSON.createArrayNode();
        queries.add(query("Abu Abas", "same-party").put("partyId", party).put("type", "INDIVIDUAL"));
        queries.add(query("Abu Abas", "other-party").put("partyId", party("Someone Else")).put("type", "INDIVIDUAL"));
        queries.add(query("  ayman AL   zawahiri ", "same-query"));
        JsonNode batch = json(http.post(BATCH, analyst, body(queries)), 200);
        JsonNode results = batch.get("results");

        JsonNode remembered = hit(results.get(0).get("topHits"), ABBAS);
        assertThat(remembered.get("previouslyDispositioned").asBoolean()).isTrue();
        assertThat(remembered.at("/previousDisposition/id").asText()).isEqualTo(disposition.get("id").asText());
        assertThat(remembered.at("/previousDisposition/decision").asText()).isEqualTo("FALSE_POSITIVE");
        assertThat(results.get(0).get("raised").asInt()).isEqualTo(single.get("raised").asInt() - 1);
        assertThat(hit(results.get(1).get("topHits"), ABBAS).get("previouslyDispositioned").asBoolean()).isFalse();
        JsonNode sameQuery = hit(results.get(2).get("topHits"), ZAWAHIRI);
        assertThat(sameQuery.get("previouslyDispositioned").asBoolean()).isTrue();
        assertThat(sameQuery.at("/previousDisposition/id").asText()).isEqualTo(zDisposition.get("id").asText());

        JsonNode stored = json(http.get("/api/v1/screenings/" + results.get(0).get("screeningId").asText(),
                auditor), 200);
        JsonNode storedHit = hit(stored.get("hits"), ABBAS);
        assertThat(storedHit.get("previouslyDispositioned").asBoolean()).isTrue();
        assertThat(storedHit.at("/previousDisposition/id").asText()).isEqualTo(disposition.get("id").asText());
        assertThat(stored.get("raised").asInt()).isEqualTo(results.get(0).get("raised").asInt());
    }

    @Test
    void shouldNameEveryBadQueryByPathAndStoreNothing() throws Exception {
        String user = "batch-bad";
        String token = idp.token(user, "analyst");
        ArrayNode queries = JSON.createArrayNode();
        queries.add(query("Abu Abas", "ok"));
        queries.add(query("X", null).put("country", "Germany"));
        queries.add(query("X", null).put("dateOfBirth", "10 Dec 1948"));
        queries.add(query("", null));
        queries.add(query("Ayman al Zawahiri", null).put("partyId", "00000000-0000-7000-8000-000000000000"));
        queries.add(query("X", null).put("type", "PERSON"));
        JsonNode problem = problem(http.post(BATCH, token, body(queries)));
        assertThat(fields(problem)).containsExactly("$.queries[1].country", "$.queries[2].dateOfBirth",
                "$.queries[3].name", "$.queries[5].type");

        // every field well-formed, but a party that does not exist and a date that does not: still nothing stored
        ArrayNode unknownParty = JSON.createArrayNode();
        unknownParty.add(query("Abu Abas", "ok"));
        unknownParty.add(query("Ayman al Zawahiri", null).put("partyId", "00000000-0000-7000-8000-000000000000"));
        unknownParty.add(query("Ayman al Zawahiri", null));
        unknownParty.add(query("Abu Abas", null).put("dateOfBirth", "1948-13-10"));
        assertThat(fields(problem(http.post(BATCH, token, body(unknownParty)))))
                .containsExactly("$.queries[1].partyId", "$.queries[3].dateOfBirth");

        assertThat(count("screening", user)).isZero();
        assertThat(count("audit_event", user)).isZero();
    }

    @Test
    void shouldRejectEmptyMissingAndOversizedBatches() throws Exception {
        assertThat(fields(problem(http.post(BATCH, analyst, "{\"queries\":[]}")))).containsExactly("$.queries");
        assertThat(fields(problem(http.post(BATCH, analyst, "{}")))).containsExactly("$.queries");
        assertThat(fields(problem(http.post(BATCH, analyst, "{\"queries\":[null]}"))))
                .containsExactly("$.queries[0]");
        ArrayNode tooMany = JSON.createArrayNode();
        for (int i = 0; i < 1001; i++) {
            tooMany.add(query("Name " + i, null));
        }
        assertThat(fields(problem(http.post(BATCH, analyst, body(tooMany))))).containsExactly("$.queries");
        HttpResponse<String> badUuid = http.post(BATCH, analyst,
                "{\"queries\":[{\"name\":\"X\",\"partyId\":\"not-a-uuid\"}]}");
        assertThat(badUuid.statusCode()).as(badUuid.body()).isEqualTo(400);
        assertThat(badUuid.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    @Test
    void shouldAllowOnlyAnalystsAndAdmins() {
        String body = "{\"queries\":[{\"name\":\"Abu Abas\"}]}";
        for (String role : new String[] {"auditor", "security-reviewer", "legal-reviewer"}) {
            HttpResponse<String> r = http.post(BATCH, idp.token("someone", role), body);
            assertThat(r.statusCode()).as(role + " -> " + r.body()).isEqualTo(403);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        }
        assertThat(http.post(BATCH, null, body).statusCode()).isEqualTo(401);
    }

    /** Screenings, their hits and audit events by one user: unaffected by other tests' background jobs. */
    private int count(String what, String user) {
        String sql = switch (what) {
            case "screening" -> "select count(*) from screening where screened_by = ?";
            case "screening_hit" -> "select count(*) from screening_hit h join screening s on s.id = h.screening_id"
                    + " where s.screened_by = ?";
            case "audit_event" -> "select count(*) from audit_event where actor = ?";
            default -> throw new IllegalArgumentException(what);
        };
        return tx.executeRead(status -> {
            try (PreparedStatement st = status.getConnection().prepareStatement(sql)) {
                st.setString(1, user);
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static ObjectNode query(String name, String reference) {
        ObjectNode q = JSON.createObjectNode().put("name", name);
        if (reference != null) {
            q.put("reference", reference);
        }
        return q;
    }

    private static String body(ArrayNode queries) {
        ObjectNode b = JSON.createObjectNode();
        b.set("queries", queries);
        return b.toString();
    }

    private String party(String name) throws Exception {
        JsonNode p = json(http.post("/api/v1/parties", analyst, "{\"kind\":\"ENTITY\",\"name\":\"" + name
                + "\",\"facts\":{\"validFrom\":\"2020-01-01\",\"organizedIn\":[\"DE\"],"
                + "\"principalPlaceOfBusiness\":\"DE\"}}"), 201);
        return p.get("id").asText();
    }

    private static JsonNode hit(JsonNode hits, String entryKey) {
        for (JsonNode h : hits) {
            if (h.get("entryKey").asText().equals(entryKey)) {
                return h;
            }
        }
        return null;
    }

    private static JsonNode problem(HttpResponse<String> r) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode p = JSON.readTree(r.body());
        assertThat(p.get("type").asText()).isEqualTo("https://clearance.dev/problems/invalid-request");
        return p;
    }

    private static List<String> fields(JsonNode problem) {
        List<String> out = new ArrayList<>();
        problem.get("violations").forEach(v -> out.add(v.get("field").asText()));
        return out;
    }

    private static JsonNode json(HttpResponse<String> r, int status) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        return JSON.readTree(r.body());
    }
}
