package dev.clearance.api.support;

import io.micronaut.test.support.TestPropertyProvider;
import java.util.Map;
import org.junit.jupiter.api.TestInstance;

/** Base for HTTP tests: real embedded PostgreSQL and a local JWKS issuer. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ApiTestSupport implements TestPropertyProvider {
    protected final TestIdentityProvider idp = TestIdentityProvider.get();

    @Override
    public Map<String, String> getProperties() {
        return Map.of(
                "datasources.default.url", TestPostgres.jdbcUrl(),
                "datasources.default.username", "postgres",
                "datasources.default.password", "postgres",
                "clearance.keycloak.url", idp.baseUrl(),
                // NB: the ITs share one database; a context must not resume jobs another test class left running.
                "clearance.screening.resume-interrupted-jobs", "false");
    }
}
