package dev.clearance.api.problem;

import io.micronaut.context.annotation.Primary;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders the framework's own errors (bean validation, unreadable JSON, unknown route, wrong method) as
 * problem+json, turning validation paths such as {@code create.body.name} into JSON paths ({@code $.name}).
 */
@Singleton
@Primary
public class ProblemErrorResponseProcessor implements ErrorResponseProcessor<Problem> {
    @Override
    public MutableHttpResponse<Problem> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        ProblemType type = ProblemType.forStatus(response.code());
        List<Violation> violations = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        for (var error : context.getErrors()) {
            if (error.getPath().isPresent()) {
                violations.add(new Violation(jsonPath(error.getPath().get()), error.getMessage()));
            } else {
                messages.add(error.getMessage());
            }
        }
        String detail = type == ProblemType.INTERNAL ? null
                : messages.isEmpty() ? (violations.isEmpty() ? null : violations.size() + " field(s) are invalid")
                : String.join("; ", messages);
        Problem problem = new Problem(type.uri(), type.title(), response.code(), detail,
                context.getRequest().getPath(), violations.isEmpty() ? null : violations);
        return response.body(problem).contentType(Problems.MEDIA_TYPE);
    }

    /** {@code register.body.owners[0].percent} → {@code $.owners[0].percent}. */
    static String jsonPath(String validationPath) {
        String path = validationPath;
        int body = path.indexOf("body");
        if (body >= 0) {
            path = path.substring(body + "body".length());
        } else {
            int dot = path.indexOf('.');
            path = dot >= 0 ? path.substring(dot) : "." + path;
        }
        if (!path.isEmpty() && path.charAt(0) != '.' && path.charAt(0) != '[') {
            path = "." + path;
        }
        return "$" + path;
    }
}
