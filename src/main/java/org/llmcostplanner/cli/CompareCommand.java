package org.llmcostplanner.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.model.plan.KpiDelta;
import org.llmcostplanner.model.plan.KpiText;
import org.llmcostplanner.model.plan.ScenarioComparison;

/**
 * {@code compare A.json B.json [--format json|table]}: two plans' figures side by side with B less A.
 *
 * <p>JSON: {@code {"a": {"file", "scenario"}, "b": {...}, "kpis": [{"id", "label", "unit", "a", "b",
 * "delta", "deltaPercent"}]}}; numbers in the unit named (shares 0..1), {@code delta} is b less a and
 * {@code deltaPercent} that change in percent of |a|; null where a figure is unknown (quality not
 * measured, no breakeven) and for the percentage when a is 0. Both files are read before either is
 * refused, so one run names every bad file.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compare two scenario files: every headline figure of A and B, B - A and the change in %% of A.",
                "A change from 0 has no percentage (null in JSON, blank in the table)."})
final class CompareCommand implements Callable<Integer> {
    enum Format { json, table }

    @Parameters(index = "0", paramLabel = "A.json", description = "the first scenario file, the base of the changes")
    private Path fileA;

    @Parameters(index = "1", paramLabel = "B.json", description = "the second scenario file (may be the same file)")
    private Path fileB;

    @Option(names = "--format", defaultValue = "json", description = "json (default) or table")
    private Format format;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Optional<Scenario> a = PlannerCli.readScenario(fileA, spec.commandLine().getErr());
        Optional<Scenario> b = PlannerCli.readScenario(fileB, spec.commandLine().getErr());
        if (a.isEmpty() || b.isEmpty()) {
            return PlannerCli.EXIT_INVALID;
        }
        ScenarioComparison comparison = ScenarioComparison.of(a.get(), b.get());
        spec.commandLine().getOut().print(format == Format.json ? json(comparison) : table(comparison));
        return 0;
    }

    private String json(ScenarioComparison comparison) throws Exception {
        ObjectMapper mapper = new ObjectMapper()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        ObjectNode root = mapper.createObjectNode();
        root.putObject("a").put("file", fileA.toString()).put("scenario", comparison.nameA());
        root.putObject("b").put("file", fileB.toString()).put("scenario", comparison.nameB());
        ArrayNode kpis = root.putArray("kpis");
        for (KpiDelta row : comparison.rows()) {
            ObjectNode node = kpis.addObject();
            node.put("id", row.id());
            node.put("label", row.label());
            node.put("unit", row.unit().label());
            put(node, "a", row.a());
            put(node, "b", row.b());
            put(node, "delta", row.delta());
            put(node, "deltaPercent", row.deltaPercent());
        }
        return mapper.writeValueAsString(root) + System.lineSeparator();
    }

    private static void put(ObjectNode node, String field, OptionalDouble value) {
        if (value.isPresent()) {
            node.put(field, ReportCommand.plain(value.getAsDouble()));
        } else {
            node.putNull(field);
        }
    }

    /**
     * A, B and B - A as shown (B - A the difference of the shown A and B, so each row adds up), the
     * change in percent to a tenth; blank where a figure is unknown.
     */
    private String table(ScenarioComparison comparison) {
        StringBuilder text = new StringBuilder();
        String rule = "-".repeat(100) + System.lineSeparator();
        text.append("A: ").append(comparison.nameA()).append(" (").append(fileA).append(')').append(System.lineSeparator());
        text.append("B: ").append(comparison.nameB()).append(" (").append(fileB).append(')').append(System.lineSeparator());
        text.append(rule);
        text.append(String.format(Locale.US, "  %-28s %18s %18s %18s %10s%n", "", "A", "B", "B - A", "Change"));
        for (KpiDelta row : comparison.rows()) {
            String name = (row.id().contains(".") ? "  " : "") + row.label();
            text.append(String.format(Locale.US, "  %-28s %18s %18s %18s %10s", name, KpiText.value(row.unit(), row.shownA()),
                    KpiText.value(row.unit(), row.shownB()), KpiText.change(row.unit(), row.shownDelta()),
                    KpiText.percent(row.deltaPercent())).stripTrailing())
                    .append(System.lineSeparator());
        }
        text.append(rule);
        text.append("  Blank: not measured, no breakeven, or (Change) a change from 0.").append(System.lineSeparator());
        return text.toString();
    }
}
