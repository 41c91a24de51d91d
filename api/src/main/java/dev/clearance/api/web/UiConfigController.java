package dev.clearance.api.web;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;

/** What the browser needs before login: where Keycloak is. Anonymous by design (allowlisted). */
@Controller("/api/v1/ui-config")
public class UiConfigController {
    private final UiConfig config;

    public UiConfigController(@Value("${clearance.keycloak.url}") String keycloakUrl,
                              @Value("${clearance.keycloak.realm}") String realm,
                              @Value("${clearance.keycloak.client-id}") String clientId) {
        this.config = new UiConfig(keycloakUrl, realm, clientId);
    }

    @Get
    @Secured(SecurityRule.IS_ANONYMOUS)
    public UiConfig config() {
        return config;
    }

    @Serdeable
    public record UiConfig(String keycloakUrl, String realm, String clientId) {
    }
}
