package dev.clearance.api.cli;

import dev.clearance.api.classification.ClassifyCommand;
import dev.clearance.api.screening.ScreenEvalCommand;
import dev.clearance.rules.ruleset.RuleSet;
import dev.clearance.screening.engine.Screening;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * The command line of {@code clearance.jar}, parsed by picocli. No arguments or {@code serve} start the server;
 * {@code classify} and {@code screen-eval} run without the HTTP server or a database; anything else is a usage
 * error (exit 2, usage on stderr) so that a mistyped command never starts a server by accident.
 */
public final class Cli {

    /** What {@code main} must do after parsing. */
    public sealed interface Launch permits Serve, Exit {
    }

    /** Start the server; {@code micronautArgs} are {@code --property=value} overrides for Micronaut. */
    public record Serve(List<String> micronautArgs) implements Launch {
    }

    /** Do not start anything: exit with this code (0 ok, 1 internal error, 2 usage or bad input). */
    public record Exit(int code) implements Launch {
    }

    private Cli() {
    }

    public static Launch parse(String[] args, InputStream in, PrintStream out, PrintStream err) {
        Main main = new Main();
        CommandLine cli = commandLine(main, in, out, err);
        int code = cli.execute(args);
        cli.getOut().flush();
        cli.getErr().flush();
        return main.serve != null && code == 0 ? new Serve(main.serve) : new Exit(code);
    }

    static CommandLine commandLine(Object main, InputStream in, PrintStream out, PrintStream err) {
        CommandLine cli = new CommandLine(main)
                .addSubcommand(new ServeCommand())
                .addSubcommand(new ClassifyCommand(in))
                .addSubcommand(new ScreenEvalCommand(in))
                .addSubcommand(new CommandLine.HelpCommand());
        return configure(cli, out, err);
    }

    private static CommandLine configure(CommandLine cli, PrintStream out, PrintStream err) {
        cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8))
                .setErr(new PrintWriter(err, true, StandardCharsets.UTF_8))
                .setCaseInsensitiveEnumValuesAllowed(true)
                // NB: picocli leaves the usage out when it has a suggestion; a typo must show both.
                .setParameterExceptionHandler((e, args) -> {
                    CommandLine failed = e.getCommandLine();
                    failed.getErr().println(e.getMessage());
                    CommandLine.UnmatchedArgumentException.printSuggestions(e, failed.getErr());
                    failed.usage(failed.getErr());
                    return failed.getCommandSpec().exitCodeOnInvalidInput();
                })
                // NB: an unexpected failure is one line naming the command, never a stack trace.
                .setExecutionExceptionHandler((e, commandLine, parseResult) -> {
                    commandLine.getErr().println(commandLine.getCommandName() + ": " + e);
                    return 1;
                });
        return cli;
    }

    @Command(name = "java -jar clearance.jar", mixinStandardHelpOptions = true, versionProvider = Versions.class,
            synopsisSubcommandLabel = "[COMMAND]",
            description = "Clearance: DOJ Data Security Program (28 CFR Part 202) compliance."
                    + "%nWith no command, starts the server (the same as serve).",
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:success", "1:internal error", "2:usage error or bad input"})
    static final class Main implements Callable<Integer> {
        List<String> serve;

        @Override
        public Integer call() {
            serve = List.of();
            return 0;
        }
    }

    @Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = Versions.class,
            description = "Starts the Clearance server (HTTP API and web UI). Configuration comes from environment "
                    + "variables (docs/CONTRACTS.md) or --name=value overrides, e.g. --micronaut.server.port=9090.")
    static final class ServeCommand implements Callable<Integer> {
        private static final Pattern PROPERTY = Pattern.compile("--[A-Za-z0-9][A-Za-z0-9._-]*=.*");

        @Spec
        CommandSpec spec;

        // NB: Micronaut reads --name=value arguments as configuration; picocli cannot list them as options.
        @Unmatched
        List<String> properties = new ArrayList<>();

        @Override
        public Integer call() {
            for (String property : properties) {
                if (!PROPERTY.matcher(property).matches()) {
                    throw new ParameterException(spec.commandLine(),
                            "serve: expected --name=value, got '" + property + "'");
                }
            }
            ((Main) spec.parent().userObject()).serve = List.copyOf(properties);
            return 0;
        }
    }

    /** The versions an auditor needs to reproduce a result, each taken from the code that owns it. */
    static final class Versions implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {
                "clearance " + applicationVersion(),
                "rule set " + RuleSet.current().version().value(),
                "screening engine " + Screening.ENGINE_VERSION};
        }
    }

    static String applicationVersion() {
        Properties properties = new Properties();
        try (InputStream in = Cli.class.getResourceAsStream("/META-INF/clearance-version.properties")) {
            if (in == null) {
                return "unknown";
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version", "unknown");
    }
}
