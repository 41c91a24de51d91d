package dev.clearance.api.input;

import dev.clearance.api.problem.ProblemType;
import dev.clearance.api.problem.Problems;
import dev.clearance.api.problem.Violation;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.ServerHttpRequest;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.body.ByteBody;
import io.micronaut.http.body.CloseableAvailableByteBody;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.RouteInfo;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/**
 * Runs {@link StrictJson} on every JSON body the API binds to a typed parameter, after security (so a caller
 * without the role still gets 401/403) and before binding, so that a refused body never reaches a use case. Bodies
 * taken as raw text ({@code POST /api/v1/classifications/evaluate}, which {@code FactsJsonReader} reads strictly
 * itself) and multipart uploads are left alone.
 */
@Filter("/api/**")
public class StrictJsonFilter implements HttpServerFilter {
    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        Optional<Argument<?>> target = typedJsonBody(request);
        if (target.isEmpty() || !(request instanceof ServerHttpRequest<?> server)) {
            return chain.proceed(request);
        }
        OptionalLong declared = server.byteBody().expectedLength();
        if (declared.isPresent() && declared.getAsLong() > StrictJson.MAX_BYTES) {
            return Mono.just(tooLarge(request));
        }
        // NB: a split copy is buffered, so the original body is still there for Micronaut to bind.
        return Mono.fromFuture(server.byteBody().split(ByteBody.SplitBackpressureMode.FASTEST).buffer())
                .flatMap(buffered -> {
                    MutableHttpResponse<?> refused = verdict(request, target.get(), buffered);
                    return refused != null ? Mono.just(refused) : Mono.from(chain.proceed(request));
                });
    }

    private static @Nullable MutableHttpResponse<?> verdict(HttpRequest<?> request, Argument<?> type,
                                                            CloseableAvailableByteBody buffered) {
        try (buffered) {
            byte[] bytes = buffered.toByteArray();
            if (bytes.length > StrictJson.MAX_BYTES) {
                return tooLarge(request);
            }
            if (type.isNullable() && new String(bytes, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
                // NB: an optional body (e.g. an archive reason) may be left out altogether.
                return null;
            }
            List<Violation> violations = StrictJson.check(bytes, type);
            if (violations.isEmpty()) {
                return null;
            }
            return Problems.response(ProblemType.INVALID_REQUEST, violations.size() == 1 ? "1 field is invalid"
                    : violations.size() + " fields are invalid", request, violations);
        }
    }

    private static MutableHttpResponse<?> tooLarge(HttpRequest<?> request) {
        return Problems.response(ProblemType.PAYLOAD_TOO_LARGE,
                "The JSON body must be at most " + StrictJson.MAX_BYTES / (1024 * 1024) + " MB", request, null);
    }

    private static Optional<Argument<?>> typedJsonBody(HttpRequest<?> request) {
        Optional<MediaType> contentType = request.getContentType();
        // NB: a body sent without Content-Type is still bound as JSON by the route, so it is checked as JSON too.
        if (contentType.isPresent() && !isJson(contentType.get())) {
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
