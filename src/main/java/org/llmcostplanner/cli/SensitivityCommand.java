package org.llmcostplanner.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.model.ScenarioInput;
import org.llmcostplanner.model.format.Money;
import org.llmcostplanner.model.plan.InputText;
import org.llmcostplanner.model.plan.Metric;
import org.llmcostplanner.model.plan.Sensitivity;
import org.llmcostplanner.model.plan.SkippedInput;
import org.llmcostplanner.model.plan.Sweep;
import org.llmcostplanner.model.plan.SweepPoint;
import org.llmcostplanner.model.plan.SweepTable;
import org.llmcostplanner.model.plan.Tornado;
import org.llmcostplanner.model.plan.TornadoBar;

/**
 * {@code sensitivity SCENARIO [--delta 0.2] [--metric OUTPUT]}: the tornado, each input moved by a
 * share of its value; or, with {@code --sweep INPUT}, a one-input data table.
 */
@Command(name = "sensitivity", mixinStandardHelpOptions = true,
        description = {"How much an output (monthly TCO by default) moves when each input is lowered and raised by a"
                + " share of its own value (20%% by default), all else held, largest swing first. Moved values stay in"
                + " their valid range (said when cut short); inputs at 0 or of a switched-off lever are listed as"
                + " skipped, with the reason.",
                "With --sweep INPUT: the output at evenly spaced values of one input (log-spaced on a log slider), by"
                        + " default over the input's slider range."})
final class SensitivityCommand implements Callable<Integer> {
    enum Format { json, table }

    @Parameters(paramLabel = "SCENARIO", description = "scenario file (.json)")
    private Path file;

    @Option(names = "--delta", defaultValue = "0.2", paramLabel = "SHARE",
            description = "the share each input moves by either way, above 0 and at most 1 (default 0.2, i.e. +/-20%%)")
    private double delta;

    @Option(names = "--metric", defaultValue = "monthly-tco", paramLabel = "OUTPUT",
            completionCandidates = PlanOptions.MetricIds.class,
            description = "the output measured (default monthly-tco): ${COMPLETION-CANDIDATES}")
    private String metricId;

    @Option(names = "--sweep", paramLabel = "INPUT",
            description = "instead of the tornado, tabulate the output against this input (its path, e.g. workload.queriesPerDay)")
    private String sweep;

    @Option(names = "--points", defaultValue = "" + Sweep.DEFAULT_POINTS, paramLabel = "N",
            description = "values in the sweep, 2 to 10000 (default ${DEFAULT-VALUE})")
    private int points;

    @Option(names = "--from", paramLabel = "X", description = "the sweep's first value (default: the slider's left end)")
    private Double from;

    @Option(names = "--to", paramLabel = "Y", description = "the sweep's last value (default: the slider's right end)")
    private Double to;

    @Option(names = "--format", defaultValue = "json", description = "json (default) or table")
    private Format format;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Metric metric = PlanOptions.metric(spec, metricId);
        if (!(delta > 0 && delta <= Sensitivity.MOST_DELTA)) {
            throw new ParameterException(spec.commandLine(), "--delta must be above 0 and at most 1, a share of each"
                    + " input's value such as 0.2 for 20% (was " + delta + ")");
        }
        ScenarioInput swept = sweep == null ? null : PlanOptions.input(spec, "--sweep", sweep);
        if (swept == null && (from != null || to != null)) {
            throw new ParameterException(spec.commandLine(), "--from and --to go with --sweep INPUT");
        }
        Optional<Scenario> read = PlannerCli.readScenario(file, spec.commandLine().getErr());
        if (read.isEmpty()) {
            return PlannerCli.EXIT_INVALID;
        }
        Scenario scenario = read.get();
        String text;
        if (swept != null) {
            SweepTable table = sweepTable(scenario, swept, metric);
            text = format == Format.json ? SweepOutput.json(scenario, table) : SweepOutput.table(scenario, table);
        } else {
            Tornado tornado = Sensitivity.tornado(scenario, metric, delta);
            text = format == Format.json ? json(scenario, tornado) : table(scenario, tornado);
        }
        spec.commandLine().getOut().print(text);
        return 0;
    }

    private SweepTable sweepTable(Scenario scenario, ScenarioInput input, Metric metric) {
        double first = from != null ? from : Math.max(input.validMin(), input.sliderMin());
        double last = to != null ? to : Math.min(input.validMax(), input.sliderMax());
        for (double value : new double[] {first, last}) {
            if (input.problem(value).isPresent()) {
                throw new ParameterException(spec.commandLine(), "--from/--to: " + input.label() + " "
                        + input.problem(value).get());
            }
        }
        if (!(first <= last) || points < 2 || points > Sweep.MOST_POINTS) {
            throw new ParameterException(spec.commandLine(), "--from must be at most --to and --points 2 to "
                    + Sweep.MOST_POINTS + " (were " + Money.plain(first) + ", " + Money.plain(last) + ", " + points + ")");
        }
        return Sweep.of(scenario, input, metric, first, last, first == last ? 1 : points, input.logSlider() && first > 0);
    }

    static String json(Scenario scenario, Tornado tornado) throws Exception {
        var mapper = PlanOptions.mapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("scenario", scenario.name());
        PlanOptions.metric(root, tornado.metric(), tornado.baseMetric());
        PlanOptions.put(root, "delta", tornado.delta());
        ArrayNode bars = root.putArray("bars");
        for (TornadoBar bar : tornado.bars()) {
            ObjectNode node = bars.addObject();
            node.put("input", bar.input().path());
            node.put("label", bar.input().label());
            node.put("unit", bar.input().unit());
            PlanOptions.put(node, "base", bar.baseValue());
            PlanOptions.put(node, "low", bar.lowValue());
            PlanOptions.put(node, "high", bar.highValue());
            PlanOptions.put(node, "metricAtLow", bar.metricAtLow());
            PlanOptions.put(node, "metricAtHigh", bar.metricAtHigh());
            PlanOptions.put(node, "swing", bar.swing());
            node.put("clamped", bar.clamped());
            node.put("note", bar.note());
        }
        ArrayNode unchanged = root.putArray("unchanged");
        tornado.unchanged().forEach(input -> unchanged.add(input.path()));
        ArrayNode skipped = root.putArray("skipped");
        for (SkippedInput skip : tornado.skipped()) {
            skipped.addObject().put("input", skip.input().path()).put("reason", skip.reason());
        }
        root.put("undefined", tornado.undefinedReason().orElse(null));
        return mapper.writeValueAsString(root) + System.lineSeparator();
    }

    static String table(Scenario scenario, Tornado tornado) {
        Metric metric = tornado.metric();
        String nl = System.lineSeparator();
        StringBuilder text = new StringBuilder(scenario.name()).append(nl);
        text.append("Sensitivity of ").append(metric.label()).append(" (").append(metric.unit()).append(") to each input \u00b1")
                .append(Money.plain(tornado.delta() * 100)).append("%");
        if (tornado.baseMetric().isEmpty()) {
            return text.append(nl).append(metric.label()).append(" is undefined: ").append(tornado.undefinedReason().orElse(""))
                    .append(nl).toString();
        }
        text.append("; base ").append(metric.format(tornado.baseMetric().getAsDouble())).append(nl);
        String rule = "-".repeat(118) + nl;
        text.append(rule).append(String.format(Locale.ROOT, "  %-28s %-38s %15s %15s %15s%n", "Input", "Lowered - raised",
                "At lowered", "At raised", "Swing")).append(rule);
        for (TornadoBar bar : tornado.bars()) {
            String unit = "%".equals(bar.input().unit()) ? "%" : " " + bar.input().unit();
            String moved = InputText.brief(bar.input(), bar.lowValue()) + " - " + InputText.brief(bar.input(), bar.highValue())
                    + unit + (bar.clamped() ? " *" : "");
            text.append(String.format(Locale.ROOT, "  %-28s %-38s %15s %15s %15s%n", bar.input().label(), moved,
                    metric.format(bar.metricAtLow()), metric.format(bar.metricAtHigh()), metric.format(bar.swing())));
        }
        text.append(rule);
        tornado.bars().stream().filter(bar -> !bar.note().isEmpty())
                .forEach(bar -> text.append("  * ").append(bar.input().label()).append(": ").append(bar.note()).append(nl));
        if (!tornado.unchanged().isEmpty()) {
            wrap(text, "No effect (" + tornado.unchanged().size() + "): "
                    + tornado.unchanged().stream().map(ScenarioInput::label).collect(Collectors.joining(", ")));
        }
        if (!tornado.skipped().isEmpty()) {
            wrap(text, "Skipped (" + tornado.skipped().size() + "): " + tornado.skipped().stream()
                    .map(skip -> skip.input().label() + " (" + skip.reason() + ")").collect(Collectors.joining(", ")));
        }
        return text.toString();
    }

    /** {@code line} indented by two spaces and wrapped at spaces to the table's width. */
    private static void wrap(StringBuilder text, String line) {
        int width = 116;
        String indent = "  ";
        StringBuilder current = new StringBuilder(indent);
        for (String word : line.split(" ")) {
            if (current.length() > indent.length() && current.length() + 1 + word.length() > width) {
                text.append(current).append(System.lineSeparator());
                current = new StringBuilder(indent + "  ");
            } else if (current.length() > indent.length() && !current.toString().endsWith(" ")) {
                current.append(' ');
            }
            current.append(word);
        }
        text.append(current).append(System.lineSeparator());
    }

    /** The sweep's two outputs. */
    static final class SweepOutput {
        private SweepOutput() {
        }

        static String json(Scenario scenario, SweepTable table) throws Exception {
            var mapper = PlanOptions.mapper();
            ObjectNode root = mapper.createObjectNode();
            root.put("scenario", scenario.name());
            PlanOptions.input(root, table.input(), table.input().get(scenario));
            PlanOptions.metric(root, table.metric(), table.metric().of(scenario));
            PlanOptions.put(root, "from", table.from());
            PlanOptions.put(root, "to", table.to());
            root.put("logSpaced", table.logSpaced());
            ArrayNode rows = root.putArray("points");
            for (SweepPoint point : table.points()) {
                ObjectNode row = rows.addObject();
                PlanOptions.put(row, "input", point.inputValue());
                PlanOptions.put(row, "metric", point.metricValue());
            }
            root.put("leftOut", table.leftOut());
            root.put("leftOutReason", table.leftOutReason().orElse(null));
            return mapper.writeValueAsString(root) + System.lineSeparator();
        }

        static String table(Scenario scenario, SweepTable table) {
            String nl = System.lineSeparator();
            StringBuilder text = new StringBuilder(scenario.name()).append(nl);
            text.append(table.metric().label()).append(" by ").append(table.input().label().toLowerCase(Locale.ROOT)).append(nl);
            text.append(String.format(Locale.ROOT, "  %28s  %20s%n", table.input().unit(), table.metric().unit()));
            for (SweepPoint point : table.points()) {
                text.append(String.format(Locale.ROOT, "  %28s  %20s%n", InputText.number(table.input(), point.inputValue()),
                        table.metric().format(point.metricValue())));
            }
            if (table.leftOut() > 0) {
                text.append("  ").append(table.leftOut()).append(" values left out: ").append(table.leftOutReason().orElse(""))
                        .append(nl);
            }
            return text.toString();
        }
    }
}
