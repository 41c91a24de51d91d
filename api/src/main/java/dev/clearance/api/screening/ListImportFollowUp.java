package dev.clearance.api.screening;

import dev.clearance.api.security.CurrentActor;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What follows a committed list import, whoever started it (an admin's upload or the watched directory). */
@Singleton
public class ListImportFollowUp {
    private static final Logger LOG = LoggerFactory.getLogger(ListImportFollowUp.class);

    private final ActiveListIndex index;
    private final ExecutorService executor;
    private final ScreeningJobs jobs;

    public ListImportFollowUp(ActiveListIndex index, @Named(TaskExecutors.BLOCKING) ExecutorService executor,
                              ScreeningJobs jobs) {
        this.index = index;
        this.executor = executor;
        this.jobs = jobs;
    }

    /** Builds the new screening index now rather than in the next screening, and starts the DELTA job. */
    public void afterCommit(ImportingLists.Imported imported, CurrentActor actor) {
        executor.execute(() -> {
            try {
                index.current();
            } catch (RuntimeException e) {
                LOG.warn("could not rebuild the screening index after an import; the next screening will", e);
            }
        });
        if (imported.deltaJobId() != null) {
            jobs.submit(imported.deltaJobId(), actor);
        }
    }
}
