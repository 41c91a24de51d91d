package dev.clearance.api.problem;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Builds problem+json responses. */
public final class Problems {
    public static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {
    }

    public static MutableHttpResponse<Problem> response(ProblemType type, @Nullable String detail,
                                                        @Nullable HttpRequest<?> request,
                                                        @Nullable List<Violation> violations) {
        Problem body = new Problem(type.uri(), type.title(), type.status().getCode(), detail,
                request == null ? null : request.getPath(), violations == null || violations.isEmpty() ? null : violations);
        return HttpResponse.<Problem>status(type.status()).body(body).contentType(MEDIA_TYPE);
    }
}
