package dev.clearance.api.screening;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clearance.api.audit.AuditTrailReading;
import dev.clearance.api.support.ApiTestSupport;
import dev.clearance.api.support.Http;
import dev.clearance.domain.screening.AlertListing;
import dev.clearance.domain.screening.ScreeningJob;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Jobs a stopped or killed process left QUEUED or RUNNING are recorded as FAILED with the reason and resumed as a
 * new job; a resumed DELTA job does not raise again an alert its predecessor left open.
 */
@MicronautTest(transactional = false)
class ScreeningJobRecoveryIT extends ApiTestSupport {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EmbeddedServer server;
    @Inject
    ScreeningJobs jobs;
    @Inject
    ScreeningJobSteps steps;
    @Inject
    AuditTrailReading audit;

    private Http http;
    private String base;
    private String admin;
    private String analyst;

    @BeforeAll
    void client() {
        base = server.getURL().toString();
        http = new Http(base);
        admin = idp.token("adam", "admin");
        analyst = idp.token("alice", "analyst");
    }

    @Test
    void shouldRecordAnInterruptedJobAsFailedAndResumeItAsANewJob() throws Exception {
        ScreeningJob crashed = steps.queue(ScreeningJob.Kind.FULL, null, ScreeningJobs.RECOVERY);
        individual("Recovery Test Person");
        int total = steps.start(crashed.id()).size();
        int done = total / 2;
        steps.progress(crashed.id(), done, 0);

        List<UUID> resumed = jobs.resumeInterrupted();

        // NB: the ITs share a database, so jobs other test classes left running are resumed too.
        ScreeningJob old = steps.find(crashed.id());
        assertThat(old.status()).isEqualTo(ScreeningJob.Status.FAILED);
        UUID replacement = replacementOf(old);
        assertThat(resumed).contains(replacement);
        assertThat(old.error()).isEqualTo("interrupted by a restart of the app after " + done + " of " + total
                + " parties; resumed as job " + replacement);
        ScreeningJob next = await(replacement);
        assertThat(next.status()).isEqualTo(ScreeningJob.Status.COMPLETED);
        assertThat(next.kind()).isEqualTo(ScreeningJob.Kind.FULL);
        assertThat(next.requestedBy()).isEqualTo("system:screening-job-recovery");
        assertThat(audit.all()).anySatisfy(e -> {
            assertThat(e.entry().action()).isEqualTo("ScreeningJobFailed");
            assertThat(e.entry().entityId()).isEqualTo(crashed.id().toString());
        });
    }

    @Test
    void shouldNotRaiseAnAlertAgainThatTheInterruptedDeltaJobLeftOpen() throws Exception {
        String party = individual("Aaron Abraham Villa");
        // NB: a last-update date no other test uses makes the entry "changed" against whatever DPL is active.
        String dpl = ListFiles.text("dpl.txt").replace("\"2022-08-29\"", "\"2017-02-13\"");
        HttpResponse<String> imported = ListFiles.upload(base, "BIS_DPL", admin,
                Map.of("file", new String[] {"dpl.txt", dpl}));
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        JsonNode snapshot = JSON.readTree(imported.body());
        UUID snapshotId = UUID.fromString(snapshot.get("id").asText());
        ScreeningJob first = await(UUID.fromString(snapshot.get("deltaJobId").asText()));
        assertThat(first.status()).isEqualTo(ScreeningJob.Status.COMPLETED);
        assertThat(openAlertsFor(party)).hasSize(1);

        ScreeningJob crashed = steps.queue(ScreeningJob.Kind.DELTA, snapshotId, ScreeningJobs.RECOVERY);
        steps.start(crashed.id());
        jobs.resumeInterrupted();
        ScreeningJob resumed = await(replacementOf(steps.find(crashed.id())));

        assertThat(resumed.status()).isEqualTo(ScreeningJob.Status.COMPLETED);
        assertThat(resumed.kind()).isEqualTo(ScreeningJob.Kind.DELTA);
        assertThat(resumed.snapshotId()).isEqualTo(snapshotId);
        assertThat(openAlertsFor(party)).as("still the one alert").hasSize(1);
    }

    private static UUID replacementOf(ScreeningJob old) {
        String error = String.valueOf(old.error());
        return UUID.fromString(error.substring(error.lastIndexOf(' ') + 1));
    }

    private List<AlertListing> openAlertsFor(String party) {
        return steps.alerts(true, null, 1000).stream()
                .filter(a -> a.alert().partyId().toString().equals(party)).toList();
    }

    private String individual(String name) throws Exception {
        HttpResponse<String> r = http.post("/api/v1/parties", analyst, "{\"kind\":\"INDIVIDUAL\",\"name\":\"" + name
                + "\",\"facts\":{\"validFrom\":\"2020-01-01\",\"citizenships\":[\"MX\"],\"locatedIn\":\"MX\","
                + "\"primaryResidence\":\"MX\"}}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return JSON.readTree(r.body()).get("id").asText();
    }

    /** Polls until COMPLETED or FAILED, at most 60 s. */
    private ScreeningJob await(UUID id) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        ScreeningJob job;
        do {
            job = steps.find(id);
            if (job.status() == ScreeningJob.Status.COMPLETED || job.status() == ScreeningJob.Status.FAILED) {
                return job;
            }
            Thread.sleep(100);
        } while (System.nanoTime() < deadline);
        return job;
    }
}
