package dev.clearance.api.vendor;

import dev.clearance.api.problem.Problems;
import dev.clearance.api.problem.ProblemType;
import dev.clearance.domain.vendor.Vendor;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.util.UUID;

/**
 * RFC 9457 problem for a refused duplicate registration, extended with the vendor that already exists, so a client
 * can link to it or resend the request with {@code "confirmDuplicate": true}.
 */
@Serdeable
public record DuplicateVendorProblem(String type, String title, int status, String detail, String instance,
                                     Existing existing) {

    @Serdeable
    public record Existing(UUID id, String name, String country, String href) {
    }

    static DuplicateVendorProblem of(Vendor vendor, String instance) {
        ProblemType t = ProblemType.DUPLICATE_VENDOR;
        return new DuplicateVendorProblem(t.uri(), t.title(), t.status().getCode(),
                "Vendor '" + vendor.name() + "' in " + vendor.country() + " has the same name once case, accents,"
                        + " punctuation and legal form are ignored. Send \"confirmDuplicate\": true to register"
                        + " another vendor anyway.",
                instance,
                new Existing(vendor.id().value(), vendor.name(), vendor.country(), "/api/v1/vendors/" + vendor.id()));
    }

    @Singleton
    @Produces(Problems.MEDIA_TYPE)
    @Requires(classes = {DuplicateVendorException.class, ExceptionHandler.class})
    public static class Handler
            implements ExceptionHandler<DuplicateVendorException, MutableHttpResponse<DuplicateVendorProblem>> {
        @Override
        public MutableHttpResponse<DuplicateVendorProblem> handle(HttpRequest request, DuplicateVendorException e) {
            return HttpResponse.<DuplicateVendorProblem>status(ProblemType.DUPLICATE_VENDOR.status())
                    .body(of(e.existing(), request.getPath()))
                    .contentType(Problems.MEDIA_TYPE);
        }
    }
}
