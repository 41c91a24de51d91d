package dev.clearance.api.problem;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** {@link ConflictException} as a {@code conflict} problem. */
@Singleton
@Produces(Problems.MEDIA_TYPE)
@Requires(classes = {ConflictException.class, ExceptionHandler.class})
public class ConflictExceptionHandler implements ExceptionHandler<ConflictException, MutableHttpResponse<Problem>> {
    @Override
    public MutableHttpResponse<Problem> handle(HttpRequest request, ConflictException e) {
        return Problems.response(ProblemType.CONFLICT, e.getMessage(), request, null);
    }
}
