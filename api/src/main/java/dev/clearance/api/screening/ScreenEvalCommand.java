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
 * {@code screen-eval --pairs FILE.csv [--threshold T]}: scores a {@code query,candidate,is_match[,kind]} CSV with the
 * production name matcher and prints precision, recall and F1, the last line being exactly
 * {@code precision=0.912 recall=0.640 f1=0.752}; plain Jaro-Winkler at 0.85 from the same run is printed beside it.
 * With a {@code kind} column it first prints a row per kind, and the last line is the related variants (every kind
 * but {@code unrelated}). Exit 0 ok, 2 bad input (message on stderr).
 */
@Command(name = "screen-eval",
        description = "Scores labelled name pairs (CSV query,candidate,is_match) with the production name matcher "
                + "and prints precision, recall and F1 (per kind when the file has a kind column).",
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
        List<PairEvaluation.KindResult> kinds = PairEvaluation.byKind(scored, threshold,
                PairEvaluation.PLAIN_JW_THRESHOLD);
        // NB: with kinds, the headline is the related variants: an unrelated alias is caught by the index, not by
        // name comparison, so counting it would hide what the matcher does.
        List<PairEvaluation.ScoredPair> headline = kinds.isEmpty() ? scored : PairEvaluation.related(scored);
        PairEvaluation.Result res = PairEvaluation.at(headline, threshold);
        PairEvaluation.Result plain = PairEvaluation.plainAt(headline, PairEvaluation.PLAIN_JW_THRESHOLD);
        out.printf(Locale.ROOT, "pairs=%d threshold=%.3f engine=%s%n", scored.size(), threshold,
                Screening.ENGINE_VERSION);
        if (!kinds.isEmpty()) {
            out.printf(Locale.ROOT, "%-18s %6s %7s   engine@%.3f: %-9s %-6s %-5s   plainJW@%.2f: %-9s %-6s %s%n",
                    "kind", "pairs", "matches", threshold, "precision", "recall", "f1",
                    PairEvaluation.PLAIN_JW_THRESHOLD, "precision", "recall", "f1");
            for (PairEvaluation.KindResult k : kinds) {
                row(out, k.kind(), k.pairs(), k.matches(), k.engine(), k.plainJw());
            }
            List<PairEvaluation.ScoredPair> related = PairEvaluation.related(scored);
            row(out, "related variants", related.size(), (int) related.stream().filter(PairEvaluation.ScoredPair::match)
                    .count(), res, plain);
            row(out, "all pairs", scored.size(), (int) scored.stream().filter(PairEvaluation.ScoredPair::match).count(),
                    PairEvaluation.at(scored, threshold), PairEvaluation.plainAt(scored,
                            PairEvaluation.PLAIN_JW_THRESHOLD));
            out.println("related variants (every kind but unrelated):");
        }
        out.printf(Locale.ROOT, "plainJW@%.3f %s%n", PairEvaluation.PLAIN_JW_THRESHOLD, plain.summaryLine());
        out.printf(Locale.ROOT, "tp=%d fp=%d fn=%d tn=%d%n", res.truePositives(), res.falsePositives(),
                res.falseNegatives(), res.trueNegatives());
        out.println(res.summaryLine());
        out.flush();
        return 0;
    }

    private static void row(PrintWriter out, String kind, int pairs, int matches, PairEvaluation.Result engine,
            PairEvaluation.Result plain) {
        out.printf(Locale.ROOT, "%-18s %6d %7d   %13s %-9.3f %-6.3f %-5.3f   %13s %-9.3f %-6.3f %.3f%n", kind, pairs,
                matches, "", engine.precision(), engine.recall(), engine.f1(), "", plain.precision(), plain.recall(),
                plain.f1());
    }
}
