package org.llmcostplanner.model.plan;

import java.util.Optional;
import java.util.OptionalDouble;

import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.model.ScenarioInput;

/**
 * What goal seek found.
 *
 * @param outcome           met, the closest a step function allows, or neither
 * @param input             the input varied
 * @param metric            the metric aimed at
 * @param target            the value aimed at, in the metric's unit
 * @param startValue        the input's value in the scenario goal seek started from
 * @param startMetric       the metric there; empty when undefined
 * @param value             the input's value found (met or closest); empty when none
 * @param metricAtValue     the metric at {@code value}
 * @param reachable         the metric's range over the input's valid range; empty when it is undefined throughout
 * @param evaluations       how many times the metric was evaluated in all (scan, refinement, solver)
 * @param solverEvaluations how many of them the root solver took
 * @param explanation       one or two sentences for the user, with figures in their units
 */
public record GoalSeekResult(Outcome outcome, ScenarioInput input, Metric metric, double target, double startValue,
                             OptionalDouble startMetric, OptionalDouble value, OptionalDouble metricAtValue,
                             Optional<MetricRange> reachable, int evaluations, int solverEvaluations, String explanation) {

    public enum Outcome {
        /** The metric equals the target at {@code value} (to a relative 1e-9). */
        MET,
        /** The metric jumps over the target (whole replicas, whole numbers): {@code value} comes closest. */
        CLOSEST,
        /** The target is outside {@code reachable}. */
        UNREACHABLE,
        /** The metric is undefined wherever the input can be. */
        UNDEFINED
    }

    /** {@code scenario} with the input at the value found, the "apply" of the window; empty when none was. */
    public Optional<Scenario> applyTo(Scenario scenario) {
        return value.isPresent() ? Optional.of(input.set(scenario, value.getAsDouble())) : Optional.empty();
    }
}
