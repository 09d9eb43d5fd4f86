package org.llmcostplanner;

import org.llmcostplanner.cli.PlannerCli;
import org.llmcostplanner.ui.PlannerApp;

/**
 * The jar's entry point. Without arguments it opens the planner window on the default scenario;
 * with arguments it runs the command line. A plain class, not an Application subclass, so the
 * JavaFX runtime loads from the classpath of a fat jar.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length > 0) {
            System.exit(PlannerCli.run(args));
        }
        if (isLinux() && System.getenv("DISPLAY") == null && System.getenv("WAYLAND_DISPLAY") == null) {
            PlannerCli.printError("no display to open the planner window on (DISPLAY is not set). "
                    + "Run it on a desktop, or use the command line: java -jar llm-cost-planner.jar --help");
            System.exit(PlannerCli.EXIT_INVALID);
        }
        PlannerApp.launchApp();
    }

    private static boolean isLinux() {
        return System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux");
    }
}
