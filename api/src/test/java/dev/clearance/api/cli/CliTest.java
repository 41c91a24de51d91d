package dev.clearance.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.api.Application;
import dev.clearance.rules.ruleset.RuleSet;
import dev.clearance.screening.engine.Screening;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What {@code java -jar clearance.jar ARGS} decides: start the server, run a command, or refuse with exit 2. */
class CliTest {

    record Run(Cli.Launch launch, String out, String err) {
    }

    static Run parse(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Cli.Launch launch = Cli.parse(args, new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(launch, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"clasify", "start", "server", "-x", "--port=9090", "screen_eval"})
    void an_unknown_command_or_option_is_usage_on_stderr_and_exit_2_not_a_server(String arg) {
        Run run = parse(arg, "file.json");

        assertThat(run.launch()).isEqualTo(new Cli.Exit(2));
        assertThat(run.err()).contains("Usage: java -jar clearance.jar", "classify", "screen-eval", "serve");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void no_arguments_or_serve_start_the_server() {
        assertThat(parse().launch()).isEqualTo(new Cli.Serve(List.of()));
        assertThat(parse("serve").launch()).isEqualTo(new Cli.Serve(List.of()));
    }

    @Test
    void serve_passes_property_overrides_to_micronaut_and_refuses_anything_else() {
        assertThat(parse("serve", "--micronaut.server.port=9090").launch())
                .isEqualTo(new Cli.Serve(List.of("--micronaut.server.port=9090")));

        Run junk = parse("serve", "now");
        assertThat(junk.launch()).isEqualTo(new Cli.Exit(2));
        assertThat(junk.err()).contains("expected --name=value", "Usage:");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--help", "-h", "help"})
    void help_lists_every_subcommand(String arg) {
        Run run = parse(arg);

        assertThat(run.launch()).isEqualTo(new Cli.Exit(0));
        assertThat(run.out()).contains("Usage: java -jar clearance.jar")
                .containsPattern("(?m)^\\s+serve\\s+Starts the Clearance server")
                .containsPattern("(?m)^\\s+classify\\s+Classifies DSP transactions")
                .containsPattern("(?m)^\\s+screen-eval\\s+Scores labelled name pairs")
                .contains("With no command, starts the server");
    }

    @Test
    void help_of_a_subcommand_shows_its_options() {
        Run run = parse("classify", "--help");

        assertThat(run.launch()).isEqualTo(new Cli.Exit(0));
        assertThat(run.out()).contains("Usage: java -jar clearance.jar classify", "--combined-data", "FILE|-");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--version", "-V"})
    void version_shows_the_application_rule_set_and_screening_engine_versions(String arg) {
        Run run = parse(arg);

        assertThat(run.launch()).isEqualTo(new Cli.Exit(0));
        assertThat(run.out()).containsPattern("(?m)^clearance \\d+\\.\\d+\\.\\d+")
                .contains("rule set " + RuleSet.current().version().value())
                .contains("screening engine " + Screening.ENGINE_VERSION);
    }

    @Test
    void classify_without_a_file_is_exit_2_with_its_usage() {
        Run run = parse("classify");

        assertThat(run.launch()).isEqualTo(new Cli.Exit(2));
        assertThat(run.err()).contains("Missing required parameter: 'FILE|-'", "Usage: java -jar clearance.jar classify");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void classify_with_two_files_or_an_unknown_option_is_exit_2() {
        assertThat(parse("classify", "a.json", "b.json").launch()).isEqualTo(new Cli.Exit(2));
        assertThat(parse("classify", "--colour", "a.json").launch()).isEqualTo(new Cli.Exit(2));
        assertThat(parse("classify", "--combined-data=maybe", "a.json").err()).contains("strict", "literal");
    }

    @Test
    void screen_eval_needs_pairs_and_a_threshold_in_0_1(@TempDir Path dir) throws Exception {
        Path pairs = dir.resolve("pairs.csv");
        Files.writeString(pairs, "query,candidate,is_match\nJohn Smith,John Smith,1\nJohn Smith,Mary Jones,0\n");

        Run missing = parse("screen-eval");
        Run outOfRange = parse("screen-eval", "--pairs", pairs.toString(), "--threshold", "1.5");
        Run notANumber = parse("screen-eval", "--pairs", pairs.toString(), "--threshold", "high");
        Run ok = parse("screen-eval", "--pairs", pairs.toString(), "--threshold", "0.9");

        assertThat(missing.launch()).isEqualTo(new Cli.Exit(2));
        assertThat(missing.err()).contains("--pairs");
        assertThat(outOfRange.launch()).isEqualTo(new Cli.Exit(2));
        assertThat(outOfRange.err()).contains("--threshold must be a number in [0, 1]");
        assertThat(notANumber.launch()).isEqualTo(new Cli.Exit(2));
        assertThat(ok.launch()).as(ok.err()).isEqualTo(new Cli.Exit(0));
        assertThat(ok.out()).contains("pairs=2 threshold=0.900", "precision=1.000 recall=1.000");
    }

    @Test
    void screen_eval_prints_a_row_per_kind_and_ends_with_the_related_variants(@TempDir Path dir) throws Exception {
        Path pairs = dir.resolve("kinds.csv");
        Files.writeString(pairs, "query,candidate,is_match,kind\n"
                + "\"SOUSSOU, Habib\",\"HABIB, Soussou\",1,word-order\n"
                + "Brennock Steel Tubes Ltd,Brennock Steel Wires Ltd,0,word-order\n"
                + "John Smith,Mary Jones,1,unrelated\n");

        Run run = parse("screen-eval", "--pairs", pairs.toString());

        assertThat(run.launch()).as(run.err()).isEqualTo(new Cli.Exit(0));
        assertThat(run.out()).contains("pairs=3 threshold=0.920", "engine@0.920", "plainJW@0.85")
                .containsPattern("(?m)^unrelated\\s+1\\s+1\\s+0\\.000\\s+0\\.000")
                .containsPattern("(?m)^word-order\\s+2\\s+1\\s+1\\.000\\s+1\\.000\\s+1\\.000\\s+0\\.000\\s+0\\.000")
                .containsPattern("(?m)^related variants\\s+2\\s+1\\s+1\\.000\\s+1\\.000")
                .containsPattern("(?m)^all pairs\\s+3\\s+2\\s+1\\.000\\s+0\\.500");
        assertThat(run.out().strip().lines().toList()).last().isEqualTo("precision=1.000 recall=1.000 f1=1.000");
    }

    /** The real entry point in its own JVM: a typo must end the process with 2, never leave a server running. */
    @Test
    void the_jar_main_exits_2_on_a_mistyped_command_without_starting_anything(@TempDir Path home) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), Application.class.getName(), "clasify", "x"));
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(home.resolve("out.txt").toFile())
                .redirectError(home.resolve("err.txt").toFile());
        pb.environment().put("CLEARANCE_HOME", home.toString());
        pb.environment().put("MICRONAUT_SERVER_PORT", "-1");
        pb.environment().remove("DATASOURCES_DEFAULT_URL");
        Process process = pb.start();
        try {
            boolean ended = process.waitFor(60, TimeUnit.SECONDS);

            assertThat(ended).as("the process ended by itself (a started server would keep running)").isTrue();
            assertThat(process.exitValue()).isEqualTo(2);
            assertThat(Files.readString(home.resolve("err.txt"))).contains("Unmatched argument", "Usage:");
            assertThat(home.resolve("pgdata")).doesNotExist();
        } finally {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }
}
