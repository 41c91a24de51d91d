package dev.clearance.api.input;

import dev.clearance.api.problem.ProblemType;
import dev.clearance.api.problem.Problems;
import dev.clearance.api.problem.Violation;
import io.micronaut.core.order.Ordered;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.ServerHttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.body.ByteBody;
import io.micronaut.http.body.CloseableAvailableByteBody;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.RouteInfo;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * Runs {@link StrictJson} on every JSON body the API binds to a typed parameter, after security (so a caller
 * without the role still gets 401/403) and before binding, so that a refused body never reaches a use case. Bodies
 * taken as raw text ({@code POST /api/v1/classifications/evaluate}, which {@code FactsJsonReader} reads strictly
 * itself) and multipart uploads are left alone.
 */
@ServerFilter("/api/**")
public class StrictJsonFilter implements Ordered {
    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }

    @RequestFilter
    public CompletableFuture<@Nullable HttpResponse<?>> check(HttpRequest<?> request) {
        Optional<Argument<?>> target = typedJsonBody(request);
        if (target.isEmpty() || !(request instanceof ServerHttpRequest<?> server)) {
            return CompletableFuture.completedFuture(null);
        }
        OptionalLong declared = server.byteBody().expectedLength();
        if (declared.isPresent() && declared.getAsLong() > StrictJson.MAX_BYTES) {
            return CompletableFuture.completedFuture(tooLarge(request));
        }
        // NB: a split copy is buffered, so the original body is still there for Micronaut to bind.
        return server.byteBody().split(ByteBody.SplitBackpressureMode.FASTEST).buffer()
                .thenApply(buffered -> verdict(request, target.get(), buffered));
    }

    private static @Nullable HttpResponse<?> verdict(HttpRequest<?> request, Argument<?> type,
                                                     CloseableAvailableByteBody buffered) {
        try (buffered) {
            byte[] bytes = buffered.toByteArray();
            if (bytes.length > StrictJson.MAX_BYTES) {
                return tooLarge(request);
            }
            List<Violation> violations = StrictJson.check(bytes, type);
            if (violations.isEmpty()) {
                return null;
            }
            return Problems.response(ProblemType.INVALID_REQUEST, violations.size() == 1 ? "1 field is invalid"
                    : violations.size() + " fields are invalid", request, violations);
        }
    }

    private static HttpResponse<?> tooLarge(HttpRequest<?> request) {
        return Problems.response(ProblemType.PAYLOAD_TOO_LARGE,
                "The JSON body must be at most " + StrictJson.MAX_BYTES / (1024 * 1024) + " MB", request, null);
    }

    private static Optional<Argument<?>> typedJsonBody(HttpRequest<?> request) {
        Optional<MediaType> contentType = request.getContentType();
        if (contentType.isEmpty() || !isJson(contentType.get())) {
            return Optional.empty();
        }
        return RouteAttributes.getRouteInfo(request)
                .flatMap(RouteInfo::getRequestBodyType)
                .filter(a -> !isRaw(a.getType()))
                .map(a -> (Argument<?>) a);
    }

    private static boolean isJson(MediaType type) {
        String subtype = type.getSubtype();
        return "application".equals(type.getType()) && ("json".equals(subtype) || subtype.endsWith("+json"));
    }

    private static boolean isRaw(Class<?> type) {
        return type == String.class || type == CharSequence.class || type == byte[].class || type == Object.class
                || io.micronaut.core.io.buffer.ByteBuffer.class.isAssignableFrom(type);
    }
}
