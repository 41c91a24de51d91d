import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.jooq.codegen.GenerationTool;
import org.jooq.meta.jaxb.Configuration;
import org.jooq.meta.jaxb.Database;
import org.jooq.meta.jaxb.Generate;
import org.jooq.meta.jaxb.Generator;
import org.jooq.meta.jaxb.Jdbc;
import org.jooq.meta.jaxb.Target;

/**
 * Build-time jOOQ code generation: migrate a throwaway embedded PostgreSQL with the real Flyway scripts,
 * then generate from the migrated schema. Run by exec-maven-plugin through the JDK source launcher.
 * Args: migrationsDir outputDir packageName.
 */
public class JooqCodegen {
    public static void main(String[] args) throws Exception {
        String migrations = args[0];
        String output = args[1];
        String pkg = args[2];
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            Flyway.configure()
                    .dataSource(pg.getPostgresDatabase())
                    .locations("filesystem:" + migrations)
                    .load()
                    .migrate();
            String url = pg.getJdbcUrl("postgres", "postgres");
            GenerationTool.generate(new Configuration()
                    .withJdbc(new Jdbc().withDriver("org.postgresql.Driver").withUrl(url)
                            .withUser("postgres").withPassword("postgres"))
                    .withGenerator(new Generator()
                            .withDatabase(new Database()
                                    .withName("org.jooq.meta.postgres.PostgresDatabase")
                                    .withInputSchema("public")
                                    .withOutputSchemaToDefault(true)
                                    .withExcludes("flyway_schema_history|audit_event_is_append_only"))
                            .withGenerate(new Generate().withRecords(true).withPojos(false).withDaos(false)
                                    .withJavaTimeTypes(true))
                            .withTarget(new Target().withPackageName(pkg).withDirectory(output))));
        }
    }
}
