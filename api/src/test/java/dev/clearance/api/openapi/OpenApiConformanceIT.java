package dev.clearance.api.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.api.support.HttpApiTestSupport;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The error responses the committed OpenAPI document promises are the ones the running server gives: every
 * operation that documents 401 and 403 answers them as problem+json, and every GET by id documents and answers
 * 404 for an unknown id and 400 for an id that is not a UUID. No request here changes anything.
 */
@MicronautTest(transactional = false)
class OpenApiConformanceIT extends HttpApiTestSupport {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final String[] ALL_ROLES = {"analyst", "security-reviewer", "legal-reviewer", "auditor", "admin"};

    record Op(String method, String path, Operation operation) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static Stream<Op> operations() throws IOException {
        OpenAPI api = new OpenAPIV3Parser().readContents(
                Files.readString(Path.of("..", "docs", "openapi", "clearance-0.1.yml")), null, null).getOpenAPI();
        List<Op> ops = new ArrayList<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((method, op) -> ops.add(new Op(method.name(), path, op))));
        return ops.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void documented_401_and_403_are_what_the_server_answers(Op op) throws Exception {
        if (!op.operation().getResponses().containsKey("401")) {
            return;
        }
        String path = op.path().replaceAll("\\{[^}]+}", UUID.randomUUID().toString());

        String mediaType = op.operation().getRequestBody() == null ? "application/json"
                : op.operation().getRequestBody().getContent().keySet().iterator().next();

        assertProblem(send(op.method(), path, mediaType, null), 401, "unauthorized");
        assertProblem(send(op.method(), path, mediaType, idp.token("nobody")), 403, "forbidden");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void a_get_by_id_answers_its_documented_404_and_400(Op op) throws Exception {
        if (!op.method().equals("GET") || !op.path().contains("{")) {
            return;
        }
        assertThat(op.operation().getResponses()).containsKeys("400", "404");
        String token = idp.token("root", ALL_ROLES);

        assertProblem(send("GET", op.path().replaceAll("\\{[^}]+}", UUID.randomUUID().toString()), "application/json",
                token), 404, "not-found");
        assertProblem(send("GET", op.path().replaceAll("\\{[^}]+}", "not-a-uuid"), "application/json", token), 400,
                "invalid-request");
    }

    private static void assertProblem(HttpResponse<String> r, int status, String slug) {
        assertThat(r.statusCode()).as(r.request().method() + " " + r.uri() + ": " + r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(r.body()).contains("\"type\":\"https://clearance.dev/problems/" + slug + "\"");
    }

    private HttpResponse<String> send(String method, String path, String mediaType, @Nullable String token)
            throws Exception {
        boolean multipart = mediaType.startsWith("multipart/");
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", multipart ? mediaType + "; boundary=b" : mediaType)
                .method(method, method.equals("GET") ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(multipart ? "--b--\r\n" : "{}"));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
