package dev.clearance.api.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clearance.api.support.Http;
import dev.clearance.api.support.HttpApiTestSupport;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The first-hour defect of issue 10: after ordinary writes over HTTP, read back from PostgreSQL, the audit trail must
 * verify as intact, and stay intact across a restart of the app (ADR 0008).
 */
@MicronautTest(transactional = false)
class AuditTrailIT extends HttpApiTestSupport {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonNode trail(Http client) throws Exception {
        HttpResponse<String> r = client.get("/api/v1/audit-events", auditor);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    private String created(HttpResponse<String> r) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return JSON.readTree(r.body()).get("id").asText();
    }

    private void ordinaryDay(Http client, String tag) throws Exception {
        created(client.post("/api/v1/vendors", analyst,
                "{\"name\":\"Audit Chain Vendor " + tag + "\",\"country\":\"GB\"}"));
        String owned = created(client.post("/api/v1/parties", analyst, "{\"kind\":\"ENTITY\",\"name\":\"Audit Owned "
                + tag + "\",\"facts\":{\"validFrom\":\"2024-01-01\",\"organizedIn\":[\"DE\"]}}"));
        String owner = created(client.post("/api/v1/parties", analyst, "{\"kind\":\"ENTITY\",\"name\":\"Audit Owner "
                + tag + "\",\"facts\":{\"validFrom\":\"2024-01-01\",\"organizedIn\":[\"CN\"]}}"));
        created(client.post("/api/v1/parties/" + owned + "/owners", analyst, "{\"ownerPartyId\":\"" + owner
                + "\",\"percent\":60,\"validFrom\":\"2024-02-01\",\"source\":\"share register\"}"));
    }

    @Test
    void shouldVerifyAsIntactAfterOrdinaryWritesAndAfterARestart() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long before = trail(http).get("items").size();
        ordinaryDay(http, tag);

        JsonNode afterWrites = trail(http);
        assertThat(afterWrites.get("items").size()).as("the writes were audited").isGreaterThanOrEqualTo((int) before + 4);
        assertThat(afterWrites.get("chainIntact").asBoolean()).as(afterWrites.get("firstBrokenSeq").toString()).isTrue();
        assertThat(afterWrites.get("firstBrokenSeq").isNull()).isTrue();

        // A second app on the same database: what a restart reads back, and what it writes next.
        Map<String, Object> props = new HashMap<>(getProperties());
        props.put("micronaut.server.port", -1);
        try (ApplicationContext restarted = ApplicationContext.run(props)) {
            EmbeddedServer server = restarted.getBean(EmbeddedServer.class).start();
            Http again = new Http(server.getURL().toString());
            assertThat(trail(again).get("chainIntact").asBoolean()).isTrue();
            ordinaryDay(again, tag + "-b");
            JsonNode afterRestart = trail(again);
            assertThat(afterRestart.get("chainIntact").asBoolean()).isTrue();
            assertThat(afterRestart.get("items").size()).isGreaterThanOrEqualTo(afterWrites.get("items").size() + 4);
        }
        assertThat(trail(http).get("chainIntact").asBoolean()).isTrue();
    }
}
