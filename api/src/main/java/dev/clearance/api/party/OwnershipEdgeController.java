package dev.clearance.api.party;

import dev.clearance.api.problem.ProblemResponses;
import dev.clearance.api.security.CurrentActor;
import dev.clearance.api.security.Role;
import dev.clearance.domain.ownership.OwnershipEdgeId;
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
import org.jspecify.annotations.Nullable;

/** Ownership edges are never deleted; archiving retracts one and recomputes the statuses below it. */
@ProblemResponses.RoleChecked
@ProblemResponses.Validated
@ProblemResponses.NotFound
@Controller("/api/v1/ownership-edges")
@ExecuteOn(TaskExecutors.BLOCKING)
public class OwnershipEdgeController {
    private final MaintainingParties maintaining;

    public OwnershipEdgeController(MaintainingParties maintaining) {
        this.maintaining = maintaining;
    }

    /** The body is optional: {@code {"reason": "..."}} is kept in the history beside who archived it. */
    @Post("/{id}/archive")
    @Secured({Role.Names.ANALYST, Role.Names.ADMIN})
    public PartyViews.EdgeView archive(@PathVariable UUID id, @Body @Valid PartyRequests.@Nullable ArchiveEdge body,
                                       Authentication authentication, HttpRequest<?> request) {
        CurrentActor actor = CurrentActor.of(authentication);
        String reason = body == null ? null : body.reason();
        return PartyViews.EdgeView.of(maintaining.archiveEdge(new OwnershipEdgeId(id), reason, actor,
                PartyController.requestId(request)), actor.username(), reason == null ? null : reason.strip());
    }
}
