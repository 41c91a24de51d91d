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
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The scheduled sweep: a dated stake that takes effect (or ends) after the stored status was computed changes the
 * stored status, with a {@code CoveredStatusChanged} event by the system actor, and only once.
 */
@MicronautTest(transactional = false)
class CoveredStatusSweepIT extends ApiTestSupport {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EmbeddedServer server;
    @Inject
    AuditTrailReading audit;
    @Inject
    CoveredStatusSweep sweep;

    private Http http;
    private String analyst;
    private final LocalDate today = LocalDate.now();

    @Override
    public Map<String, String> getProperties() {
        var props = new java.util.HashMap<>(super.getProperties());
        // NB: the test drives the sweep with explicit dates; the background schedule would race it.
        props.put("clearance.covered-status.sweep-enabled", "false");
        return props;
    }

    @BeforeAll
    void client() {
        http = new Http(server.getURL().toString());
        analyst = idp.token("alice", "analyst");
    }

    @Test
    void shouldCoverTheVendorOnTheDayAFutureDatedCoveredStakeTakesEffect() throws Exception {
        String owner = entity("Sweep Parent Co.", "CN");
        String vendor = entity("Sweep Vendor GmbH", "DE");
        LocalDate effective = today.plusDays(30);
        owns(owner, vendor, "60", effective, null);
        assertThat(storedCovered(vendor)).as("not yet in force").isFalse();

        assertThat(sweep.sweep(today.plusDays(29)).reexamined()).as("the day before").isZero();
        assertThat(storedCovered(vendor)).isFalse();

        CoveredStatusSweep.Result result = sweep.sweep(effective);
        assertThat(result.reexamined()).isEqualTo(1);
        assertThat(result.flipped()).isEqualTo(1);
        JsonNode stored = json(http.get("/api/v1/parties/" + vendor, analyst)).get("coveredStatus");
        assertThat(stored.get("covered").asBoolean()).isTrue();
        assertThat(stored.get("asOf").asText()).isEqualTo(effective.toString());
        assertThat(stored.get("coveredOwnershipPercent").decimalValue()).isEqualByComparingTo("60");
        List<AuditEvent> flips = events(vendor, "CoveredStatusChanged");
        assertThat(flips).hasSize(1);
        assertThat(flips.get(0).entry().actor()).isEqualTo("system:covered-status-sweep");

        assertThat(sweep.sweep(effective).reexamined()).as("already current").isZero();
        assertThat(sweep.sweep(effective.plusDays(5)).reexamined()).isZero();
        assertThat(events(vendor, "CoveredStatusChanged")).hasSize(1);
    }

    @Test
    void shouldUncoverTheVendorWhenTheCoveredStakeEnds() throws Exception {
        String owner = entity("Ending Parent Co.", "IR");
        String vendor = entity("Ending Vendor Ltd", "GB");
        LocalDate end = today.plusDays(10);
        owns(owner, vendor, "75", LocalDate.parse("2020-01-01"), end);
        assertThat(storedCovered(vendor)).isTrue();

        CoveredStatusSweep.Result result = sweep.sweep(end);
        assertThat(result.reexamined()).isEqualTo(1);
        assertThat(result.flipped()).isEqualTo(1);
        assertThat(storedCovered(vendor)).isFalse();
        List<AuditEvent> flips = events(vendor, "CoveredStatusChanged");
        assertThat(flips).hasSize(2);
        assertThat(flips.get(1).entry().actor()).isEqualTo("system:covered-status-sweep");
    }

    @Test
    void shouldRecomputeEverythingBelowAPartyWhoseStakeTookEffect() throws Exception {
        String top = entity("Chain Top Co.", "CN");
        String middle = entity("Chain Middle B.V.", "NL");
        String bottom = entity("Chain Bottom SARL", "FR");
        owns(middle, bottom, "80", LocalDate.parse("2020-01-01"), null);
        LocalDate effective = today.plusDays(3);
        owns(top, middle, "51", effective, null);
        assertThat(storedCovered(bottom)).isFalse();

        CoveredStatusSweep.Result result = sweep.sweep(effective);
        assertThat(result.reexamined()).as("only the owned party had a boundary").isEqualTo(1);
        assertThat(result.flipped()).as("middle and bottom").isEqualTo(2);
        assertThat(storedCovered(middle)).isTrue();
        assertThat(storedCovered(bottom)).isTrue();
    }

    @Test
    void shouldRecordAReexaminationOnceWhenADatedVersionChangesNothing() throws Exception {
        String vendor = entity("Unchanged Facts AG", "CH");
        LocalDate next = today.plusDays(7);
        HttpResponse<String> r = http.put("/api/v1/parties/" + vendor + "/facts", analyst,
                "{\"validFrom\":\"" + next + "\",\"organizedIn\":[\"CH\"],\"principalPlaceOfBusiness\":\"CH\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);

        CoveredStatusSweep.Result result = sweep.sweep(next);
        assertThat(result.reexamined()).isEqualTo(1);
        assertThat(result.flipped()).isZero();
        assertThat(json(http.get("/api/v1/parties/" + vendor, analyst)).at("/coveredStatus/asOf").asText())
                .isEqualTo(next.toString());
        assertThat(sweep.sweep(next).reexamined()).isZero();
        assertThat(events(vendor, "CoveredStatusChanged")).isEmpty();
    }

    private String entity(String name, String country) throws Exception {
        HttpResponse<String> r = http.post("/api/v1/parties", analyst,
                "{\"kind\":\"ENTITY\",\"name\":\"" + name + "\",\"facts\":{\"validFrom\":\"2020-01-01\","
                        + "\"organizedIn\":[\"" + country + "\"],\"principalPlaceOfBusiness\":\"" + country + "\"}}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return json(r).get("id").asText();
    }

    private void owns(String owner, String owned, String percent, LocalDate from, LocalDate to) throws Exception {
        HttpResponse<String> r = http.post("/api/v1/parties/" + owned + "/owners", analyst,
                "{\"ownerPartyId\":\"" + owner + "\",\"percent\":" + percent + ",\"validFrom\":\"" + from + "\""
                        + (to == null ? "" : ",\"validTo\":\"" + to + "\"") + ",\"source\":\"share register\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    }

    private boolean storedCovered(String party) throws Exception {
        return json(http.get("/api/v1/parties/" + party, analyst)).at("/coveredStatus/covered").asBoolean();
    }

    private List<AuditEvent> events(String entityId, String action) {
        return audit.all().stream()
                .filter(e -> e.entry().entityId().equals(entityId) && e.entry().action().equals(action))
                .toList();
    }

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body());
    }
}
