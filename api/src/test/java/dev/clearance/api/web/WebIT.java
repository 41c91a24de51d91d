package dev.clearance.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.api.support.ApiTestSupport;
import dev.clearance.api.support.Http;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class WebIT extends ApiTestSupport {
    @Inject
    EmbeddedServer server;
    private Http http;

    @BeforeAll
    void client() {
        http = new Http(server.getURL().toString());
    }

    @Test
    void shouldReportHealthAnonymously() {
        HttpResponse<String> r = http.get("/health", null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("UP").doesNotContain("jdbc:");
    }

    @Test
    void shouldGiveTheBrowserTheKeycloakCoordinatesAnonymously() {
        HttpResponse<String> r = http.get("/api/v1/ui-config", null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"realm\":\"clearance\"").contains("\"clientId\":\"clearance-web\"")
                .contains(idp.baseUrl());
    }

    @Test
    void shouldAnswerAnUnknownApiPathWithA404Problem() {
        HttpResponse<String> r = http.get("/api/v1/nope", null, "application/json");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    @Test
    void shouldServeTheOpenApiDocumentAndSwaggerUi() {
        assertThat(http.get("/swagger/clearance-0.1.yml", null).body()).contains("/api/v1/vendors");
        assertThat(http.get("/swagger-ui/index.html", null).statusCode()).isEqualTo(200);
    }
}
