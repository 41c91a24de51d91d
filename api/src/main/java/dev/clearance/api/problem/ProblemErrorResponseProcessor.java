package dev.clearance.api.problem;

import io.micronaut.context.annotation.Primary;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import dev.clearance.api.input.InputDates;
import io.micronaut.core.bind.exceptions.UnsatisfiedArgumentException;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.core.type.Argument;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.codec.CodecException;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.json.JsonSyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

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
        Throwable cause = context.getRootCause().orElse(null);
        Violation plain = plainViolation(cause);
        if (plain != null) {
            violations.add(plain);
        } else if (cause instanceof ContentLengthExceededException) {
            messages.add("The request body is larger than the server accepts");
        } else {
            for (var error : context.getErrors()) {
                if (error.getPath().isPresent()) {
                    violations.add(new Violation(jsonPath(error.getPath().get()), error.getMessage()));
                } else {
                    messages.add(error.getMessage());
                }
            }
        }
        String detail = type == ProblemType.INTERNAL ? null
                : messages.isEmpty() ? (violations.isEmpty() ? null : violations.size() + " field(s) are invalid")
                : String.join("; ", messages);
        Problem problem = new Problem(type.uri(), type.title(), response.code(), detail,
                context.getRequest().getPath(), violations.isEmpty() ? null : violations);
        return response.body(problem).contentType(Problems.MEDIA_TYPE);
    }

    /**
     * The framework's binding failures in the API's own words: the parameter as documented ({@code id},
     * {@code open}; {@code $} for the body) and what it must be, never Micronaut's binding text.
     */
    static @Nullable Violation plainViolation(@Nullable Throwable cause) {
        if (cause instanceof ConversionErrorException e) {
            return new Violation(parameter(e.getArgument()), rule(e.getArgument().getType()));
        }
        if (cause instanceof UnsatisfiedArgumentException e) {
            String field = parameter(e.getArgument());
            return new Violation(field, field.equals("$") ? "a JSON body is required" : "is required");
        }
        if (cause instanceof JsonSyntaxException || cause instanceof CodecException
                || cause instanceof com.fasterxml.jackson.core.JsonProcessingException) {
            return new Violation("$", "is not valid JSON for this operation");
        }
        return null;
    }

    private static String parameter(Argument<?> argument) {
        return argument.getAnnotationMetadata().hasAnnotation(Body.class) || argument.getName().equals("body")
                ? "$" : argument.getName();
    }

    /** What a value of {@code type} must look like, in the words the OpenAPI descriptions use. */
    public static String rule(Class<?> type) {
        if (type == UUID.class) {
            return "must be a UUID";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "must be a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class) {
            return "must be a number";
        }
        if (type == LocalDate.class) {
            return InputDates.RULE;
        }
        if (type.isEnum()) {
            return "must be one of " + Arrays.toString(type.getEnumConstants());
        }
        return "has an invalid value";
    }

    /** {@code register.body.owners[0].percent} → {@code $.owners[0].percent}. */
    static String jsonPath(String validationPath) {
        // NB: bean validation names container elements "aliases[0]<list element>"; the JSON path is "aliases[0]".
        String path = validationPath.replaceAll("\\.?<[^>]*>", "");
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
