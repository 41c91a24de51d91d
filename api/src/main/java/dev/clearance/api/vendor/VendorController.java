package dev.clearance.api.vendor;

import dev.clearance.api.problem.NotFoundException;
import dev.clearance.api.problem.ProblemResponses;
import dev.clearance.api.security.CurrentActor;
import dev.clearance.api.security.Role;
import dev.clearance.domain.vendor.Vendor;
import dev.clearance.domain.vendor.VendorId;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Vendors: every role reads; analysts and admins register. */
@ProblemResponses.RoleChecked
@ProblemResponses.Validated
@Controller("/api/v1/vendors")
@ExecuteOn(TaskExecutors.BLOCKING)
public class VendorController {
    private final RegisteringVendor registering;
    private final VendorDirectory directory;

    public VendorController(RegisteringVendor registering, VendorDirectory directory) {
        this.registering = registering;
        this.directory = directory;
    }

    @Get
    @Secured({Role.Names.ANALYST, Role.Names.SECURITY_REVIEWER, Role.Names.LEGAL_REVIEWER, Role.Names.AUDITOR,
            Role.Names.ADMIN})
    public VendorPage list(@QueryValue(defaultValue = "200") @Min(1) @Max(1000) int limit,
                           @QueryValue(defaultValue = "0") @Min(0) int offset) {
        VendorDirectory.Page page = directory.page(limit, offset);
        return new VendorPage(page.items().stream().map(VendorView::of).toList(), page.total());
    }

    @Get("/{id}")
    @ProblemResponses.NotFound
    @Secured({Role.Names.ANALYST, Role.Names.SECURITY_REVIEWER, Role.Names.LEGAL_REVIEWER, Role.Names.AUDITOR,
            Role.Names.ADMIN})
    public VendorView get(@PathVariable UUID id) {
        return directory.find(new VendorId(id)).map(VendorView::of)
                .orElseThrow(() -> new NotFoundException("No vendor " + id));
    }

    @Post
    @ProblemResponses.Conflict
    @Secured({Role.Names.ANALYST, Role.Names.ADMIN})
    public HttpResponse<VendorView> register(@Body @Valid RegisterVendorRequest body, Authentication authentication,
                                             HttpRequest<?> request) {
        Vendor vendor = registering.register(body, CurrentActor.of(authentication),
                request.getHeaders().get("X-Request-Id"));
        return HttpResponse.created(VendorView.of(vendor), URI.create("/api/v1/vendors/" + vendor.id()));
    }

    @Serdeable
    public record RegisterVendorRequest(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Schema(maxLength = 2) @Pattern(regexp = "^[A-Z]{2}$", message = "must be an ISO 3166-1 alpha-2 code such as DE") String country,
            @Nullable Boolean confirmDuplicate) {
    }

    @Serdeable
    public record VendorView(UUID id, String name, String country, Instant createdAt, String createdBy) {
        static VendorView of(Vendor v) {
            return new VendorView(v.id().value(), v.name(), v.country(), v.createdAt(), v.createdBy());
        }
    }

    @Serdeable
    public record VendorPage(List<VendorView> items, int total) {
    }
}
