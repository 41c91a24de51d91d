package dev.clearance.api.classification;

import dev.clearance.api.problem.Violation;
import dev.clearance.rules.classification.TransactionClassifier;
import dev.clearance.rules.ruleset.CombinedDataReading;
import dev.clearance.rules.ruleset.RuleSet;
import dev.clearance.rules.ruleset.RuleSetConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code classify [--combined-data=strict|literal] FILE|-}: reads one facts object or an array of them and prints
 * the classifications as a JSON array. Starts neither the HTTP server nor a database. Exit 0 on success, 2 on bad input (every violation is
 * printed with its JSON path, and nothing goes to stdout).
 */
public final class ClassifyCommand {

    private static final String USAGE = "usage: classify [--combined-data=strict|literal] FILE|-"
            + "   (facts format v1: one object or an array; 28 CFR 202.205(g) reading defaults to strict)";

    private ClassifyCommand() {
    }

    public static int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
        CombinedDataReading reading = CombinedDataReading.STRICT;
        List<String> files = new java.util.ArrayList<>();
        for (String arg : args) {
            if (arg.equals("--combined-data=strict")) {
                reading = CombinedDataReading.STRICT;
            } else if (arg.equals("--combined-data=literal")) {
                reading = CombinedDataReading.LITERAL;
            } else if (arg.startsWith("--")) {
                err.println("classify: unknown option " + arg);
                err.println(USAGE);
                return 2;
            } else {
                files.add(arg);
            }
        }
        if (files.size() != 1) {
            err.println(USAGE);
            return 2;
        }
        String source = files.get(0);
        String text;
        try {
            text = source.equals("-") ? new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    : Files.readString(Path.of(source), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            err.println("classify: no such file: " + source);
            return 2;
        } catch (IOException | java.io.UncheckedIOException e) {
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
