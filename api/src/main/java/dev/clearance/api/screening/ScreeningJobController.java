package dev.clearance.api.screening;

import dev.clearance.api.problem.ProblemResponses;
import dev.clearance.api.security.CurrentActor;
import dev.clearance.api.security.Role;
import dev.clearance.domain.screening.ScreeningJob;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.util.List;
import java.util.UUID;

/** Batch screening jobs over every party, and the alerts re-screenings raise. */
@ProblemResponses.RoleChecked
@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ScreeningJobController {
    private static final int LIMIT = 200;

    private final ScreeningJobs jobs;
    private final ScreeningJobSteps steps;

    public ScreeningJobController(ScreeningJobs jobs, ScreeningJobSteps steps) {
        this.jobs = jobs;
        this.steps = steps;
    }

    @Post("/screening-jobs")
    @Secured({Role.Names.ANALYST, Role.Names.ADMIN})
    public HttpResponse<ScreeningViews.JobView> startJob(Authentication authentication) {
        ScreeningJob job = jobs.startFull(CurrentActor.of(authentication));
        return HttpResponse.<ScreeningViews.JobView>status(HttpStatus.ACCEPTED)
                .body(ScreeningViews.JobView.of(job))
                .headers(h -> h.location(URI.create("/api/v1/screening-jobs/" + job.id())));
    }

    @Get("/screening-jobs/{id}")
    @ProblemResponses.Validated
    @ProblemResponses.NotFound
    @Secured({Role.Names.ANALYST, Role.Names.ADMIN, Role.Names.AUDITOR})
    public ScreeningViews.JobView getJob(@PathVariable UUID id) {
        return ScreeningViews.JobView.of(steps.find(id));
    }

    @Get("/screening-jobs")
    @Secured({Role.Names.ANALYST, Role.Names.ADMIN, Role.Names.AUDITOR})
    public List<ScreeningViews.JobView> listJobs() {
        return steps.list(LIMIT).stream().map(ScreeningViews.JobView::of).toList();
    }

    @Get("/screening-alerts")
    @ProblemResponses.Validated
    @Secured({Role.Names.ANALYST, Role.Names.ADMIN, Role.Names.AUDITOR})
    public List<ScreeningViews.AlertView> listAlerts(@QueryValue(defaultValue = "false")
                                                     @Pattern(regexp = "true|false", message = "must be true or false")
                                                     @Parameter(description = "true: only alerts not yet acknowledged",
                                                             schema = @Schema(type = "boolean", defaultValue = "false"))
                                                     String open,
                                                     @QueryValue @Nullable UUID jobId) {
        // NB: taken as text because Micronaut reads any word that is not "true" (open=maybe) as false.
        return steps.alerts(Boolean.parseBoolean(open), jobId, LIMIT).stream().map(ScreeningViews.AlertView::of).toList();
    }

    @Post("/screening-alerts/{id}/acknowledge")
    @ProblemResponses.Validated
    @ProblemResponses.NotFound
    @Secured(Role.Names.ANALYST)
    public ScreeningViews.AlertView acknowledgeAlert(@PathVariable UUID id, Authentication authentication,
                                                     HttpRequest<?> request) {
        return ScreeningViews.AlertView.of(steps.acknowledge(id, CurrentActor.of(authentication),
                request.getHeaders().get("X-Request-Id")));
    }
}
