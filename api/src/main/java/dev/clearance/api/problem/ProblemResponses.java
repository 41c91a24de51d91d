package dev.clearance.api.problem;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The error responses of the API, declared once for the OpenAPI document: micronaut-openapi reads these
 * annotations as stereotypes, on a controller class (every operation) or on one method. Each response is
 * {@code application/problem+json} with the {@link Problem} schema; a 400 lists every {@link Violation} by its
 * field path ({@code $.name}). {@code OpenApiDocumentTest} checks that every operation declares those that apply.
 */
public final class ProblemResponses {

    private static final String PROBLEM_JSON = "application/problem+json";

    private ProblemResponses() {
    }

    /** 401 and 403, and the bearer-token requirement: for every endpoint secured with named roles. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD})
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "401", description = "No valid bearer token from the Clearance realm (type "
            + ProblemType.BASE_URI + "unauthorized).",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "The token has none of the roles this operation allows (type "
            + ProblemType.BASE_URI + "forbidden).",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public @interface RoleChecked {
    }

    /** 400: for every endpoint that reads a body, a query or a path parameter. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD})
    @ApiResponse(responseCode = "400", description = "Invalid input; nothing was stored. violations names each field "
            + "at fault by its path, such as $.name or $.data[0].count (type " + ProblemType.BASE_URI
            + "invalid-request).",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public @interface Validated {
    }

    /** 404: for every endpoint addressed by an id in its path. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD})
    @ApiResponse(responseCode = "404", description = "Nothing has the id given in the path (type "
            + ProblemType.BASE_URI + "not-found).",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public @interface NotFound {
    }

    /** 409: for every endpoint whose write can collide with the state already stored. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD})
    @ApiResponse(responseCode = "409", description = "The write conflicts with what is stored; nothing was changed and"
            + " the body says with what (type " + ProblemType.BASE_URI + "conflict or a more specific slug).",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public @interface Conflict {
    }
}
