package dev.clearance.api.screening;

import dev.clearance.api.security.CurrentActor;
import dev.clearance.domain.ownership.RegisteredParty;
import dev.clearance.domain.screening.ScreeningJob;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.util.ArrayList;
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

    /** The actor of jobs restarted after a restart of the app, and of the failure it records for the old job. */
    public static final CurrentActor RECOVERY =
            new CurrentActor("system:screening-job-recovery", "Screening job recovery", List.of());

    private final ScreeningJobSteps steps;
    private final boolean resumeOnStartup;
    /** NB: set before the executor is interrupted, so an interrupted job stays RUNNING and is resumed next start. */
    private volatile boolean closing;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "screening-jobs");
        t.setDaemon(true);
        return t;
    });

    public ScreeningJobs(ScreeningJobSteps steps,
                         @Value("${clearance.screening.resume-interrupted-jobs:true}") boolean resumeOnStartup) {
        this.steps = steps;
        this.resumeOnStartup = resumeOnStartup;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (resumeOnStartup) {
            try {
                resumeInterrupted();
            } catch (RuntimeException e) {
                LOG.error("could not resume the screening jobs a previous run left unfinished", e);
            }
        }
    }

    /**
     * Jobs left QUEUED or RUNNING by a previous process (stopped or killed mid-job) are recorded as FAILED with
     * the reason and replaced by a new job of the same kind over the same snapshot, started now. A DELTA job's
     * alerts are raised only by re-screening, so dropping it would silently lose them; the new job does not raise
     * an alert again that its predecessor left open. Runs at start-up, before this process has started a job of
     * its own (a job running here is RUNNING too).
     *
     * @return the new jobs' ids
     */
    public List<UUID> resumeInterrupted() {
        List<UUID> started = new ArrayList<>();
        for (ScreeningJob old : steps.unfinished()) {
            ScreeningJob next = steps.queue(old.kind(), old.snapshotId(), RECOVERY);
            steps.finish(old.id(), ScreeningJob.Status.FAILED, "interrupted by a restart of the app after "
                    + old.processed() + " of " + old.total() + " parties; resumed as job " + next.id(), RECOVERY);
            LOG.warn("screening job {} ({}) was interrupted by a restart; resumed as job {}", old.id(), old.kind(),
                    next.id());
            submit(next.id(), RECOVERY);
            started.add(next.id());
        }
        return started;
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
            if (closing) {
                LOG.warn("screening job {} interrupted by shutdown; it is resumed at the next start", jobId);
                return;
            }
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
        closing = true;
        executor.shutdownNow();
        executor.awaitTermination(5, TimeUnit.SECONDS);
    }
}
