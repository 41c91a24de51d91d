package dev.clearance.api.screening;

import dev.clearance.api.problem.ProblemResponses;
import dev.clearance.api.security.CurrentActor;
import dev.clearance.api.security.Role;
import dev.clearance.domain.screening.Disposition;
import dev.clearance.domain.screening.StoredScreening;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;

/** Screenings against the active list snapshots and dispositions of their hits. */
@ProblemResponses.RoleChecked
@ProblemResponses.Validated
@Controller("/api/v1/screenings")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ScreeningController {
    private final ScreeningNames screening;
    private final BatchScreening batch;
    private final ScreeningReading reading;

    public ScreeningController(ScreeningNames screening, BatchScreening batch, ScreeningReading reading) {
        this.screening = screening;
        this.batch = batch;
        this.reading = reading;
    }

    @Post
    @Secured({Role.Names.ANALYST, Role.Names.ADMIN})
    public HttpResponse<ScreeningViews.ScreeningView> screenName(@Body @Valid ScreeningRequests.Screen body,
                                                             Authentication authentication, HttpRequest<?> request) {
        StoredScreening s = screening.screen(body, CurrentActor.of(authentication), requestId(request));
        return HttpResponse.created(reading.find(s.id()), URI.create("/api/v1/screenings/" + s.id()));
    }

    /**
     * Screens 1 to 1,000 names in one transaction, each stored as evidence exactly like a single screening. A bad
     * query stores nothing and is named by its path, such as {@code $.queries[3].name}; results are in request order.
     */
    @Post("/batch")
    @Secured({Role.Names.ANALYST, Role.Names.ADMIN})
    public ScreeningViews.BatchView screenBatch(@Body @Valid ScreeningRequests.ScreenBatch body,
                                                Authentication authentication, HttpRequest<?> request) {
        return batch.screen(body, CurrentActor.of(authentication), requestId(request));
    }

    @Get("/{id}")
    @ProblemResponses.NotFound
    @Secured({Role.Names.ANALYST, Role.Names.ADMIN, Role.Names.AUDITOR, Role.Names.SECURITY_REVIEWER,
            Role.Names.LEGAL_REVIEWER})
    public ScreeningViews.ScreeningView getScreening(@PathVariable UUID id) {
        return reading.find(id);
    }

    @Post("/{id}/hits/{hitId}/disposition")
    @ProblemResponses.NotFound
    @Secured(Role.Names.ANALYST)
    public HttpResponse<ScreeningViews.DispositionView> disposeHit(@PathVariable UUID id, @PathVariable UUID hitId,
                                                                @Body @Valid ScreeningRequests.Dispose body,
                                                                Authentication authentication,
                                                                HttpRequest<?> request) {
        Disposition d = screening.dispose(id, hitId, body, CurrentActor.of(authentication), requestId(request));
        return HttpResponse.created(ScreeningViews.DispositionView.of(d), URI.create("/api/v1/screenings/" + id));
    }

    private static String requestId(HttpRequest<?> request) {
        return request.getHeaders().get("X-Request-Id");
    }
}
