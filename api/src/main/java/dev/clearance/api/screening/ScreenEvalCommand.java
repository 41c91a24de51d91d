package dev.clearance.api.screening;

import dev.clearance.screening.engine.Screening;
import dev.clearance.screening.eval.PairEvaluation;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code screen-eval --pairs FILE.csv [--threshold T]}: scores a {@code query,candidate,is_match} CSV with the
 * production name matcher and prints precision, recall and F1, the last line being exactly
 * {@code precision=0.912 recall=0.640 f1=0.752}. Exit 0 ok, 2 bad input (message on stderr).
 */
@Command(name = "screen-eval",
        description = "Scores labelled name pairs (CSV query,candidate,is_match) with the production name matcher "
                + "and prints precision, recall and F1.",
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:evaluated", "2:usage error or bad input"})
public final class ScreenEvalCommand implements Callable<Integer> {

    private final InputStream in;

    @Spec
    CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Option(names = "--pairs", required = true, paramLabel = "FILE.csv", description = "Labelled pairs, or - for stdin.")
    String pairs;

    @Option(names = "--threshold", paramLabel = "T", defaultValue = "" + Screening.DEFAULT_THRESHOLD,
            description = "Score threshold in [0, 1] (default: the production threshold ${DEFAULT-VALUE}).")
    double threshold;

    public ScreenEvalCommand(InputStream in) {
        this.in = in;
    }

    /** Runs {@code screen-eval} alone, with the arguments that follow the command name. */
    public static int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
        return new CommandLine(new ScreenEvalCommand(in))
                .setOut(new PrintWriter(out, true, StandardCharsets.UTF_8))
                .setErr(new PrintWriter(err, true, StandardCharsets.UTF_8))
                .execute(args.toArray(String[]::new));
    }

    @Override
    public Integer call() {
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new ParameterException(spec.commandLine(), "--threshold must be a number in [0, 1]: " + threshold);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<PairEvaluation.ScoredPair> scored;
        try (Reader r = pairs.equals("-") ? new java.io.InputStreamReader(in, StandardCharsets.UTF_8)
                : Files.newBufferedReader(Path.of(pairs), StandardCharsets.UTF_8)) {
            scored = PairEvaluation.score(r);
        } catch (PairEvaluation.MalformedPairsException e) {
            err.println(pairs + ": " + e.getMessage());
            return 2;
        } catch (IOException | java.io.UncheckedIOException | java.nio.file.InvalidPathException e) {
            err.println("cannot read " + pairs + ": " + e.getMessage());
            return 2;
        }
        PairEvaluation.Result res = PairEvaluation.at(scored, threshold);
        out.printf(Locale.ROOT, "pairs=%d threshold=%.3f engine=%s%n", scored.size(), threshold,
                Screening.ENGINE_VERSION);
        out.printf(Locale.ROOT, "tp=%d fp=%d fn=%d tn=%d%n", res.truePositives(), res.falsePositives(),
                res.falseNegatives(), res.trueNegatives());
        out.println(res.summaryLine());
        out.flush();
        return 0;
    }
}
