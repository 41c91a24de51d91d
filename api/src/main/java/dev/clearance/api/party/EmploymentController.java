package dev.clearance.api.party;

import dev.clearance.api.problem.ProblemResponses;
import dev.clearance.api.security.CurrentActor;
import dev.clearance.api.security.Role;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import jakarta.validation.Valid;
import java.util.UUID;

/** Employments are never deleted; ending one dates it and recomputes the individual's covered status. */
@ProblemResponses.RoleChecked
@ProblemResponses.Validated
@ProblemResponses.NotFound
@Controller("/api/v1/employments")
@ExecuteOn(TaskExecutors.BLOCKING)
public class EmploymentController {
    private final MaintainingParties maintaining;

    public EmploymentController(MaintainingParties maintaining) {
        this.maintaining = maintaining;
    }

    @Post("/{id}/end")
    @Secured({Role.Names.ANALYST, Role.Names.ADMIN})
    public PartyViews.EndedEmploymentView end(@PathVariable UUID id, @Body @Valid PartyRequests.EndEmployment body,
                                              Authentication authentication, HttpRequest<?> request) {
        return maintaining.endEmployment(id, body, CurrentActor.of(authentication), PartyController.requestId(request));
    }
}
