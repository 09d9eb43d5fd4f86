package org.llmcostplanner.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.llmcostplanner.chart.ChartExport;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.model.ScenarioEvaluator;

/** {@code export SCENARIO --out DIR}: every chart of the scenario, one file each. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write every chart of a scenario to a folder, one PNG or SVG per chart.")
final class ExportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "SCENARIO", description = "scenario file (.json)")
    private Path file;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "folder to write into (created if missing)")
    private Path out;

    @Option(names = "--width", defaultValue = "1920", description = "width in pixels (default ${DEFAULT-VALUE})")
    private int width;

    @Option(names = "--height", defaultValue = "1080", description = "height in pixels (default ${DEFAULT-VALUE})")
    private int height;

    @Option(names = "--scale", defaultValue = "1", description = "pixel scale for PNG, e.g. 2 for high-DPI (default ${DEFAULT-VALUE})")
    private double scale;

    @Option(names = "--format", defaultValue = "png", description = "png (default) or svg")
    private String format;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var err = spec.commandLine().getErr();
        if (width < 100 || width > 8000 || height < 100 || height > 8000) {
            err.println("error: --width and --height must be between 100 and 8000 pixels (were " + width + "x" + height + ")");
            return PlannerCli.EXIT_INVALID;
        }
        if (!(scale >= 0.5 && scale <= 4)) {
            err.println("error: --scale must be between 0.5 and 4 (was " + scale + ")");
            return PlannerCli.EXIT_INVALID;
        }
        String tooLarge = ChartExport.sizeProblem(width, height, scale);
        if (tooLarge != null) {
            err.println("error: " + tooLarge);
            return PlannerCli.EXIT_INVALID;
        }
        ChartExport.Format chosen;
        try {
            chosen = ChartExport.Format.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            err.println("error: --format must be png or svg (was " + format + ")");
            return PlannerCli.EXIT_INVALID;
        }
        Optional<Scenario> read = PlannerCli.readScenario(file, err);
        if (read.isEmpty()) {
            return PlannerCli.EXIT_INVALID;
        }
        Scenario scenario = read.get();
        List<Path> written = ChartExport.exportAll(scenario, ScenarioEvaluator.evaluate(scenario), out, chosen,
                width, height, scale);
        for (Path path : written) {
            spec.commandLine().getOut().println(path);
        }
        return 0;
    }
}
