package dev.clearance.api.support;

import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;

/** Base for tests that call the running server over HTTP as the demo admin, analyst and auditor. */
public abstract class HttpApiTestSupport extends ApiTestSupport {
    @Inject
    protected EmbeddedServer server;

    protected Http http;
    protected String base;
    protected String admin;
    protected String analyst;
    protected String auditor;

    /** Runs before the subclass's own {@code @BeforeAll}, so that one may already call the API. */
    @BeforeAll
    void connect() {
        base = server.getURL().toString();
        http = new Http(base);
        admin = idp.token("adam", "admin");
        analyst = idp.token("alice", "analyst");
        auditor = idp.token("audrey", "auditor");
    }
}
