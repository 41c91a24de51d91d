package dev.clearance.api.party;

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
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Stakes in one party in force on any date add up to at most 100% (issue 10, defect 11), over HTTP. */
@MicronautTest(transactional = false)
class StakeLimitApiIT extends ApiTestSupport {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EmbeddedServer server;
    @Inject
    AuditTrailReading audit;

    private Http http;
    private String analyst;

    @BeforeAll
    void client() {
        http = new Http(server.getURL().toString());
        analyst = idp.token("alice", "analyst");
    }

    @Test
    void shouldRefuseOverlapping60And50NamingBothStakesAndStoreNothing() throws Exception {
        String owned = entity("Overlap Target Ltd", "GB");
        String first = entity("Sixty Holder Ltd", "GB");
        String second = entity("Fifty Holder Ltd", "GB");
        String sixty = owns(first, owned, "60", "2024-01-01", null);
        int auditBefore = audit.all().size();

        HttpResponse<String> r = addOwner(owned, second, "50", "2024-06-01", null);

        assertThat(r.statusCode()).as(r.body()).isEqualTo(409);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode problem = json(r);
        assertThat(problem.get("type").asText()).isEqualTo("https://clearance.dev/problems/ownership-over-100-percent");
        assertThat(problem.get("status").asInt()).isEqualTo(409);
        assertThat(problem.get("on").asText()).isEqualTo("2024-06-01");
        assertThat(problem.get("totalPercent").asText()).isEqualTo("110");
        assertThat(problem.get("ownedPartyId").asText()).isEqualTo(owned);
        JsonNode stakes = problem.get("stakes");
        assertThat(stakes).hasSize(2);
        assertThat(stakes.get(0).get("id").asText()).isEqualTo(sixty);
        assertThat(stakes.get(0).get("ownerPartyId").asText()).isEqualTo(first);
        assertThat(stakes.get(0).get("ownerName").asText()).isEqualTo("Sixty Holder Ltd");
        assertThat(stakes.get(0).get("percent").decimalValue()).isEqualByComparingTo("60");
        assertThat(stakes.get(0).get("validFrom").asText()).isEqualTo("2024-01-01");
        assertThat(stakes.get(0).get("requested").asBoolean()).isFalse();
        assertThat(stakes.get(1).has("id")).isFalse();
        assertThat(stakes.get(1).get("ownerPartyId").asText()).isEqualTo(second);
        assertThat(stakes.get(1).get("percent").decimalValue()).isEqualByComparingTo("50");
        assertThat(stakes.get(1).get("requested").asBoolean()).isTrue();
        assertThat(problem.get("detail").asText())
                .contains("2024-06-01", "110%", "60% held by Sixty Holder Ltd", "50% of Fifty Holder Ltd");

        assertThat(json(http.get("/api/v1/parties/" + owned + "/owners", analyst))).singleElement()
                .satisfies(e -> assertThat(e.get("id").asText()).isEqualTo(sixty));
        assertThat(audit.all()).hasSize(auditBefore);
    }

    @Test
    void shouldAccept60UntilJuneThen50FromJuly() throws Exception {
        String owned = entity("Succession Target Ltd", "GB");
        String seller = entity("Seller Ltd", "GB");
        String buyer = entity("Buyer Ltd", "GB");
        owns(seller, owned, "60", "2024-01-01", "2024-07-01");
        owns(buyer, owned, "50", "2024-07-01", null);

        assertThat(json(http.get("/api/v1/parties/" + owned + "/owners", analyst))).hasSize(2);
        // ... but a third stake of 60% from 2024-03-01 to 2024-09-01 overlaps both: the peak is in July.
        HttpResponse<String> r = addOwner(owned, entity("Bridge Ltd", "GB"), "60", "2024-03-01", "2024-09-01");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(409);
        assertThat(json(r).get("on").asText()).isEqualTo("2024-03-01");
        assertThat(json(r).get("totalPercent").asText()).isEqualTo("120");
    }

    @Test
    void shouldFreeTheShareOfAnArchivedStake() throws Exception {
        String owned = entity("Freed Target Ltd", "GB");
        String old = entity("Old Owner Ltd", "GB");
        String fresh = entity("New Owner Ltd", "GB");
        String edge = owns(old, owned, "100", "2020-01-01", null);
        assertThat(addOwner(owned, fresh, "100", "2020-01-01", null).statusCode()).isEqualTo(409);

        assertThat(http.post("/api/v1/ownership-edges/" + edge + "/archive", analyst, "").statusCode())
                .isEqualTo(200);

        owns(fresh, owned, "100", "2020-01-01", null);
        JsonNode status = json(http.get("/api/v1/parties/" + owned + "/covered-person", analyst));
        assertThat(status.get("covered").asBoolean()).isFalse();
    }

    @Test
    void shouldAcceptOnlyOneOfTwelve100PercentStakes() throws Exception {
        String owned = entity("Twelve Target Ltd", "GB");
        int accepted = 0;
        for (int i = 0; i < 12; i++) {
            if (addOwner(owned, entity("Full Owner " + i + " Ltd", "CN"), "100", "2020-01-01", null)
                    .statusCode() == 201) {
                accepted++;
            }
        }
        assertThat(accepted).isEqualTo(1);
        assertThat(json(http.get("/api/v1/parties/" + owned + "/owners", analyst))).hasSize(1);
    }

    @Test
    void shouldLetOnlyOneOfConcurrent60PercentStakesIn() throws Exception {
        String owned = entity("Race Target Ltd", "GB");
        List<String> owners = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            owners.add(entity("Racer " + i + " Ltd", "GB"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(owners.size());
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (String owner : owners) {
                calls.add(() -> addOwner(owned, owner, "60", "2020-01-01", null).statusCode());
            }
            List<Integer> codes = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(calls)) {
                codes.add(f.get());
            }
            assertThat(codes).containsOnly(201, 409).filteredOn(c -> c == 201).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(json(http.get("/api/v1/parties/" + owned + "/owners", analyst))).hasSize(1);
    }

    private String entity(String name, String country) throws Exception {
        HttpResponse<String> r = http.post("/api/v1/parties", analyst,
                "{\"kind\":\"ENTITY\",\"name\":\"" + name + "\",\"facts\":{\"validFrom\":\"2020-01-01\","
                        + "\"organizedIn\":[\"" + country + "\"],\"principalPlaceOfBusiness\":\"" + country + "\"}}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return json(r).get("id").asText();
    }

    private HttpResponse<String> addOwner(String owned, String owner, String percent, String from,
                                          @Nullable String to) {
        return http.post("/api/v1/parties/" + owned + "/owners", analyst,
                "{\"ownerPartyId\":\"" + owner + "\",\"percent\":" + percent + ",\"validFrom\":\"" + from + "\""
                        + (to == null ? "" : ",\"validTo\":\"" + to + "\"") + ",\"source\":\"share register\"}");
    }

    private String owns(String owner, String owned, String percent, String from, @Nullable String to)
            throws Exception {
        HttpResponse<String> r = addOwner(owned, owner, percent, from, to);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return json(r).get("id").asText();
    }

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body());
    }
}
