package dev.clearance.api.me;

import dev.clearance.api.problem.ProblemResponses;
import dev.clearance.api.security.CurrentActor;
import dev.clearance.api.security.Role;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** Who the caller is, as Clearance sees them. */
@ProblemResponses.RoleChecked
@Controller("/api/v1/me")
public class MeController {
    @Get
    @Secured({Role.Names.ANALYST, Role.Names.SECURITY_REVIEWER, Role.Names.LEGAL_REVIEWER, Role.Names.AUDITOR,
            Role.Names.ADMIN})
    public Me me(Authentication authentication) {
        CurrentActor actor = CurrentActor.of(authentication);
        return new Me(actor.username(), actor.displayName(), actor.roles());
    }

    @Serdeable
    public record Me(String username, String name, List<String> roles) {
    }
}
