package dev.clearance.api.classification;

import dev.clearance.api.problem.InvalidRequestException;
import dev.clearance.api.problem.ProblemResponses;
import dev.clearance.api.security.Role;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/**
 * Stateless classification: facts format v1 in, classification out. An object gives an object and an array an
 * array (the CLI always prints an array). Bad input is a 400 problem listing every violation with its JSON path.
 */
@ProblemResponses.RoleChecked
@ProblemResponses.Validated
@Controller("/api/v1/classifications")
public class ClassificationController {

    private final ClassificationService service = ClassificationService.current();

    // NB: the raw body is taken as text so that our codec, not the framework, reports violations with JSON paths.
    @Post("/evaluate")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Secured({Role.Names.ANALYST, Role.Names.LEGAL_REVIEWER, Role.Names.AUDITOR})
    @ApiResponse(responseCode = "200", description = "The classification of each transaction, in input order.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(ref = "#/components/schemas/ClassificationOutput")))
    public HttpResponse<String> evaluate(@RequestBody(required = true, description = "Facts format v1.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(ref = "#/components/schemas/FactsInput"))) @Body String body) {
        ClassificationService.Evaluation evaluation = service.evaluate(body);
        if (evaluation instanceof ClassificationService.Rejected rejected) {
            throw new InvalidRequestException(rejected.violations());
        }
        ClassificationService.Classified classified = (ClassificationService.Classified) evaluation;
        String json = classified.array()
                ? ClassificationService.toJson(ClassificationJsonWriter.writeAll(classified.classifications()))
                : ClassificationService.toJson(ClassificationJsonWriter.write(classified.classifications().get(0)));
        return HttpResponse.ok(json).contentType(MediaType.APPLICATION_JSON_TYPE);
    }
}
