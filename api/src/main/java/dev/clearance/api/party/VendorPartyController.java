package dev.clearance.api.party;

import dev.clearance.api.problem.NotFoundException;
import dev.clearance.api.problem.ProblemResponses;
import dev.clearance.api.security.CurrentActor;
import dev.clearance.api.security.Role;
import dev.clearance.domain.ownership.RegisteredPartyId;
import dev.clearance.domain.vendor.VendorId;
import io.micronaut.http.HttpRequest;
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
import java.util.UUID;

/** A vendor is a party we buy from: links a vendor to its party, and answers which party a vendor is. */
@ProblemResponses.RoleChecked
@ProblemResponses.Validated
@ProblemResponses.NotFound
@Controller("/api/v1/vendors/{vendorId}/party")
@ExecuteOn(TaskExecutors.BLOCKING)
public class VendorPartyController {
    private final MaintainingParties maintaining;
    private final PartyReading reading;

    public VendorPartyController(MaintainingParties maintaining, PartyReading reading) {
        this.maintaining = maintaining;
        this.reading = reading;
    }

    @Post
    @Secured({Role.Names.ANALYST, Role.Names.ADMIN})
    public PartyViews.PartyView link(@PathVariable UUID vendorId, @Body @Valid PartyRequests.LinkVendor body,
                                     Authentication authentication, HttpRequest<?> request) {
        RegisteredPartyId party = new RegisteredPartyId(body.partyId());
        maintaining.linkVendor(new VendorId(vendorId), party, CurrentActor.of(authentication),
                PartyController.requestId(request));
        return reading.find(party);
    }

    @Get
    @Secured({Role.Names.ANALYST, Role.Names.SECURITY_REVIEWER, Role.Names.LEGAL_REVIEWER, Role.Names.AUDITOR,
            Role.Names.ADMIN})
    public PartyViews.PartyView get(@PathVariable UUID vendorId) {
        RegisteredPartyId party = reading.partyOfVendor(new VendorId(vendorId))
                .orElseThrow(() -> new NotFoundException("Vendor " + vendorId + " is not linked to a party"));
        return reading.find(party);
    }
}
