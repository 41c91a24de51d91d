package dev.clearance.api.web;

import dev.clearance.api.problem.ProblemType;
import dev.clearance.api.problem.Problems;
import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

/**
 * History fallback for the single-page app: a browser navigating to a deep link such as {@code /vendors} gets
 * index.html; API clients get a 404 problem.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
public class SpaFallbackController {
    private final ResourceResolver resources;

    public SpaFallbackController(ResourceResolver resources) {
        this.resources = resources;
    }

    @Error(status = HttpStatus.NOT_FOUND, global = true)
    public HttpResponse<?> notFound(HttpRequest<?> request) {
        String path = request.getPath();
        boolean wantsHtml = request.getHeaders().accept().stream()
                .anyMatch(m -> m.matches(MediaType.TEXT_HTML_TYPE));
        boolean appRoute = !path.startsWith("/api/") && !path.startsWith("/swagger") && !path.contains(".");
        if (wantsHtml && appRoute && request.getMethodName().equals("GET")) {
            var index = resources.getResource("classpath:public/index.html");
            if (index.isPresent()) {
                return HttpResponse.ok(new StreamedFile(index.get())).contentType(MediaType.TEXT_HTML_TYPE);
            }
        }
        return Problems.response(ProblemType.NOT_FOUND, "No resource at " + path, request, null);
    }
}
