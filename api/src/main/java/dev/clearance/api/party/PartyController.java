package dev.clearance.api.party;

import dev.clearance.api.input.InputDates;
import dev.clearance.api.problem.ProblemResponses;
import dev.clearance.api.security.CurrentActor;
import dev.clearance.api.security.Role;
import dev.clearance.domain.ownership.OwnershipEdge;
import dev.clearance.domain.ownership.RegisteredParty;
import dev.clearance.domain.ownership.RegisteredPartyId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Parties and their ownership: every role reads; analysts and admins write. */
@ProblemResponses.RoleChecked
@ProblemResponses.Validated
@Controller("/api/v1/parties")
@ExecuteOn(TaskExecutors.BLOCKING)
public class PartyController {
    private final MaintainingParties maintaining;
    private final PartyReading reading;

    public PartyController(MaintainingParties maintaining, PartyReading reading) {
        this.maintaining = maintaining;
        this.reading = reading;
    }

    @Get
    @Secured({Role.Names.ANALYST, Role.Names.SECURITY_REVIEWER, Role.Names.LEGAL_REVIEWER, Role.Names.AUDITOR,
            Role.Names.ADMIN})
    public PartyViews.PartyPage list(@QueryValue(defaultValue = "200") @Min(1) @Max(1000) int limit,
                                     @QueryValue(defaultValue = "0") @Min(0) int offset) {
        return reading.page(limit, offset);
    }

    @Get("/{id}")
    @ProblemResponses.NotFound
    @Secured({Role.Names.ANALYST, Role.Names.SECURITY_REVIEWER, Role.Names.LEGAL_REVIEWER, Role.Names.AUDITOR,
            Role.Names.ADMIN})
    public PartyViews.PartyView get(@PathVariable UUID id) {
        return reading.find(new RegisteredPartyId(id));
    }

    @Post
    @Secured({Role.Names.ANALYST, Role.Names.ADMIN})
    public HttpResponse<PartyViews.PartyView> register(@Body @Valid PartyRequests.RegisterParty body,
                                                       Authentication authentication, HttpRequest<?> request) {
        RegisteredParty party = maintaining.register(body, CurrentActor.of(authentication), requestId(request));
        return HttpResponse.created(reading.find(party.id()), URI.create("/api/v1/parties/" + party.id()));
    }

    @Put("/{id}/facts")
    @ProblemResponses.NotFound
    @Secured({Role.Names.ANALYST, Role.Names.ADMIN})
    public PartyViews.PartyView changeFacts(@PathVariable UUID id, @Body @Valid PartyRequests.Facts body,
                                            Authentication authentication, HttpRequest<?> request) {
        RegisteredPartyId party = new RegisteredPartyId(id);
        maintaining.changeFacts(party, body, CurrentActor.of(authentication), requestId(request));
        return reading.find(party);
    }

    @Post("/{id}/owners")
    @ProblemResponses.Conflict
    @ProblemResponses.NotFound
    @Secured({Role.Names.ANALYST, Role.Names.ADMIN})
    public HttpResponse<PartyViews.EdgeView> addOwner(@PathVariable UUID id, @Body @Valid PartyRequests.AddOwner body,
                                                      Authentication authentication, HttpRequest<?> request) {
        OwnershipEdge edge = maintaining.addOwner(new RegisteredPartyId(id), body, CurrentActor.of(authentication),
                requestId(request));
        return HttpResponse.created(PartyViews.EdgeView.of(edge, null), URI.create("/api/v1/parties/" + id + "/owners"));
    }

    @Post("/{id}/employers")
    @ProblemResponses.NotFound
    @Secured({Role.Names.ANALYST, Role.Names.ADMIN})
    public HttpResponse<PartyViews.EmploymentView> addEmployer(@PathVariable UUID id,
                                                               @Body @Valid PartyRequests.AddEmployer body,
                                                               Authentication authentication, HttpRequest<?> request) {
        PartyViews.EmploymentView employment = maintaining.addEmployer(new RegisteredPartyId(id), body,
                CurrentActor.of(authentication), requestId(request));
        return HttpResponse.created(employment, URI.create("/api/v1/parties/" + id));
    }

    /** Every ownership edge ever recorded into the party, archived ones included. */
    @Get("/{id}/owners")
    @ProblemResponses.NotFound
    @Secured({Role.Names.ANALYST, Role.Names.SECURITY_REVIEWER, Role.Names.LEGAL_REVIEWER, Role.Names.AUDITOR,
            Role.Names.ADMIN})
    public List<PartyViews.EdgeView> owners(@PathVariable UUID id) {
        return reading.ownerHistory(new RegisteredPartyId(id));
    }

    /** Every individual ever recorded as employee or contractor of the party, ended and archived links included. */
    @Get("/{id}/people")
    @ProblemResponses.NotFound
    @Secured({Role.Names.ANALYST, Role.Names.SECURITY_REVIEWER, Role.Names.LEGAL_REVIEWER, Role.Names.AUDITOR,
            Role.Names.ADMIN})
    public List<PartyViews.PersonView> people(@PathVariable UUID id) {
        return reading.people(new RegisteredPartyId(id));
    }

    @Get("/{id}/ownership-tree")
    @ProblemResponses.NotFound
    @Secured({Role.Names.ANALYST, Role.Names.SECURITY_REVIEWER, Role.Names.LEGAL_REVIEWER, Role.Names.AUDITOR,
            Role.Names.ADMIN})
    public PartyViews.OwnershipTree ownershipTree(@PathVariable UUID id, @QueryValue @Nullable @Parameter(description = InputDates.DESCRIPTION) String asOf,
                                                  Authentication authentication) {
        return reading.ownershipTree(new RegisteredPartyId(id), date(asOf), CurrentActor.of(authentication));
    }

    @Get("/{id}/covered-person")
    @ProblemResponses.NotFound
    @Secured({Role.Names.ANALYST, Role.Names.SECURITY_REVIEWER, Role.Names.LEGAL_REVIEWER, Role.Names.AUDITOR,
            Role.Names.ADMIN})
    public PartyViews.CoveredPersonView coveredPerson(@PathVariable UUID id, @QueryValue @Nullable @Parameter(description = InputDates.DESCRIPTION) String asOf,
                                                      Authentication authentication) {
        return reading.coveredPerson(new RegisteredPartyId(id), date(asOf), CurrentActor.of(authentication));
    }

    static @Nullable String requestId(HttpRequest<?> request) {
        return request.getHeaders().get("X-Request-Id");
    }

    private static @Nullable LocalDate date(@Nullable String asOf) {
        return InputDates.parameter("asOf", asOf);
    }
}
