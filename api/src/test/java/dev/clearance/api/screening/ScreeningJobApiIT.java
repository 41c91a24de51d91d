package dev.clearance.api.screening;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clearance.api.audit.AuditTrailReading;
import dev.clearance.api.support.HttpApiTestSupport;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import io.micronaut.transaction.TransactionOperations;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Batch screening jobs through HTTP: a FULL job screens every party with progress; importing a snapshot with a
 * changed entry starts a DELTA job that raises alerts for that entry only. Other tests share the database, so only
 * this test's parties and the jobs' own numbers are asserted on.
 */
@MicronautTest(transactional = false)
class ScreeningJobApiIT extends HttpApiTestSupport {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ABBAS = "OFAC_SDN:2674";

    @Inject
    AuditTrailReading audit;
    @Inject
    TransactionOperations<Connection> tx;


    @Test
    void shouldScreenAllPartiesInAJobAndRaiseAlertsForAChangedEntryOnly() throws Exception {
        JsonNode baseline = json(ListFiles.importSdn(base, admin, ListFiles.text("sdn.csv")), 201);
        awaitIfStarted(baseline);
        String matching = party("Abu Abas");
        String other1 = party("Zephyrine Quokka Holdings");
        String other2 = party("Brightwater Lumen Verwaltungs");

        assertThat(http.post("/api/v1/screening-jobs", auditor, "{}").statusCode()).isEqualTo(403);
        HttpResponse<String> started = http.post("/api/v1/screening-jobs", analyst, "{}");
        JsonNode job = json(started, 202);
        assertThat(started.headers().firstValue("Location")).hasValue("/api/v1/screening-jobs/" + job.get("id")
                .asText());
        assertThat(job.get("kind").asText()).isEqualTo("FULL");
        assertThat(job.get("trigger").asText()).isEqualTo("manual");

        JsonNode done = await(job.get("id").asText());
        assertThat(done.get("status").asText()).as(done.toString()).isEqualTo("COMPLETED");
        assertThat(done.get("processed").asInt()).isEqualTo(done.get("total").asInt());
        assertThat(done.get("total").asInt()).isGreaterThanOrEqualTo(3);
        UUID jobId = UUID.fromString(job.get("id").asText());
        assertThat(partiesScreened(jobId)).contains(matching, other1, other2);
        assertThat(hitEntries(jobId, matching)).contains(ABBAS);
        assertThat(hitEntries(jobId, other1)).isEmpty();
        assertThat(hitEntries(jobId, other2)).isEmpty();
        assertThat(json(http.get("/api/v1/screening-jobs", auditor), 200).findValuesAsText("id"))
                .contains(job.get("id").asText());
        assertThat(audit.all()).anySatisfy(e -> {
            assertThat(e.entry().action()).isEqualTo("ScreeningJobCompleted");
            assertThat(e.entry().entityId()).isEqualTo(job.get("id").asText());
        });

        String changed = ListFiles.text("sdn.csv").replace("Director of PALESTINE LIBERATION FRONT",
                "Director (re-screening test) of PALESTINE LIBERATION FRONT");
        JsonNode newer = json(ListFiles.importSdn(base, admin, changed), 201);
        assertThat(newer.at("/diff/changed").asInt()).isEqualTo(1);
        assertThat(newer.at("/diff/added").asInt()).isZero();
        String deltaId = newer.get("deltaJobId").asText();
        JsonNode delta = await(deltaId);
        assertThat(delta.get("status").asText()).as(delta.toString()).isEqualTo("COMPLETED");
        assertThat(delta.get("kind").asText()).isEqualTo("DELTA");
        assertThat(delta.get("trigger").asText()).isEqualTo("snapshot:" + newer.get("id").asText());
        assertThat(delta.get("processed").asInt()).isEqualTo(delta.get("total").asInt());

        JsonNode alerts = json(http.get("/api/v1/screening-alerts?open=true&jobId=" + deltaId, auditor), 200);
        assertThat(alerts.findValuesAsText("entryKey")).isNotEmpty().containsOnly(ABBAS);
        List<JsonNode> mine = new ArrayList<>();
        alerts.forEach(a -> {
            if (Set.of(matching, other1, other2).contains(a.get("partyId").asText())) {
                mine.add(a);
            }
        });
        assertThat(mine).isNotEmpty().allSatisfy(a -> {
            assertThat(a.get("partyId").asText()).isEqualTo(matching);
            assertThat(a.get("partyName").asText()).isEqualTo("Abu Abas");
            assertThat(a.get("entryName").asText()).isNotBlank();
            assertThat(a.get("score").asDouble()).isBetween(0.9, 1.0);
        });
        assertThat(delta.get("hitsRaised").asInt()).isEqualTo(alerts.size());

        String alertId = mine.get(0).get("id").asText();
        assertThat(http.post("/api/v1/screening-alerts/" + alertId + "/acknowledge", auditor, "{}").statusCode())
                .isEqualTo(403);
        JsonNode acked = json(http.post("/api/v1/screening-alerts/" + alertId + "/acknowledge", analyst, "{}"), 200);
        assertThat(acked.get("acknowledgedBy").asText()).isEqualTo("alice");
        assertThat(acked.get("partyName").asText()).isEqualTo("Abu Abas");
        assertThat(acked.get("acknowledgedAt").isNull()).isFalse();
        assertThat(json(http.get("/api/v1/screening-alerts?open=true&jobId=" + deltaId, analyst), 200)
                .findValuesAsText("id")).doesNotContain(alertId);
        assertThat(json(http.get("/api/v1/screening-alerts?jobId=" + deltaId, analyst), 200)
                .findValuesAsText("id")).contains(alertId);
    }

    @Test
    void shouldAnswer404ForAnUnknownJob() throws Exception {
        assertThat(http.get("/api/v1/screening-jobs/" + UUID.randomUUID(), analyst).statusCode()).isEqualTo(404);
    }

    private void awaitIfStarted(JsonNode snapshot) throws Exception {
        if (snapshot.hasNonNull("deltaJobId")) {
            await(snapshot.get("deltaJobId").asText());
        }
    }

    /** Polls the job until it is COMPLETED or FAILED, at most 30 s. */
    private JsonNode await(String id) throws Exception {
        long deadline = System.nanoTime() + 30_000_000_000L;
        JsonNode job;
        do {
            job = json(http.get("/api/v1/screening-jobs/" + id, auditor), 200);
            String status = job.get("status").asText();
            if (status.equals("COMPLETED") || status.equals("FAILED")) {
                return job;
            }
            Thread.sleep(100);
        } while (System.nanoTime() < deadline);
        return job;
    }

    private List<String> partiesScreened(UUID jobId) {
        return strings("select distinct party_id::text from screening where job_id = ?", jobId.toString());
    }

    private List<String> hitEntries(UUID jobId, String partyId) {
        return strings("select h.entry_key from screening s join screening_hit h on h.screening_id = s.id"
                + " where s.job_id = ?::uuid and s.party_id = ?::uuid", jobId.toString(), partyId);
    }

    private List<String> strings(String sql, String... args) {
        String query = sql.contains("?::uuid") ? sql : sql.replace("?", "?::uuid");
        return tx.executeRead(status -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement st = status.getConnection().prepareStatement(query)) {
                for (int i = 0; i < args.length; i++) {
                    st.setString(i + 1, args[i]);
                }
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return out;
        });
    }

    private String party(String name) throws Exception {
        JsonNode p = json(http.post("/api/v1/parties", analyst, "{\"kind\":\"ENTITY\",\"name\":\"" + name
                + "\",\"facts\":{\"validFrom\":\"2020-01-01\",\"organizedIn\":[\"DE\"],"
                + "\"principalPlaceOfBusiness\":\"DE\"}}"), 201);
        return p.get("id").asText();
    }

    private static JsonNode json(HttpResponse<String> r, int status) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        return JSON.readTree(r.body());
    }
}
