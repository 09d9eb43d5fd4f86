package org.llmcostplanner.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

import org.llmcostplanner.model.ScenarioInput;
import org.llmcostplanner.model.ScenarioInputs;
import org.llmcostplanner.model.plan.Metric;

/**
 * What {@code goal-seek} and {@code sensitivity} share: reading an input by its path and an output
 * by its id (an unknown one is refused with the valid choices), and JSON in which every number is
 * finite (an undefined value is {@code null}, never NaN or Infinity).
 */
final class PlanOptions {
    private PlanOptions() {
    }

    /** The outputs' ids, for picocli's {@code ${COMPLETION-CANDIDATES}} in the help. */
    static final class MetricIds extends ArrayList<String> {
        private static final long serialVersionUID = 1L;

        MetricIds() {
            super(Arrays.stream(Metric.values()).map(Metric::id).toList());
        }
    }

    static ScenarioInput input(CommandSpec spec, String option, String path) {
        return ScenarioInputs.byPath(path).orElseThrow(() -> new ParameterException(spec.commandLine(),
                option + ": unknown input '" + path + "'; choose one of: "
                        + ScenarioInputs.ALL.stream().map(ScenarioInput::path).collect(Collectors.joining(", "))));
    }

    static Metric metric(CommandSpec spec, String id) {
        return Metric.byId(id).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "--metric: unknown output '" + id + "'; choose one of: " + Metric.ids()));
    }

    static ObjectMapper mapper() {
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    }

    /** Puts {@code value}, or null when it is not a finite number. */
    static void put(ObjectNode node, String field, double value) {
        if (Double.isFinite(value)) {
            node.put(field, ReportCommand.plain(value));
        } else {
            node.putNull(field);
        }
    }

    static void put(ObjectNode node, String field, OptionalDouble value) {
        put(node, field, value.orElse(Double.NaN));
    }

    /** The input's path, label, unit and valid range, and its value in the scenario. */
    static ObjectNode input(ObjectNode parent, ScenarioInput input, double current) {
        ObjectNode node = parent.putObject("input");
        node.put("path", input.path());
        node.put("label", input.label());
        node.put("unit", input.unit());
        put(node, "validMin", input.validMin());
        put(node, "validMax", input.validMax());
        put(node, "current", current);
        return node;
    }

    /** The output's id, label and unit, and its value in the scenario (null when undefined). */
    static ObjectNode metric(ObjectNode parent, Metric metric, OptionalDouble current) {
        ObjectNode node = parent.putObject("metric");
        node.put("id", metric.id());
        node.put("label", metric.label());
        node.put("unit", metric.unit());
        put(node, "current", current);
        return node;
    }
}
