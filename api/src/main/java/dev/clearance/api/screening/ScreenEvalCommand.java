package dev.clearance.api.screening;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import dev.clearance.screening.engine.Screening;
import dev.clearance.screening.eval.PairEvaluation;

/**
 * {@code screen-eval --pairs FILE.csv [--threshold T]}: scores a {@code query,candidate,is_match} CSV with the
 * production name matcher and prints precision, recall and F1, the last line being exactly
 * {@code precision=0.912 recall=0.640 f1=0.752}. Exit 0 ok, 2 bad input (message on stderr).
 */
public final class ScreenEvalCommand {

    private static final String USAGE = "usage: screen-eval --pairs FILE.csv [--threshold T]";

    private ScreenEvalCommand() {
    }

    public static int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
        String pairs = null;
        double threshold = Screening.DEFAULT_THRESHOLD;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("screen-eval") && i == 0) {
                continue;
            }
            if ((a.equals("--pairs") || a.equals("--threshold")) && i + 1 >= args.size()) {
                err.println("missing value for " + a + "\n" + USAGE);
                return 2;
            }
            switch (a) {
                case "--pairs" -> pairs = args.get(++i);
                case "--threshold" -> {
                    String v = args.get(++i);
                    try {
                        threshold = Double.parseDouble(v);
                    } catch (NumberFormatException e) {
                        err.println("--threshold must be a number in [0, 1]: " + v);
                        return 2;
                    }
                    if (!(threshold >= 0 && threshold <= 1)) {
                        err.println("--threshold must be a number in [0, 1]: " + v);
                        return 2;
                    }
                }
                default -> {
                    err.println("unknown argument: " + a + "\n" + USAGE);
                    return 2;
                }
            }
        }
        if (pairs == null) {
            err.println(USAGE);
            return 2;
        }
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
        return 0;
    }
}
