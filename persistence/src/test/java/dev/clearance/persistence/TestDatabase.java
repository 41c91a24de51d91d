package dev.clearance.persistence;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/** One real embedded PostgreSQL per test JVM, migrated with the production Flyway scripts. */
public final class TestDatabase {
    private static EmbeddedPostgres pg;

    private TestDatabase() {
    }

    public static synchronized DataSource dataSource() {
        if (pg == null) {
            try {
                pg = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Flyway.configure().dataSource(pg.getPostgresDatabase()).locations("classpath:db/migration").load().migrate();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    pg.close();
                } catch (IOException ignored) {
                    // shutting down anyway
                }
            }));
        }
        return pg.getPostgresDatabase();
    }

    public static DSLContext dsl() {
        return DSL.using(dataSource(), SQLDialect.POSTGRES);
    }
}
