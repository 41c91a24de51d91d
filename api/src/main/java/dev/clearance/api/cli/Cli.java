package dev.clearance.api.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The command-line entry points of {@code clearance.jar}. Each command is a static
 * {@code int run(List<String> args, InputStream in, PrintStream out, PrintStream err)}; exit code 2 means bad input.
 */
public final class Cli {
    private static final Map<String, String> COMMANDS = Map.of(
            "classify", "dev.clearance.api.classification.ClassifyCommand",
            "screen-eval", "dev.clearance.api.screening.ScreenEvalCommand");

    private Cli() {
    }

    public static boolean isCommand(String[] args) {
        return args.length > 0 && (COMMANDS.containsKey(args[0]) || args[0].equals("help") || args[0].equals("--help"));
    }

    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        String command = args[0];
        if (!COMMANDS.containsKey(command)) {
            out.println("usage: java -jar clearance.jar [classify FILE|- | screen-eval --pairs FILE.csv [--threshold T]]");
            out.println("       with no command, starts the Clearance server");
            return 0;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        try {
            // NB: looked up by name so each feature owns its command without a central compile-time switch.
            Method run = Class.forName(COMMANDS.get(command))
                    .getMethod("run", List.class, InputStream.class, PrintStream.class, PrintStream.class);
            return (int) run.invoke(null, rest, in, out, err);
        } catch (InvocationTargetException e) {
            err.println(command + ": " + e.getCause());
            return 1;
        } catch (ReflectiveOperationException e) {
            err.println(command + ": command not available in this build (" + e + ")");
            return 1;
        }
    }
}
