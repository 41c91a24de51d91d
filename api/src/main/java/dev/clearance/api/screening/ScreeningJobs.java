package dev.clearance.api.screening;

import dev.clearance.api.security.CurrentActor;
import dev.clearance.domain.ownership.RegisteredParty;
import dev.clearance.domain.screening.ScreeningJob;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs screening jobs one at a time on a single background thread: every non-archived party is screened (name and
 * aliases) against the active snapshots (FULL) or against a new snapshot's added and changed entries (DELTA, which
 * also raises alerts). Progress is committed every {@link #PROGRESS_EVERY} parties.
 */
@Singleton
public class ScreeningJobs {
    static final int PROGRESS_EVERY = 10;
    private static final Logger LOG = LoggerFactory.getLogger(ScreeningJobs.class);

    private final ScreeningJobSteps steps;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "screening-jobs");
        t.setDaemon(true);
        return t;
    });

    public ScreeningJobs(ScreeningJobSteps steps) {
        this.steps = steps;
    }

    /** Queues a FULL job and starts it in the background. */
    public ScreeningJob startFull(CurrentActor actor) {
        ScreeningJob job = steps.queue(ScreeningJob.Kind.FULL, null, actor);
        submit(job.id(), actor);
        return job;
    }

    /** Starts a job already queued (and committed), e.g. the DELTA job of an import. */
    public void submit(UUID jobId, CurrentActor actor) {
        executor.execute(() -> run(jobId, actor));
    }

    private void run(UUID jobId, CurrentActor actor) {
        try {
            ScreeningJob job = steps.find(jobId);
            ActiveListIndex.Loaded against = null;
            boolean delta = job.kind() == ScreeningJob.Kind.DELTA;
            if (delta) {
                against = steps.delta(job.snapshotId());
                if (against == null) {
                    steps.startEmpty(jobId);
                    steps.finish(jobId, ScreeningJob.Status.COMPLETED, null, actor);
                    return;
                }
            }
            List<RegisteredParty> parties = steps.start(jobId);
            int processed = 0;
            int raised = 0;
            for (RegisteredParty p : parties) {
                raised += steps.screenParty(jobId, p, against, delta, actor);
                processed++;
                if (processed % PROGRESS_EVERY == 0 || processed == parties.size()) {
                    steps.progress(jobId, processed, raised);
                }
            }
            steps.finish(jobId, ScreeningJob.Status.COMPLETED, null, actor);
            LOG.info("screening job {} ({}) completed: {} parties, {} hits raised", jobId, job.kind(), processed,
                    raised);
        } catch (RuntimeException e) {
            LOG.error("screening job {} failed", jobId, e);
            try {
                steps.finish(jobId, ScreeningJob.Status.FAILED, String.valueOf(e.getMessage()), actor);
            } catch (RuntimeException f) {
                LOG.error("could not record the failure of screening job {}", jobId, f);
            }
        }
    }

    @PreDestroy
    void close() throws InterruptedException {
        executor.shutdownNow();
        executor.awaitTermination(5, TimeUnit.SECONDS);
    }
}
