package dev.clearance.api.classification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clearance.api.support.ApiTestSupport;
import dev.clearance.api.support.Http;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code POST /api/v1/classifications/evaluate} over real HTTP with signed tokens. */
@MicronautTest(transactional = false)
class ClassificationApiIT extends ApiTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PATH = "/api/v1/classifications/evaluate";

    @Inject
    EmbeddedServer server;

    private Http http;

    @BeforeAll
    void client() {
        http = new Http(server.getURL().toString());
    }

    private static JsonNode fixtureFacts(int index) throws Exception {
        return DspFixtureCasesTest.cases().get(index).get("facts");
    }

    @Test
    void shouldClassifyOneFactsObjectIntoOneOutputObject() throws Exception {
        HttpResponse<String> r = http.post(PATH, idp.token("alice", "analyst"), fixtureFacts(0).toString());

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.get("outcome").asText()).isEqualTo("PROHIBITED");
        assertThat(body.get("citations").get(0).asText()).isEqualTo("28 CFR 202.301");
        assertThat(body.get("ruleSetVersion").asText()).isEqualTo("dsp-2025.04.08-2");
    }

    @Test
    void shouldClassifyAnArrayInOrder() throws Exception {
        String array = "[" + fixtureFacts(2) + "," + fixtureFacts(5) + "]";
        HttpResponse<String> r = http.post(PATH, idp.token("lee", "legal-reviewer"), array);

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.isArray()).isTrue();
        assertThat(body.get(0).get("outcome").asText()).isEqualTo("RESTRICTED");
        assertThat(body.get(1).get("outcome").asText()).isEqualTo("NOT_COVERED");
    }

    @Test
    void shouldAnswer400ProblemListingEveryViolationWithItsPath() throws Exception {
        String bad = "[" + fixtureFacts(0) + ",{\"date\":\"someday\",\"type\":\"LEASE\",\"usPerson\":{\"ref\":\"x\"}}]";
        HttpResponse<String> r = http.post(PATH, idp.token("audrey", "auditor"), bad);

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.get("type").asText()).isEqualTo("https://clearance.dev/problems/invalid-request");
        assertThat(body.get("violations").findValuesAsText("field"))
                .contains("$[1].date", "$[1].type", "$[1].usPerson.ref", "$[1].counterparty");
    }

    @Test
    void shouldAnswer400ForMalformedJson() {
        HttpResponse<String> r = http.post(PATH, idp.token("alice", "analyst"), "{\"date\":");

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("\"$\"");
    }

    @Test
    void shouldRefuseRolesOutsideAnalystLegalReviewerAndAuditor() throws Exception {
        assertThat(http.post(PATH, idp.token("sam", "security-reviewer"), fixtureFacts(0).toString()).statusCode())
                .isEqualTo(403);
        assertThat(http.post(PATH, null, fixtureFacts(0).toString()).statusCode()).isEqualTo(401);
    }
}
