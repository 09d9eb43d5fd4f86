package org.llmcostplanner.model.plan;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;

import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.model.ScenarioInput;
import org.llmcostplanner.model.ScenarioValidator;

/**
 * A metric as a function of one input, all other values of a scenario held: what goal seek scans
 * and solves and a sweep tabulates. A value is tried only when it is in the input's valid range
 * and valid with the scenario's other values ({@link ScenarioValidator#introduced}). Counts its
 * evaluations. Not thread-safe (the count).
 */
final class InputProbe {
    /**
     * One tried value.
     *
     * @param inputValue the input's value
     * @param metric     the metric there; empty when undefined or when the value is invalid
     * @param invalid    why the value is invalid with the other values, or empty
     */
    record Sample(double inputValue, OptionalDouble metric, Optional<String> invalid) {
        boolean defined() {
            return metric.isPresent();
        }

        double value() {
            return metric.getAsDouble();
        }
    }

    private final Scenario scenario;
    private final ScenarioInput input;
    private final Metric metric;
    private final Function<Scenario, Optional<String>> introduced;
    private int evaluations;

    InputProbe(Scenario scenario, ScenarioInput input, Metric metric) {
        this.scenario = Objects.requireNonNull(scenario, "scenario");
        this.input = Objects.requireNonNull(input, "input");
        this.metric = Objects.requireNonNull(metric, "metric");
        this.introduced = ScenarioValidator.introducedBy(scenario);
    }

    Sample at(double inputValue) {
        Optional<String> invalid = input.problem(inputValue).map(reason -> input.label() + " " + reason);
        Scenario moved = null;
        if (invalid.isEmpty()) {
            moved = input.set(scenario, inputValue);
            invalid = introduced.apply(moved);
        }
        if (invalid.isPresent()) {
            return new Sample(inputValue, OptionalDouble.empty(), invalid);
        }
        evaluations++;
        return new Sample(inputValue, metric.of(moved), Optional.empty());
    }

    /** How many times the metric was evaluated (valid values tried). */
    int evaluations() {
        return evaluations;
    }

    Scenario scenario() {
        return scenario;
    }

    ScenarioInput input() {
        return input;
    }

    Metric metric() {
        return metric;
    }
}
