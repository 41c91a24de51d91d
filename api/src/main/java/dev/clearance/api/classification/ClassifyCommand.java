package dev.clearance.api.classification;

import dev.clearance.api.problem.Violation;
import dev.clearance.rules.classification.TransactionClassifier;
import dev.clearance.rules.ruleset.CombinedDataReading;
import dev.clearance.rules.ruleset.RuleSet;
import dev.clearance.rules.ruleset.RuleSetConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code classify [--combined-data=strict|literal] FILE|-}: reads one facts object or an array of them and prints
 * the classifications as a JSON array. Starts neither the HTTP server nor a database. Exit 0 on success, 2 on bad
 * input (every violation is printed with its JSON path, and nothing goes to stdout).
 */
@Command(name = "classify",
        description = "Classifies DSP transactions given in facts format v1 (docs/facts-format.md): one object or an "
                + "array in, a JSON array of results out. Bad input exits 2 and names every JSON path at fault.",
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:classified", "2:usage error or bad input"})
public final class ClassifyCommand implements Callable<Integer> {

    private final InputStream in;

    @Spec
    CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Option(names = "--combined-data", paramLabel = "strict|literal", defaultValue = "strict",
            description = "Reading of 28 CFR 202.205(g) for combined data (default: ${DEFAULT-VALUE}).")
    CombinedDataReading reading;

    @Parameters(index = "0", arity = "1", paramLabel = "FILE|-", description = "Facts file, or - for stdin.")
    String source;

    public ClassifyCommand(InputStream in) {
        this.in = in;
    }

    /** Runs {@code classify} alone, with the arguments that follow the command name. */
    public static int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
        return new CommandLine(new ClassifyCommand(in))
                .setOut(new PrintWriter(out, true, StandardCharsets.UTF_8))
                .setErr(new PrintWriter(err, true, StandardCharsets.UTF_8))
                .setCaseInsensitiveEnumValuesAllowed(true)
                .execute(args.toArray(String[]::new));
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String text;
        try {
            text = source.equals("-") ? new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    : Files.readString(Path.of(source), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            err.println("classify: no such file: " + source);
            return 2;
        } catch (IOException | java.io.UncheckedIOException | java.nio.file.InvalidPathException e) {
            err.println("classify: cannot read " + source + ": " + e.getMessage());
            return 2;
        }
        ClassificationService service = new ClassificationService(new TransactionClassifier(
                RuleSet.current(RuleSetConfig.DEFAULT.withCombinedDataReading(reading))));
        ClassificationService.Evaluation evaluation = service.evaluate(text);
        if (evaluation instanceof ClassificationService.Rejected rejected) {
            err.println("classify: invalid facts in " + source + " (" + rejected.violations().size()
                    + " problem(s)); nothing was classified:");
            for (Violation v : rejected.violations()) {
                err.println("  " + v.field() + ": " + v.message());
            }
            return 2;
        }
        ClassificationService.Classified classified = (ClassificationService.Classified) evaluation;
        out.println(ClassificationService.toJson(ClassificationJsonWriter.writeAll(classified.classifications())));
        out.flush();
        return 0;
    }
}
