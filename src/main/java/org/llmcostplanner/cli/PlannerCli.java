package org.llmcostplanner.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;

import picocli.CommandLine;

import org.llmcostplanner.io.FileErrors;
import org.llmcostplanner.io.ScenarioFileException;
import org.llmcostplanner.io.ScenarioFiles;
import org.llmcostplanner.model.Scenario;
import picocli.CommandLine.Command;

/**
 * The command line: {@code report}, {@code compare}, {@code export}, {@code validate}, {@code pareto}, {@code catalog},
 * {@code calibrate-cache}, {@code usage}, {@code goal-seek}, {@code sensitivity}, {@code tokens}. Headless; the
 * only package that prints. Every failure is one line on standard error and a non-zero exit code, never a stack trace.
 */
@Command(name = "llm-cost-planner", mixinStandardHelpOptions = true, version = "LLM Cost Planner 0.1",
        description = "Plan what an LLM feature costs. Without arguments the jar opens the planner window.",
        subcommands = {ReportCommand.class, CompareCommand.class, ExportCommand.class, ValidateCommand.class, ParetoCommand.class,
                CatalogCommand.class, CalibrateCacheCommand.class, UsageCommand.class, GoalSeekCommand.class,
                SensitivityCommand.class, TokensCommand.class, CommandLine.HelpCommand.class})
public final class PlannerCli implements Runnable {
    /** Exit code for invalid input files and failed writes. */
    public static final int EXIT_INVALID = 2;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command line with {@code args} on the process's standard streams; returns the exit code. */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs with the given streams (tests capture them); returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new PlannerCli());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((failure, line, parsed) -> {
            line.getErr().println("error: " + describe(failure));
            return EXIT_INVALID;
        });
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** Prints a fatal start-up problem of the launcher (e.g. no display for the window). */
    public static void printError(String message) {
        System.err.println("error: " + message);
    }

    /** Reads a scenario file, or prints why it is refused (the GUI's message) and returns empty. */
    static Optional<Scenario> readScenario(Path file, PrintWriter err) {
        try {
            return Optional.of(ScenarioFiles.read(file));
        } catch (ScenarioFileException refused) {
            err.println(refused.getMessage());
            return Optional.empty();
        }
    }

    static String describe(Throwable failure) {
        return FileErrors.describe(failure);
    }
}
