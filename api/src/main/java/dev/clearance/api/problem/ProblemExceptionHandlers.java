package dev.clearance.api.problem;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Maps our exceptions and security rejections to problem+json. */
public final class ProblemExceptionHandlers {
    private ProblemExceptionHandlers() {
    }

    @Singleton
    @Produces(Problems.MEDIA_TYPE)
    @Requires(classes = {InvalidRequestException.class, ExceptionHandler.class})
    public static class InvalidRequest implements ExceptionHandler<InvalidRequestException, MutableHttpResponse<Problem>> {
        @Override
        public MutableHttpResponse<Problem> handle(HttpRequest request, InvalidRequestException e) {
            return Problems.response(ProblemType.INVALID_REQUEST,
                    e.violations().size() == 1 ? "1 field is invalid" : e.violations().size() + " fields are invalid",
                    request, e.violations());
        }
    }

    @Singleton
    @Produces(Problems.MEDIA_TYPE)
    @Requires(classes = {NotFoundException.class, ExceptionHandler.class})
    public static class NotFound implements ExceptionHandler<NotFoundException, MutableHttpResponse<Problem>> {
        @Override
        public MutableHttpResponse<Problem> handle(HttpRequest request, NotFoundException e) {
            return Problems.response(ProblemType.NOT_FOUND, e.getMessage(), request, null);
        }
    }

    /** Bean-validation failures on request bodies and parameters, with JSON paths. */
    @Singleton
    @Produces(Problems.MEDIA_TYPE)
    @Replaces(io.micronaut.validation.exceptions.ConstraintExceptionHandler.class)
    public static class ConstraintViolations
            implements ExceptionHandler<jakarta.validation.ConstraintViolationException, MutableHttpResponse<Problem>> {
        @Override
        public MutableHttpResponse<Problem> handle(HttpRequest request, jakarta.validation.ConstraintViolationException e) {
            java.util.List<Violation> violations = e.getConstraintViolations().stream()
                    .map(v -> new Violation(field(v.getPropertyPath()), v.getMessage()))
                    .sorted(java.util.Comparator.comparing(Violation::field))
                    .toList();
            return Problems.response(ProblemType.INVALID_REQUEST,
                    violations.size() == 1 ? "1 field is invalid" : violations.size() + " fields are invalid",
                    request, violations);
        }
    }

    /**
     * A query or path parameter is named as the API documents it ({@code open}, {@code limit}); a body field by its
     * JSON path ({@code listAlerts.open} → {@code open}, {@code register.body.name} → {@code $.name}).
     */
    static String field(jakarta.validation.Path path) {
        java.util.List<String> nodes = new java.util.ArrayList<>();
        path.forEach(n -> nodes.add(n.getName()));
        if (nodes.size() == 2 && !"body".equals(nodes.get(1))) {
            return nodes.get(1);
        }
        return ProblemErrorResponseProcessor.jsonPath(path.toString());
    }

    /** 401 when nobody is logged in, 403 when the roles do not allow the endpoint. */
    @Singleton
    @Produces(Problems.MEDIA_TYPE)
    @Replaces(DefaultAuthorizationExceptionHandler.class)
    public static class Authorization implements ExceptionHandler<AuthorizationException, MutableHttpResponse<?>> {
        @Override
        public MutableHttpResponse<?> handle(HttpRequest request, AuthorizationException e) {
            if (e.isForbidden()) {
                return Problems.response(ProblemType.FORBIDDEN,
                        "Your roles do not allow " + request.getMethodName() + " " + request.getPath(), request, null);
            }
            return Problems.response(ProblemType.UNAUTHORIZED, "Send a valid bearer token from the Clearance realm",
                    request, null).header("WWW-Authenticate", "Bearer realm=\"clearance\"");
        }
    }

    /** Last resort: log the cause, answer without detail or stack trace. */
    @Singleton
    @Produces(Problems.MEDIA_TYPE)
    public static class Unexpected implements ExceptionHandler<RuntimeException, MutableHttpResponse<Problem>> {
        private static final Logger LOG = LoggerFactory.getLogger(Unexpected.class);

        @Override
        public MutableHttpResponse<Problem> handle(HttpRequest request, RuntimeException e) {
            LOG.error("Unexpected error on {} {}", request.getMethodName(), request.getPath(), e);
            return Problems.response(ProblemType.INTERNAL, null, request, null);
        }
    }
}
