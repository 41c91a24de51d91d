package dev.clearance.api.party;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clearance.api.audit.AuditTrailReading;
import dev.clearance.api.support.HttpApiTestSupport;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Issue 11's due-diligence gaps: an employment is ended on a date; an archived edge keeps the reason given. */
@MicronautTest(transactional = false)
class EmploymentEndAndArchiveReasonIT extends HttpApiTestSupport {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    AuditTrailReading audit;

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body());
    }

    private String register(String kind, String name, String facts) throws Exception {
        HttpResponse<String> r = http.post("/api/v1/parties", analyst,
                "{\"kind\":\"" + kind + "\",\"name\":\"" + name + " " + UUID.randomUUID().toString().substring(0, 8)
                        + "\",\"facts\":" + facts + "}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return json(r).get("id").asText();
    }

    private boolean coveredAsOf(String party, String asOf) throws Exception {
        HttpResponse<String> r = http.get("/api/v1/parties/" + party + "/covered-person?asOf=" + asOf, analyst);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return json(r).get("covered").asBoolean();
    }

    @Test
    void shouldEndAnEmploymentOnADateAndRecomputeTheIndividual() throws Exception {
        String employer = register("ENTITY", "Covered Employer Co.", "{\"validFrom\":\"2020-01-01\",\"organizedIn\":[\"CN\"]}");
        String person = register("INDIVIDUAL", "Robin Example", "{\"validFrom\":\"2020-01-01\",\"citizenships\":[\"FR\"],"
                + "\"locatedIn\":\"FR\",\"primaryResidence\":\"FR\"}");
        HttpResponse<String> added = http.post("/api/v1/parties/" + person + "/employers", analyst,
                "{\"employerPartyId\":\"" + employer + "\",\"kind\":\"EMPLOYEE\",\"validFrom\":\"2020-01-01\"}");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        String employment = json(added).get("id").asText();
        assertThat(coveredAsOf(person, "2024-06-01")).isTrue();
        int auditBefore = audit.all().size();

        HttpResponse<String> early = http.post("/api/v1/employments/" + employment + "/end", analyst,
                "{\"validTo\":\"2019-12-31\"}");
        assertThat(early.statusCode()).isEqualTo(400);
        assertThat(json(early).get("violations").findValuesAsText("field")).containsExactly("$.validTo");
        assertThat(http.post("/api/v1/employments/" + employment + "/end", auditor, "{\"validTo\":\"2025-01-01\"}")
                .statusCode()).isEqualTo(403);
        assertThat(audit.all()).hasSize(auditBefore);

        HttpResponse<String> ended = http.post("/api/v1/employments/" + employment + "/end", analyst,
                "{\"validTo\":\"2025-01-01\"}");
        assertThat(ended.statusCode()).as(ended.body()).isEqualTo(200);
        assertThat(json(ended).get("validTo").asText()).isEqualTo("2025-01-01");
        assertThat(json(ended).get("endedBy").asText()).isEqualTo("alice");

        assertThat(coveredAsOf(person, "2024-12-31")).as("still employed the day before").isTrue();
        assertThat(coveredAsOf(person, "2025-01-01")).as("the end date is exclusive").isFalse();
        assertThat(json(http.get("/api/v1/parties/" + person, analyst)).at("/coveredStatus/covered").asBoolean())
                .as("the stored status was recomputed").isFalse();
        assertThat(audit.all().subList(auditBefore, audit.all().size()))
                .anySatisfy(e -> assertThat(e.entry().action()).isEqualTo("PartyFactsChanged"));
        JsonNode people = json(http.get("/api/v1/parties/" + employer + "/people", auditor));
        assertThat(people.get(0).get("validTo").asText()).isEqualTo("2025-01-01");

        HttpResponse<String> later = http.post("/api/v1/employments/" + employment + "/end", analyst,
                "{\"validTo\":\"2026-01-01\"}");
        assertThat(later.statusCode()).isEqualTo(400);
        assertThat(json(later).get("violations").get(0).get("message").asText()).contains("already ends on 2025-01-01");
        assertThat(http.post("/api/v1/employments/" + UUID.randomUUID() + "/end", analyst,
                "{\"validTo\":\"2026-01-01\"}").statusCode()).isEqualTo(404);
    }

    @Test
    void shouldKeepTheReasonGivenForArchivingAnEdgeInTheHistory() throws Exception {
        String owned = register("ENTITY", "Archive Reason GmbH", "{\"validFrom\":\"2020-01-01\",\"organizedIn\":[\"DE\"]}");
        String owner = register("ENTITY", "Archive Owner Ltd", "{\"validFrom\":\"2020-01-01\",\"organizedIn\":[\"GB\"]}");
        String other = register("ENTITY", "Archive Other Ltd", "{\"validFrom\":\"2020-01-01\",\"organizedIn\":[\"GB\"]}");
        String[] edges = new String[2];
        int i = 0;
        for (String o : new String[] {owner, other}) {
            HttpResponse<String> r = http.post("/api/v1/parties/" + owned + "/owners", analyst, "{\"ownerPartyId\":\""
                    + o + "\",\"percent\":30,\"validFrom\":\"2020-01-01\",\"source\":\"register\"}");
            assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
            edges[i++] = json(r).get("id").asText();
        }

        HttpResponse<String> tooLong = http.post("/api/v1/ownership-edges/" + edges[0] + "/archive", analyst,
                "{\"reason\":\"" + "x".repeat(501) + "\"}");
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(json(tooLong).get("violations").findValuesAsText("field")).containsExactly("$.reason");

        HttpResponse<String> withReason = http.post("/api/v1/ownership-edges/" + edges[0] + "/archive", analyst,
                "{\"reason\":\"  Entered against the wrong party  \"}");
        assertThat(withReason.statusCode()).as(withReason.body()).isEqualTo(200);
        assertThat(json(withReason).get("archiveReason").asText()).isEqualTo("Entered against the wrong party");
        HttpResponse<String> without = http.post("/api/v1/ownership-edges/" + edges[1] + "/archive", analyst, "");
        assertThat(without.statusCode()).as(without.body()).isEqualTo(200);

        JsonNode history = json(http.get("/api/v1/parties/" + owned + "/owners", auditor));
        assertThat(history.findValues("archiveReason")).extracting(JsonNode::asText)
                .contains("Entered against the wrong party");
        assertThat(history.findValues("archiveReason")).anySatisfy(n -> assertThat(n.isNull()).isTrue());
    }
}
