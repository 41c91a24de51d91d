package dev.clearance.api.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;

/** One embedded PostgreSQL per test JVM; each application context under test migrates it with Flyway. */
public final class TestPostgres {
    private static EmbeddedPostgres pg;

    private TestPostgres() {
    }

    public static synchronized String jdbcUrl() {
        if (pg == null) {
            try {
                pg = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return pg.getJdbcUrl("postgres", "postgres");
    }
}
