package dev.clearance.api.vendor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clearance.api.support.ApiTestSupport;
import dev.clearance.api.support.Http;
import dev.clearance.api.audit.AuditTrailReading;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class VendorApiIT extends ApiTestSupport {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EmbeddedServer server;
    @Inject
    VendorDirectory vendors;
    @Inject
    AuditTrailReading audit;

    private Http http;

    @BeforeAll
    void client() {
        http = new Http(server.getURL().toString());
    }

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body());
    }

    private static String contentType(HttpResponse<String> r) {
        return r.headers().firstValue("Content-Type").orElse("");
    }

    @Test
    void shouldAnswer401ProblemWithoutAToken() throws Exception {
        HttpResponse<String> r = http.get("/api/v1/vendors", null);
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(contentType(r)).startsWith("application/problem+json");
        assertThat(json(r).get("type").asText()).isEqualTo("https://clearance.dev/problems/unauthorized");
        assertThat(json(r).get("status").asInt()).isEqualTo(401);
    }

    @Test
    void shouldAnswer401ForATokenFromAnotherIssuer() {
        String foreign = idp.token("alice", "http://evil.example/realms/clearance", "clearance-api",
                Instant.now().plusSeconds(60), "analyst");
        assertThat(http.get("/api/v1/vendors", foreign).statusCode()).isEqualTo(401);
    }

    @Test
    void shouldAnswer401ForATokenForAnotherAudience() {
        String other = idp.token("alice", idp.issuer(), "some-other-api", Instant.now().plusSeconds(60), "analyst");
        assertThat(http.get("/api/v1/vendors", other).statusCode()).isEqualTo(401);
    }

    @Test
    void shouldAnswer401ForAnExpiredToken() {
        String expired = idp.token("alice", idp.issuer(), "clearance-api", Instant.now().minusSeconds(120), "analyst");
        assertThat(http.get("/api/v1/vendors", expired).statusCode()).isEqualTo(401);
    }

    @Test
    void shouldAnswer403ProblemWhenAnAuditorTriesToRegister() throws Exception {
        int before = vendors.page(1, 0).total();
        HttpResponse<String> r = http.post("/api/v1/vendors", idp.token("audrey", "auditor"),
                "{\"name\":\"Blocked Ltd\",\"country\":\"GB\"}");
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(contentType(r)).startsWith("application/problem+json");
        assertThat(json(r).get("type").asText()).endsWith("/forbidden");
        assertThat(vendors.page(1, 0).total()).isEqualTo(before);
    }

    @Test
    void shouldAnswer403WhenTheUserHasOnlyKeycloakDefaultRoles() {
        assertThat(http.get("/api/v1/vendors", idp.token("nobody")).statusCode()).isEqualTo(403);
    }

    @Test
    void shouldRegisterAVendorAndAuditIt() throws Exception {
        HttpResponse<String> r = http.post("/api/v1/vendors", idp.token("alice", "analyst"),
                "{\"name\":\"Example Cloud GmbH\",\"country\":\"DE\"}");
        assertThat(r.statusCode()).isEqualTo(201);
        JsonNode body = json(r);
        String id = body.get("id").asText();
        assertThat(r.headers().firstValue("Location")).contains("/api/v1/vendors/" + id);
        assertThat(body.get("createdBy").asText()).isEqualTo("alice");

        JsonNode list = json(http.get("/api/v1/vendors?limit=1000", idp.token("audrey", "auditor")));
        assertThat(list.get("items").findValuesAsText("id")).contains(id);
        assertThat(audit.all()).filteredOn(e -> e.entry().entityId().equals(id)).singleElement()
                .satisfies(e -> {
                    assertThat(e.entry().action()).isEqualTo("VendorRegistered");
                    assertThat(e.entry().actor()).isEqualTo("alice");
                    assertThat(e.entry().actorRoles()).containsExactly("analyst");
                });
        JsonNode read = json(http.get("/api/v1/vendors/" + id, idp.token("sam", "security-reviewer")));
        assertThat(read.get("name").asText()).isEqualTo("Example Cloud GmbH");
        // What the 201 said is what PostgreSQL kept: no nanosecond digits the read would drop.
        assertThat(read.get("createdAt").asText()).isEqualTo(body.get("createdAt").asText());
    }

    @Test
    void shouldAnswer400WithEveryFieldPathAndWriteNothing() throws Exception {
        int before = vendors.page(1, 0).total();
        int auditBefore = audit.all().size();
        HttpResponse<String> r = http.post("/api/v1/vendors", idp.token("alice", "analyst"),
                "{\"name\":\"  \",\"country\":\"germany\"}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(contentType(r)).startsWith("application/problem+json");
        JsonNode problem = json(r);
        assertThat(problem.get("type").asText()).endsWith("/invalid-request");
        assertThat(problem.get("violations").findValuesAsText("field")).containsExactlyInAnyOrder("$.name", "$.country");
        assertThat(vendors.page(1, 0).total()).isEqualTo(before);
        assertThat(audit.all()).hasSize(auditBefore);
    }

    @Test
    void shouldRejectAnUnknownCountryCode() throws Exception {
        HttpResponse<String> r = http.post("/api/v1/vendors", idp.token("alice", "analyst"),
                "{\"name\":\"Nowhere Ltd\",\"country\":\"QQ\"}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(json(r).get("violations").get(0).get("field").asText()).isEqualTo("$.country");
    }

    @Test
    void shouldAnswer400ForUnreadableJson() throws Exception {
        HttpResponse<String> r = http.post("/api/v1/vendors", idp.token("alice", "analyst"), "{\"name\": ");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(contentType(r)).startsWith("application/problem+json");
    }

    @Test
    void shouldAnswer404ProblemForAnUnknownVendor() throws Exception {
        HttpResponse<String> r = http.get("/api/v1/vendors/00000000-0000-7000-8000-000000000000",
                idp.token("alice", "analyst"));
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(json(r).get("type").asText()).endsWith("/not-found");
    }

    @Test
    void shouldTellWhoIsLoggedInWithOnlyClearanceRoles() throws Exception {
        JsonNode me = json(http.get("/api/v1/me", idp.token("dana", "analyst", "legal-reviewer")));
        assertThat(me.get("username").asText()).isEqualTo("dana");
        assertThat(me.get("roles").findValuesAsText("roles")).isEmpty();
        assertThat(me.get("roles")).extracting(JsonNode::asText).containsExactlyInAnyOrder("analyst", "legal-reviewer");
    }
}
