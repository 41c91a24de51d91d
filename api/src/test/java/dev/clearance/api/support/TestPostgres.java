package dev.clearance.api.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** One embedded PostgreSQL per test JVM; each application context under test migrates it with Flyway. */
public final class TestPostgres {
    private static EmbeddedPostgres pg;

    private TestPostgres() {
    }

    /**
     * A new, empty database in the same server, for a test class that must see a state no other class has touched
     * (e.g. no parties at all); its application context migrates it like the shared one.
     */
    public static synchronized String freshDatabase(String name) {
        if (!name.matches("[a-z_]+")) {
            throw new IllegalArgumentException("database name " + name);
        }
        jdbcUrl();
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            st.execute("drop database if exists " + name);
            st.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return pg.getJdbcUrl("postgres", name);
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
