package dev.clearance.api.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document generated from the controllers must equal the committed one in {@code docs/openapi/}, so
 * every API change is visible in review. After an intended change run {@code make openapi} and commit the file.
 */
class OpenApiDriftTest {
    @Test
    void shouldMatchTheCommittedOpenApiDocument() throws Exception {
        String generated;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/swagger/clearance-0.1.yml")) {
            assertThat(in).as("generated OpenAPI document on the classpath").isNotNull();
            generated = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path committed = Path.of("..", "docs", "openapi", "clearance-0.1.yml");
        assertThat(Files.readString(committed))
                .as("docs/openapi/clearance-0.1.yml is stale: run `make openapi` and commit it")
                .isEqualTo(generated);
    }
}
