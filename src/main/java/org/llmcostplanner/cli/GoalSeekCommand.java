package org.llmcostplanner.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.model.ScenarioInput;
import org.llmcostplanner.model.plan.GoalSeek;
import org.llmcostplanner.model.plan.GoalSeekResult;
import org.llmcostplanner.model.plan.GoalSeekResult.Outcome;
import org.llmcostplanner.model.plan.InputText;
import org.llmcostplanner.model.plan.Metric;
import org.llmcostplanner.model.plan.MetricRange;

/** {@code goal-seek SCENARIO --vary INPUT --metric OUTPUT --target X}: the input's value at which the output reaches X. */
@Command(name = "goal-seek", mixinStandardHelpOptions = true,
        description = {"Find the value of one input, within its valid range and valid with the plan's other values, at"
                + " which an output equals a target, all else held.",
                "Where the output jumps over the target (whole replicas, whole numbers) the closest value is given; where"
                        + " it never gets there, the range it does reach. Exit code 0 when the target is met or come"
                        + " closest to, 1 when it cannot be reached, 2 for an invalid file or option.",
                "Shares and qualities are in percent: --target 92.5 means 92.5%%."})
final class GoalSeekCommand implements Callable<Integer> {
    /** Exit code when the target cannot be reached (or the output is undefined). */
    static final int EXIT_NO_ANSWER = 1;

    enum Format { json, table }

    @Parameters(paramLabel = "SCENARIO", description = "scenario file (.json)")
    private Path file;

    @Option(names = "--vary", required = true, paramLabel = "INPUT",
            description = "the input to vary, by its path in the scenario file, e.g. workload.queriesPerDay (an unknown"
                    + " one is refused with the list of all)")
    private String vary;

    @Option(names = "--metric", required = true, paramLabel = "OUTPUT", completionCandidates = PlanOptions.MetricIds.class,
            description = "the output to reach: ${COMPLETION-CANDIDATES}")
    private String metricId;

    @Option(names = "--target", required = true, paramLabel = "X", description = "the value to reach, in the output's unit")
    private double target;

    @Option(names = "--format", defaultValue = "json", description = "json (default) or table")
    private Format format;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ScenarioInput input = PlanOptions.input(spec, "--vary", vary);
        Metric metric = PlanOptions.metric(spec, metricId);
        if (!Double.isFinite(target)) {
            throw new ParameterException(spec.commandLine(), "--target must be a finite number (was " + target + ")");
        }
        Optional<Scenario> read = PlannerCli.readScenario(file, spec.commandLine().getErr());
        if (read.isEmpty()) {
            return PlannerCli.EXIT_INVALID;
        }
        GoalSeekResult result = GoalSeek.seek(read.get(), input, metric, target);
        spec.commandLine().getOut().print(format == Format.json ? json(read.get(), result) : table(read.get(), result));
        return result.outcome() == Outcome.MET || result.outcome() == Outcome.CLOSEST ? 0 : EXIT_NO_ANSWER;
    }

    static String json(Scenario scenario, GoalSeekResult result) throws Exception {
        var mapper = PlanOptions.mapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("scenario", scenario.name());
        PlanOptions.input(root, result.input(), result.startValue());
        PlanOptions.metric(root, result.metric(), result.startMetric());
        PlanOptions.put(root, "target", result.target());
        root.put("outcome", result.outcome().name().toLowerCase(Locale.ROOT));
        PlanOptions.put(root, "value", result.value());
        PlanOptions.put(root, "metricAtValue", result.metricAtValue());
        if (result.reachable().isPresent()) {
            MetricRange range = result.reachable().get();
            ObjectNode reach = root.putObject("reachable");
            PlanOptions.put(reach, "min", range.min());
            PlanOptions.put(reach, "inputAtMin", range.inputAtMin());
            PlanOptions.put(reach, "max", range.max());
            PlanOptions.put(reach, "inputAtMax", range.inputAtMax());
        } else {
            root.putNull("reachable");
        }
        root.put("evaluations", result.evaluations());
        root.put("solverEvaluations", result.solverEvaluations());
        root.put("explanation", result.explanation());
        return mapper.writeValueAsString(root) + System.lineSeparator();
    }

    static String table(Scenario scenario, GoalSeekResult result) {
        ScenarioInput input = result.input();
        Metric metric = result.metric();
        String nl = System.lineSeparator();
        StringBuilder text = new StringBuilder();
        text.append(scenario.name()).append(nl);
        text.append("Goal seek: ").append(metric.label()).append(" = ").append(metric.format(result.target()))
                .append(", varying ").append(input.label()).append(nl);
        text.append("-".repeat(64)).append(nl);
        row(text, "Outcome", result.outcome().name().toLowerCase(Locale.ROOT));
        row(text, input.label(), result.value().isPresent() ? InputText.of(input, result.value().getAsDouble())
                + "  (now " + InputText.of(input, result.startValue()) + ")" : "-  (now " + InputText.of(input, result.startValue()) + ")");
        row(text, metric.label(), (result.metricAtValue().isPresent() ? metric.format(result.metricAtValue().getAsDouble()) : "-")
                + "  (now " + (result.startMetric().isPresent() ? metric.format(result.startMetric().getAsDouble()) : "undefined") + ")");
        result.reachable().ifPresent(range -> row(text, "Reachable", metric.format(range.min()) + " to " + metric.format(range.max())));
        row(text, "Evaluations", result.evaluations() + " (solver " + result.solverEvaluations() + ")");
        text.append(nl).append(result.explanation()).append(nl);
        return text.toString();
    }

    private static void row(StringBuilder text, String label, String value) {
        text.append(String.format(Locale.ROOT, "  %-26s %s%n", label, value));
    }
}
