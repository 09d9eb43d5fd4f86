package org.llmcostplanner;

import org.llmcostplanner.cli.PlannerCli;
import org.llmcostplanner.io.FileErrors;
import org.llmcostplanner.ui.PlannerApp;

/**
 * The jar's entry point. Without arguments it opens the planner window on the default scenario,
 * with one {@code .json} argument on that scenario file; other arguments run the command line. A plain class, not an Application subclass, so the
 * JavaFX runtime loads from the classpath of a fat jar.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 1 && args[0].toLowerCase(java.util.Locale.ROOT).endsWith(".json")) {
            requireDisplay();
            PlannerApp.launchApp(args[0]); // java -jar planner.jar plan.json opens that plan in the window
            return;
        }
        if (args.length > 0) {
            int code;
            try {
                code = PlannerCli.run(args);
            } catch (Throwable failure) { // an Error (e.g. out of memory) passes picocli's handler
                PlannerCli.printError(FileErrors.describe(failure));
                code = PlannerCli.EXIT_INVALID;
            }
            System.exit(code);
        }
        requireDisplay();
        PlannerApp.launchApp();
    }

    private static void requireDisplay() {
        if (isLinux() && System.getenv("DISPLAY") == null && System.getenv("WAYLAND_DISPLAY") == null) {
            PlannerCli.printError("no display to open the planner window on (DISPLAY is not set). "
                    + "Run it on a desktop, or use the command line: java -jar llm-cost-planner.jar --help");
            System.exit(PlannerCli.EXIT_INVALID);
        }
    }

    private static boolean isLinux() {
        return System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux");
    }
}
