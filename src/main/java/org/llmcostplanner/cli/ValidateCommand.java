package org.llmcostplanner.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;


/** {@code validate FILE...}: exit 0 when every file is a valid scenario, else 2 with one line per bad file. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check scenario files. Exit 0 if all are valid; otherwise exit 2 and print one line per bad file.")
final class ValidateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "scenario files (.json)")
    private List<Path> files;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        int bad = 0;
        for (Path file : files) {
            if (PlannerCli.readScenario(file, spec.commandLine().getErr()).isPresent()) {
                spec.commandLine().getOut().println("ok: " + file);
            } else {
                bad++;
            }
        }
        return bad == 0 ? 0 : PlannerCli.EXIT_INVALID;
    }
}
