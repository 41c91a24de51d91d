package dev.clearance.api;

import dev.clearance.api.cli.Cli;
import dev.clearance.api.config.EmbeddedDatabase;
import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import java.util.Map;

@OpenAPIDefinition(info = @Info(title = "clearance", version = "0.1",
        description = "Clearance: DOJ Data Security Program (28 CFR Part 202) compliance API"))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public final class Application {
    private Application() {
    }

    public static void main(String[] args) {
        Cli.Launch launch = Cli.parse(args, System.in, System.out, System.err);
        // NB: only no arguments or `serve` reach the server; CLI commands start neither it nor a database.
        if (launch instanceof Cli.Exit exit) {
            System.exit(exit.code());
        }
        String[] micronautArgs = ((Cli.Serve) launch).micronautArgs().toArray(String[]::new);
        Map<String, Object> properties = EmbeddedDatabase.startUnlessConfigured();
        Micronaut.build(micronautArgs).mainClass(Application.class).properties(properties).start();
    }
}
