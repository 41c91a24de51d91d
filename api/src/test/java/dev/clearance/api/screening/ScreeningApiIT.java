package dev.clearance.api.screening;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clearance.api.audit.AuditTrailReading;
import dev.clearance.api.support.HttpApiTestSupport;
import dev.clearance.screening.engine.Screening;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * Screening as evidence through HTTP: hits with score parts against the active snapshots, dispositions remembered
 * per party and entry content hash, a changed entry raised again.
 */
@MicronautTest(transactional = false)
class ScreeningApiIT extends HttpApiTestSupport {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ABBAS = "OFAC_SDN:2674";

    @Inject
    AuditTrailReading audit;


    @Test
    void shouldRememberAFalsePositiveForThePartyUntilTheEntryChanges() throws Exception {
        JsonNode snapshot = json(ListFiles.importSdn(base, admin, ListFiles.text("sdn.csv")), 201);
        String party = party("Abu Abas Trading");

        JsonNode first = screen("{\"partyId\":\"" + party + "\",\"name\":\"Abu Abas\",\"type\":\"INDIVIDUAL\"}");
        JsonNode hit = hit(first, ABBAS);
        assertThat(hit).as(first.toString()).isNotNull();
        assertThat(hit.get("previouslyDispositioned").asBoolean()).isFalse();
        assertThat(hit.get("entryName").asText()).isEqualTo("ABBAS, Abu");
        assertThat(hit.get("entryContentHash").asText()).matches("[0-9a-f]{64}");
        assertThat(hit.at("/score/finalScore").asDouble()).isGreaterThanOrEqualTo(Screening.DEFAULT_THRESHOLD);
        assertThat(hit.at("/score/nameScore").asDouble()).isBetween(0.0, 1.0);
        assertThat(hit.at("/score/tokenScore").asDouble()).isBetween(0.0, 1.0);
        assertThat(hit.at("/score/typeMatch").asText()).isEqualTo("MATCH");
        assertThat(hit.at("/score/dobMatch").asText()).isEqualTo("UNKNOWN");
        assertThat(hit.get("snapshotId").asText()).isEqualTo(snapshot.get("id").asText());
        assertThat(first.get("engineVersion").asText()).isEqualTo(Screening.ENGINE_VERSION);
        assertThat(first.get("threshold").asDouble()).isEqualTo(Screening.DEFAULT_THRESHOLD);
        assertThat(first.get("snapshots").findValuesAsText("id")).contains(snapshot.get("id").asText());
        assertThat(first.get("snapshots").findValuesAsText("sha256")).contains(snapshot.get("sha256").asText());
        JsonNode screened = null;
        for (JsonNode s : first.get("snapshots")) {
            if (s.get("id").asText().equals(snapshot.get("id").asText())) {
                screened = s;
            }
        }
        assertThat(screened).as(first.toString()).isNotNull();
        assertThat(screened.get("source").asText()).isEqualTo("OFAC_SDN");
        assertThat(screened.get("listName").asText())
                .isEqualTo("OFAC Specially Designated Nationals and Blocked Persons List (SDN)");
        assertThat(screened.get("publisher").asText())
                .isEqualTo("U.S. Department of the Treasury, Office of Foreign Assets Control");
        // NB: compared with the stored snapshot; the import's own response carries the clock's nanoseconds, the
        // database keeps microseconds.
        JsonNode storedSnapshot = json(http.get("/api/v1/list-snapshots/" + snapshot.get("id").asText(), auditor), 200);
        assertThat(screened.get("importedAt").asText()).isEqualTo(storedSnapshot.get("importedAt").asText());
        assertThat(snapshot.get("listName").asText()).isEqualTo(screened.get("listName").asText());
        assertThat(snapshot.get("publisher").asText()).isEqualTo(screened.get("publisher").asText());
        assertThat(first.at("/query/name").asText()).isEqualTo("Abu Abas");

        String disposePath = "/api/v1/screenings/" + first.get("id").asText() + "/hits/" + hit.get("id").asText()
                + "/disposition";
        HttpResponse<String> noReason = http.post(disposePath, analyst, "{\"decision\":\"FALSE_POSITIVE\"}");
        assertThat(noReason.statusCode()).as(noReason.body()).isEqualTo(400);
        assertThat(http.post(disposePath, auditor, "{\"decision\":\"FALSE_POSITIVE\",\"reason\":\"x\"}")
                .statusCode()).isEqualTo(403);
        JsonNode disposition = json(http.post(disposePath, analyst,
                "{\"decision\":\"FALSE_POSITIVE\",\"reason\":\"Trading company, not the individual; no DOB match\"}"),
                201);
        assertThat(disposition.get("decision").asText()).isEqualTo("FALSE_POSITIVE");
        assertThat(disposition.get("decidedBy").asText()).isEqualTo("alice");

        JsonNode evidence = json(http.get("/api/v1/screenings/" + first.get("id").asText(), auditor), 200);
        JsonNode stored = hit(evidence, ABBAS);
        assertThat(stored.at("/dispositions/0/decision").asText()).isEqualTo("FALSE_POSITIVE");
        assertThat(stored.at("/dispositions/0/reason").asText()).startsWith("Trading company");
        assertThat(stored.at("/score/finalScore").asDouble()).isEqualTo(hit.at("/score/finalScore").asDouble());

        JsonNode again = screen("{\"partyId\":\"" + party + "\",\"name\":\"Abu Abas\",\"type\":\"INDIVIDUAL\"}");
        JsonNode remembered = hit(again, ABBAS);
        assertThat(remembered.get("previouslyDispositioned").asBoolean()).isTrue();
        assertThat(remembered.at("/previousDisposition/id").asText()).isEqualTo(disposition.get("id").asText());
        assertThat(again.get("raised").asInt()).isEqualTo(first.get("raised").asInt() - 1);

        JsonNode otherParty = screen("{\"partyId\":\"" + party("Someone Else") + "\",\"name\":\"Abu Abas\"}");
        assertThat(hit(otherParty, ABBAS).get("previouslyDispositioned").asBoolean()).isFalse();

        String changed = ListFiles.text("sdn.csv").replace("Director of PALESTINE LIBERATION FRONT",
                "Former director of PALESTINE LIBERATION FRONT");
        JsonNode newer = json(ListFiles.importSdn(base, admin, changed), 201);
        assertThat(newer.at("/diff/changed").asInt()).isEqualTo(1);
        JsonNode afterChange = screen("{\"partyId\":\"" + party + "\",\"name\":\"Abu Abas\",\"type\":\"INDIVIDUAL\"}");
        JsonNode raisedAgain = hit(afterChange, ABBAS);
        assertThat(raisedAgain.get("previouslyDispositioned").asBoolean()).isFalse();
        assertThat(raisedAgain.get("entryContentHash").asText()).isNotEqualTo(hit.get("entryContentHash").asText());
        assertThat(raisedAgain.get("snapshotId").asText()).isEqualTo(newer.get("id").asText());

        assertThat(audit.all()).anySatisfy(e -> {
            assertThat(e.entry().action()).isEqualTo("HitDispositioned");
            assertThat(e.entry().entityId()).isEqualTo(hit.get("id").asText());
        });
        assertThat(audit.all()).anySatisfy(e -> {
            assertThat(e.entry().action()).isEqualTo("ScreeningCompleted");
            assertThat(e.entry().entityId()).isEqualTo(first.get("id").asText());
        });
    }

    @Test
    void shouldRememberADispositionForTheSameQueryWithoutAParty() throws Exception {
        json(ListFiles.importSdn(base, admin, ListFiles.text("sdn.csv")), 201);
        JsonNode first = screen("{\"name\":\"Ayman al Zawahiri\"}");
        JsonNode hit = hit(first, "OFAC_SDN:2676");
        assertThat(hit).as(first.toString()).isNotNull();
        json(http.post("/api/v1/screenings/" + first.get("id").asText() + "/hits/" + hit.get("id").asText()
                + "/disposition", analyst, "{\"decision\":\"TRUE_MATCH\",\"reason\":\"Same person\"}"), 201);
        JsonNode again = screen("{\"name\":\"  ayman AL   zawahiri \"}");
        assertThat(hit(again, "OFAC_SDN:2676").get("previouslyDispositioned").asBoolean()).isTrue();
    }

    @Test
    void shouldRejectBadScreeningBodies() throws Exception {
        for (String body : new String[] {"{\"name\":\"\"}", "{}", "{\"name\":\"X\",\"country\":\"Germany\"}",
                "{\"name\":\"X\",\"type\":\"PERSON\"}", "{\"name\":\"X\",\"dateOfBirth\":\"10 Dec 1948\"}",
                "{\"name\":\"X\",\"partyId\":\"00000000-0000-7000-8000-000000000000\"}",
                "{\"name\":\"X\",\"partyId\":\"not-a-uuid\"}"}) {
            HttpResponse<String> r = http.post("/api/v1/screenings", analyst, body);
            assertThat(r.statusCode()).as(body + " -> " + r.body()).isEqualTo(400);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        }
    }

    @Test
    void shouldCheckRolesAndUnknownIds() {
        assertThat(http.post("/api/v1/screenings", auditor, "{\"name\":\"X\"}").statusCode()).isEqualTo(403);
        assertThat(http.get("/api/v1/screenings/00000000-0000-7000-8000-000000000000", auditor).statusCode())
                .isEqualTo(404);
        assertThat(http.post("/api/v1/screenings/00000000-0000-7000-8000-000000000000/hits/"
                + "00000000-0000-7000-8000-000000000000/disposition", analyst,
                "{\"decision\":\"FALSE_POSITIVE\",\"reason\":\"r\"}").statusCode()).isEqualTo(404);
    }

    private String party(String name) throws Exception {
        JsonNode p = json(http.post("/api/v1/parties", analyst, "{\"kind\":\"ENTITY\",\"name\":\"" + name
                + "\",\"facts\":{\"validFrom\":\"2020-01-01\",\"organizedIn\":[\"DE\"],"
                + "\"principalPlaceOfBusiness\":\"DE\"}}"), 201);
        return p.get("id").asText();
    }

    private JsonNode screen(String body) throws Exception {
        return json(http.post("/api/v1/screenings", analyst, body), 201);
    }

    private static JsonNode hit(JsonNode screening, String entryKey) {
        for (JsonNode h : screening.get("hits")) {
            if (h.get("entryKey").asText().equals(entryKey)) {
                return h;
            }
        }
        return null;
    }

    private static JsonNode json(HttpResponse<String> r, int status) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        return JSON.readTree(r.body());
    }
}
