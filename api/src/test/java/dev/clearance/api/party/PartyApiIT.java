package dev.clearance.api.party;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clearance.api.audit.AuditTrailReading;
import dev.clearance.api.support.ApiTestSupport;
import dev.clearance.api.support.Http;
import dev.clearance.domain.audit.AuditEvent;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Parties, ownership and covered-person status through HTTP with signed tokens, on embedded PostgreSQL. */
@MicronautTest(transactional = false)
class PartyApiIT extends ApiTestSupport {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EmbeddedServer server;
    @Inject
    AuditTrailReading audit;

    private Http http;
    private String analyst;
    private String auditor;

    @BeforeAll
    void client() {
        http = new Http(server.getURL().toString());
        analyst = idp.token("alice", "analyst");
        auditor = idp.token("audrey", "auditor");
    }

    @Test
    void shouldCoverTheGermanVendorAt70PercentThroughItsCoveredDutchHolding() throws Exception {
        String cn = entity("Shenzhen Parent Co.", "CN");
        String nl = entity("Dutch Holding B.V.", "NL");
        String de = entity("German Vendor GmbH", "DE");
        owns(cn, nl, "70", "2020-01-01");
        owns(nl, de, "70", "2020-01-01");

        JsonNode status = json(http.get("/api/v1/parties/" + de + "/covered-person?asOf=2025-06-01", auditor));
        assertThat(status.get("covered").asBoolean()).isTrue();
        assertThat(status.get("limbs")).extracting(JsonNode::asText).containsExactly("28 CFR 202.211(a)(1)");
        assertThat(status.get("coveredOwnershipPercent").decimalValue()).isEqualByComparingTo("70");
        assertThat(status.get("paths")).hasSize(1);
        assertThat(status.get("paths").get(0).findValuesAsText("name"))
                .containsExactly("Shenzhen Parent Co.", "Dutch Holding B.V.", "German Vendor GmbH");
        assertThat(status.get("paths").get(0).findValuesAsText("id")).containsExactly(cn, nl, de);
        assertThat(status.get("ruleSetVersion").asText()).isEqualTo("dsp-2025.04.08-2");
        assertThat(status.get("inputHash").asText()).matches("[0-9a-f]{64}");
        assertThat(status.get("asOf").asText()).isEqualTo("2025-06-01");
        assertThat(status.get("findings").findValuesAsText("text")).anySatisfy(t -> assertThat(t).contains("70%"));

        JsonNode stored = json(http.get("/api/v1/parties/" + de, idp.token("lee", "legal-reviewer")));
        assertThat(stored.at("/coveredStatus/covered").asBoolean()).isTrue();
        assertThat(stored.at("/coveredStatus/coveredOwnershipPercent").decimalValue()).isEqualByComparingTo("70");
        assertThat(stored.at("/coveredStatus/inputHash").asText()).isEqualTo(status.get("inputHash").asText());
        assertThat(stored.at("/facts/organizedIn/0").asText()).isEqualTo("DE");

        JsonNode tree = json(http.get("/api/v1/parties/" + de + "/ownership-tree?asOf=2025-06-01", auditor));
        JsonNode holding = tree.at("/root/owners/0");
        assertThat(holding.get("percent").decimalValue()).isEqualByComparingTo("70");
        assertThat(holding.at("/owner/name").asText()).isEqualTo("Dutch Holding B.V.");
        assertThat(holding.at("/owner/covered").asBoolean()).isTrue();
        assertThat(holding.at("/owner/limbs/0").asText()).isEqualTo("28 CFR 202.211(a)(2)");
        assertThat(holding.at("/owner/owners/0/owner/name").asText()).isEqualTo("Shenzhen Parent Co.");
        assertThat(tree.at("/root/covered").asBoolean()).isTrue();
    }

    @Test
    void shouldLinkAVendorToItsParty() throws Exception {
        String vendor = json(http.post("/api/v1/vendors", analyst, "{\"name\":\"Linked GmbH\",\"country\":\"DE\"}"))
                .get("id").asText();
        String party = entity("Linked GmbH", "DE");

        HttpResponse<String> r = http.post("/api/v1/vendors/" + vendor + "/party", analyst,
                "{\"partyId\":\"" + party + "\"}");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(json(http.get("/api/v1/vendors/" + vendor + "/party", auditor)).get("id").asText())
                .isEqualTo(party);
        assertThat(http.post("/api/v1/vendors/00000000-0000-7000-8000-000000000000/party", analyst,
                "{\"partyId\":\"" + party + "\"}").statusCode()).isEqualTo(404);
    }

    @Test
    void shouldAddUpTwoCoveredOwnersToFiftyPercentButNotToLess() throws Exception {
        String government = register("GOVERNMENT", "Government of China", "{\"validFrom\":\"2020-01-01\",\"country\":\"CN\"}");
        String designated = register("ENTITY", "Listed SARL",
                "{\"validFrom\":\"2020-01-01\",\"organizedIn\":[\"FR\"],\"designatedCoveredPerson\":true}");
        String fifty = entity("Fifty Ltd", "GB");
        String almost = entity("Almost Ltd", "GB");
        owns(government, fifty, "30", "2020-01-01");
        owns(designated, fifty, "20", "2020-01-01");
        owns(government, almost, "30", "2020-01-01");
        owns(designated, almost, "19.99", "2020-01-01");

        JsonNode covered = json(http.get("/api/v1/parties/" + fifty + "/covered-person", analyst));
        assertThat(covered.get("covered").asBoolean()).isTrue();
        assertThat(covered.get("coveredOwnershipPercent").decimalValue()).isEqualByComparingTo("50");
        assertThat(covered.get("limbs")).extracting(JsonNode::asText)
                .containsExactly("28 CFR 202.211(a)(1)", "28 CFR 202.211(a)(2)");
        assertThat(covered.get("paths")).hasSize(2);

        JsonNode notCovered = json(http.get("/api/v1/parties/" + almost + "/covered-person", analyst));
        assertThat(notCovered.get("covered").asBoolean()).isFalse();
        assertThat(notCovered.get("coveredOwnershipPercent").decimalValue()).isEqualByComparingTo("49.99");
        assertThat(notCovered.get("paths")).isEmpty();
        assertThat(notCovered.get("limbs")).isEmpty();
        assertThat(json(http.get("/api/v1/parties/" + government, analyst)).at("/coveredStatus/countryOfConcern")
                .asBoolean()).isTrue();
    }

    @Test
    void shouldFlipTheStatusOfTheOwnedPartyAndEveryoneBelowWhenAnEdgeIsArchived() throws Exception {
        String cn = entity("Flip Parent Co.", "CN");
        String target = entity("Flip Target Ltd", "GB");
        String child = entity("Flip Child Ltd", "IE");
        String edge = owns(cn, target, "60", "2020-01-01");
        owns(target, child, "100", "2020-01-01");
        assertThat(storedCovered(target)).isTrue();
        assertThat(storedCovered(child)).isTrue();
        assertThat(events(target, "CoveredStatusChanged")).hasSize(1);

        HttpResponse<String> archived = http.post("/api/v1/ownership-edges/" + edge + "/archive", analyst, "");
        assertThat(archived.statusCode()).isEqualTo(200);
        assertThat(json(archived).get("archivedAt").isNull()).isFalse();
        assertThat(json(archived).get("archivedBy").asText()).isEqualTo("alice");

        assertThat(storedCovered(target)).isFalse();
        assertThat(storedCovered(child)).isFalse();
        assertThat(events(target, "CoveredStatusChanged")).hasSize(2)
                .allSatisfy(e -> assertThat(e.entry().actor()).isEqualTo("alice"));
        assertThat(events(child, "CoveredStatusChanged")).hasSize(2);
        assertThat(events(edge, "OwnershipChanged")).hasSize(2);
        assertThat(json(http.get("/api/v1/parties/" + target + "/owners", auditor))).singleElement()
                .satisfies(e -> {
                    assertThat(e.get("archivedAt").isNull()).isFalse();
                    assertThat(e.get("archivedBy").asText()).isEqualTo("alice");
                });
        assertThat(json(http.get("/api/v1/parties/" + child + "/owners", auditor))).singleElement()
                .satisfies(e -> assertThat(e.get("archivedBy").isNull()).isTrue());
        assertThat(http.post("/api/v1/ownership-edges/" + edge + "/archive", analyst, "").statusCode())
                .isEqualTo(404);
    }

    @Test
    void shouldGiveTheEarlierAnswerAsOfADateBeforeAnEdgeOrAFactWasInForce() throws Exception {
        String cn = entity("Later Parent Co.", "CN");
        String target = entity("Later Target Ltd", "GB");
        owns(cn, target, "75", "2025-01-01");

        assertThat(coveredAsOf(target, "2024-12-31")).isFalse();
        assertThat(coveredAsOf(target, "2025-01-01")).isTrue();

        String mover = entity("Mover B.V.", "NL");
        HttpResponse<String> r = put("/api/v1/parties/" + mover + "/facts", analyst,
                "{\"validFrom\":\"2025-06-01\",\"organizedIn\":[\"NL\"],\"principalPlaceOfBusiness\":\"HK\"}");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(json(r).at("/facts/principalPlaceOfBusiness").asText()).isEqualTo("HK");
        assertThat(coveredAsOf(mover, "2025-05-31")).isFalse();
        assertThat(coveredAsOf(mover, "2025-06-01")).isTrue();
        assertThat(storedCovered(mover)).isTrue();
        assertThat(events(mover, "PartyFactsChanged")).hasSize(1);
        assertThat(events(mover, "CoveredStatusChanged")).hasSize(1);
    }

    @Test
    void shouldCoverAForeignEmployeeOfACoveredEntityAndRecomputeWhenTheEmployerChanges() throws Exception {
        String employer = entity("Employer Ltd", "GB");
        String person = register("INDIVIDUAL", "Pat Example", "{\"validFrom\":\"2020-01-01\",\"citizenships\":[\"FR\"],"
                + "\"locatedIn\":\"FR\",\"primaryResidence\":\"FR\"}");
        HttpResponse<String> r = http.post("/api/v1/parties/" + person + "/employers", analyst,
                "{\"employerPartyId\":\"" + employer + "\",\"kind\":\"CONTRACTOR\",\"validFrom\":\"2020-01-01\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        assertThat(storedCovered(person)).isFalse();

        HttpResponse<String> moved = put("/api/v1/parties/" + employer + "/facts", analyst,
                "{\"validFrom\":\"2021-01-01\",\"organizedIn\":[\"GB\"],\"principalPlaceOfBusiness\":\"RU\"}");
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);

        assertThat(storedCovered(person)).isTrue();
        JsonNode status = json(http.get("/api/v1/parties/" + person + "/covered-person", auditor));
        assertThat(status.get("limbs")).extracting(JsonNode::asText).containsExactly("28 CFR 202.211(a)(3)");
        assertThat(coveredAsOf(person, "2020-06-01")).isFalse();
        assertThat(events(person, "CoveredStatusChanged")).hasSize(1);
        JsonNode people = json(http.get("/api/v1/parties/" + employer + "/people", auditor));
        assertThat(people).singleElement().satisfies(p -> {
            assertThat(p.get("partyId").asText()).isEqualTo(person);
            assertThat(p.get("name").asText()).isEqualTo("Pat Example");
            assertThat(p.get("kind").asText()).isEqualTo("CONTRACTOR");
            assertThat(p.get("validFrom").asText()).isEqualTo("2020-01-01");
            assertThat(p.get("createdBy").asText()).isEqualTo("alice");
            assertThat(p.at("/coveredStatus/covered").asBoolean()).isTrue();
        });
        assertThat(json(http.get("/api/v1/parties/" + person + "/people", auditor))).isEmpty();
        assertThat(http.get("/api/v1/parties/00000000-0000-7000-8000-000000000000/people", auditor).statusCode())
                .isEqualTo(404);
        assertThat(json(http.post("/api/v1/parties/" + employer + "/employers", analyst,
                "{\"employerPartyId\":\"" + person + "\",\"kind\":\"BOSS\",\"validFrom\":\"2020-01-01\"}"))
                .get("violations").findValuesAsText("field")).containsExactly("$.kind");
        assertThat(json(http.post("/api/v1/parties/" + employer + "/employers", analyst,
                "{\"employerPartyId\":\"" + person + "\",\"kind\":\"EMPLOYEE\",\"validFrom\":\"2020-01-01\"}"))
                .get("violations").findValuesAsText("field")).containsExactly("$");
    }

    @Test
    void shouldTerminateOnAnOwnershipCycle() throws Exception {
        String x = entity("Cycle X GmbH", "DE");
        String y = entity("Cycle Y B.V.", "NL");
        // NB: 50%, not more, so the outside owner's 50% below still fits in Y's 100% (ADR 0005, amendment 2026-12).
        owns(x, y, "50", "2020-01-01");
        owns(y, x, "60", "2020-01-01");

        assertThat(coveredAsOf(x, "2025-01-01")).isFalse();
        JsonNode tree = json(http.get("/api/v1/parties/" + x + "/ownership-tree?asOf=2025-01-01", analyst));
        assertThat(tree.at("/root/owners/0/owner/name").asText()).isEqualTo("Cycle Y B.V.");
        assertThat(tree.at("/root/owners/0/owner/owners/0/owner/cycle").asBoolean()).isTrue();

        String cn = entity("Cycle Outside Co.", "CN");
        owns(cn, y, "50", "2020-01-01");
        assertThat(storedCovered(y)).isTrue();
        assertThat(storedCovered(x)).isTrue();
    }

    @Test
    void shouldAnswer403ForAuditorWritesAndWriteNothing() throws Exception {
        String a = entity("Readable Ltd", "GB");
        String b = entity("Readable Owner Ltd", "GB");
        int auditBefore = audit.all().size();

        assertThat(http.post("/api/v1/parties", auditor, "{\"kind\":\"ENTITY\",\"name\":\"X\",\"facts\":"
                + "{\"validFrom\":\"2020-01-01\"}}").statusCode()).isEqualTo(403);
        HttpResponse<String> owners = http.post("/api/v1/parties/" + a + "/owners", auditor, ownerBody(b, "10", "2020-01-01"));
        assertThat(owners.statusCode()).isEqualTo(403);
        assertThat(json(owners).get("type").asText()).endsWith("/forbidden");
        assertThat(put("/api/v1/parties/" + a + "/facts", auditor, "{\"validFrom\":\"2020-01-01\"}").statusCode())
                .isEqualTo(403);
        assertThat(http.post("/api/v1/ownership-edges/00000000-0000-7000-8000-000000000000/archive",
                idp.token("sam", "security-reviewer"), "").statusCode()).isEqualTo(403);
        assertThat(audit.all()).hasSize(auditBefore);
        assertThat(http.get("/api/v1/parties?limit=1000", auditor).statusCode()).isEqualTo(200);
        assertThat(http.get("/api/v1/parties/" + a + "/covered-person", idp.token("adam", "admin")).statusCode())
                .isEqualTo(200);
    }

    @Test
    void shouldAnswer400WithFieldPathsAndWriteNothing() throws Exception {
        int auditBefore = audit.all().size();
        int partiesBefore = json(http.get("/api/v1/parties?limit=1", analyst)).get("total").asInt();

        JsonNode beanProblem = json(http.post("/api/v1/parties", analyst,
                "{\"kind\":\"ALIEN\",\"name\":\" \",\"facts\":{\"organizedIn\":[\"DE\"]}}"));
        assertThat(beanProblem.get("status").asInt()).isEqualTo(400);
        assertThat(beanProblem.get("violations").findValuesAsText("field"))
                .containsExactlyInAnyOrder("$.kind", "$.name", "$.facts.validFrom");

        HttpResponse<String> facts = http.post("/api/v1/parties", analyst, "{\"kind\":\"GOVERNMENT\",\"name\":\"Gov\","
                + "\"facts\":{\"validFrom\":\"2020-01-01\",\"validTo\":\"2019-01-01\",\"organizedIn\":[\"China\"],"
                + "\"relationship\":\"COUSIN\"}}");
        assertThat(facts.statusCode()).isEqualTo(400);
        assertThat(facts.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(json(facts).get("violations").findValuesAsText("field")).containsExactlyInAnyOrder(
                "$.facts.validTo", "$.facts.organizedIn", "$.facts.organizedIn[0]", "$.facts.country",
                "$.facts.relationship");

        String a = entity("Valid Ltd", "GB");
        String b = entity("Valid Owner Ltd", "GB");
        int auditAfterSetup = audit.all().size();
        assertThat(json(http.post("/api/v1/parties/" + a + "/owners", analyst, ownerBody(a, "10", "2020-01-01")))
                .get("violations").findValuesAsText("field")).containsExactly("$.ownerPartyId");
        assertThat(json(http.post("/api/v1/parties/" + a + "/owners", analyst, ownerBody(b, "150", "2020-01-01")))
                .get("violations").findValuesAsText("field")).containsExactly("$.percent");
        assertThat(json(http.post("/api/v1/parties/" + a + "/owners", analyst, ownerBody(b, "10.12345", "2020-01-01")))
                .get("violations").findValuesAsText("field")).containsExactly("$.percent");
        assertThat(json(put("/api/v1/parties/" + a + "/facts", analyst,
                "{\"validFrom\":\"2020-01-01\",\"usStatus\":\"CITIZEN\",\"principalPlaceOfBusiness\":\"XX\"}"))
                .get("violations").findValuesAsText("field"))
                .containsExactlyInAnyOrder("$.usStatus", "$.principalPlaceOfBusiness");
        assertThat(http.get("/api/v1/parties/" + a + "/covered-person?asOf=yesterday", analyst).statusCode())
                .isEqualTo(400);

        assertThat(audit.all()).hasSize(auditAfterSetup);
        assertThat(auditAfterSetup - auditBefore).as("two PartyRegistered events").isEqualTo(2);
        assertThat(json(http.get("/api/v1/parties?limit=1", analyst)).get("total").asInt()).isEqualTo(partiesBefore + 2);
        assertThat(json(http.get("/api/v1/parties/" + a + "/owners", analyst))).isEmpty();
    }

    @Test
    void shouldAnswer404ForUnknownParties() throws Exception {
        String unknown = "00000000-0000-7000-8000-000000000000";
        HttpResponse<String> r = http.get("/api/v1/parties/" + unknown, analyst);
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(json(r).get("type").asText()).endsWith("/not-found");
        assertThat(http.get("/api/v1/parties/" + unknown + "/covered-person", analyst).statusCode()).isEqualTo(404);
        assertThat(http.get("/api/v1/parties/" + unknown + "/ownership-tree", analyst).statusCode()).isEqualTo(404);
        assertThat(http.post("/api/v1/parties/" + unknown + "/owners", analyst,
                ownerBody(entity("Some Owner", "GB"), "10", "2020-01-01")).statusCode()).isEqualTo(404);
        assertThat(put("/api/v1/parties/" + unknown + "/facts", analyst, "{\"validFrom\":\"2020-01-01\"}").statusCode())
                .isEqualTo(404);
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    private String entity(String name, String country) throws Exception {
        return register("ENTITY", name, "{\"validFrom\":\"2020-01-01\",\"organizedIn\":[\"" + country
                + "\"],\"principalPlaceOfBusiness\":\"" + country + "\"}");
    }

    private String register(String kind, String name, String facts) throws Exception {
        HttpResponse<String> r = http.post("/api/v1/parties", analyst,
                "{\"kind\":\"" + kind + "\",\"name\":\"" + name + "\",\"facts\":" + facts + "}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        String id = json(r).get("id").asText();
        assertThat(r.headers().firstValue("Location")).contains("/api/v1/parties/" + id);
        return id;
    }

    private static String ownerBody(String owner, String percent, String validFrom) {
        return "{\"ownerPartyId\":\"" + owner + "\",\"percent\":" + percent + ",\"validFrom\":\"" + validFrom
                + "\",\"source\":\"share register extract\"}";
    }

    private String owns(String owner, String owned, String percent, String validFrom) throws Exception {
        HttpResponse<String> r = http.post("/api/v1/parties/" + owned + "/owners", analyst,
                ownerBody(owner, percent, validFrom));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return json(r).get("id").asText();
    }

    private boolean coveredAsOf(String party, String asOf) throws Exception {
        HttpResponse<String> r = http.get("/api/v1/parties/" + party + "/covered-person?asOf=" + asOf, analyst);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return json(r).get("covered").asBoolean();
    }

    private boolean storedCovered(String party) throws Exception {
        return json(http.get("/api/v1/parties/" + party, analyst)).at("/coveredStatus/covered").asBoolean();
    }

    private List<AuditEvent> events(String entityId, String action) {
        List<AuditEvent> out = new ArrayList<>();
        for (AuditEvent e : audit.all()) {
            if (e.entry().entityId().equals(entityId) && e.entry().action().equals(action)) {
                out.add(e);
            }
        }
        return out;
    }

    private HttpResponse<String> put(String path, String token, String body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.getURL() + path))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body());
    }
}
