package org.llmcostplanner.model.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;

import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.model.ScenarioEvaluator;
import org.llmcostplanner.model.ScenarioInput;
import org.llmcostplanner.model.ScenarioInputs;
import org.llmcostplanner.model.ScenarioValidator;

/**
 * The tornado: each input lowered and raised by a share of its own value (20% by default; a
 * percent input moves by a share of itself, 40% to 32% and 48%, not by points), all else held, and
 * the metric recomputed at both ends. About two evaluations per input in effect.
 */
public final class Sensitivity {
    public static final double DEFAULT_DELTA = 0.2;
    /** The largest share an input may move by: at 1, "lowered" reaches 0. */
    public static final double MOST_DELTA = 1;

    private Sensitivity() {
    }

    /** The tornado of {@code metric} over every input of {@link ScenarioInputs#ALL}. */
    public static Tornado tornado(Scenario scenario, Metric metric, double delta) {
        return tornado(scenario, metric, delta, ScenarioInputs.ALL);
    }

    /**
     * The tornado of {@code metric} over {@code inputs}.
     *
     * @param scenario a valid scenario
     * @param delta    the share each input moves by either way, above 0 and at most {@link #MOST_DELTA}
     * @throws IllegalArgumentException for a delta out of range
     */
    public static Tornado tornado(Scenario scenario, Metric metric, double delta, List<ScenarioInput> inputs) {
        if (!(delta > 0 && delta <= MOST_DELTA)) {
            throw new IllegalArgumentException("the change must be above 0 and at most " + MOST_DELTA
                    + " (a share of each input's value, such as 0.2 for 20%); was " + delta);
        }
        OptionalDouble base = metric.of(scenario, ScenarioEvaluator.evaluate(scenario));
        if (base.isEmpty()) {
            return new Tornado(metric, delta, base, List.of(), List.of(), List.of(),
                    Optional.of(metric.undefinedReason(scenario)));
        }
        Function<Scenario, Optional<String>> introduced = ScenarioValidator.introducedBy(scenario);
        List<TornadoBar> bars = new ArrayList<>();
        List<ScenarioInput> unchanged = new ArrayList<>();
        List<SkippedInput> skipped = new ArrayList<>();
        for (ScenarioInput input : inputs) {
            Optional<String> notApplicable = InputApplicability.whyNot(input, scenario);
            double value = input.get(scenario);
            if (notApplicable.isPresent() || value == 0) {
                skipped.add(new SkippedInput(input, notApplicable.orElse("at 0")));
                continue;
            }
            Side low = Side.of(scenario, introduced, metric, base.getAsDouble(), input, value, 1 - delta);
            Side high = Side.of(scenario, introduced, metric, base.getAsDouble(), input, value, 1 + delta);
            Optional<String> undefined = low.undefined.or(() -> high.undefined);
            if (undefined.isPresent()) {
                skipped.add(new SkippedInput(input, undefined.get()));
            } else if (low.value == value && high.value == value) {
                skipped.add(new SkippedInput(input, "cannot move: " + String.join("; ", low.note, high.note)));
            } else if (low.metric == base.getAsDouble() && high.metric == base.getAsDouble()) {
                unchanged.add(input);
            } else {
                String note = String.join("; ", List.of(low.note, high.note).stream().filter(n -> !n.isEmpty()).toList());
                bars.add(new TornadoBar(input, value, low.value, high.value, low.metric, high.metric,
                        low.clamped || high.clamped, note));
            }
        }
        bars.sort(Comparator.comparingDouble(TornadoBar::swing).reversed()); // stable: ties keep the inputs' order
        return new Tornado(metric, delta, base, bars, unchanged, skipped, Optional.empty());
    }

    /**
     * One end of a bar: the moved value (clamped, whole where needed), the metric there, and what
     * the user should know about it.
     */
    private record Side(double value, double metric, boolean clamped, String note, Optional<String> undefined) {
        static Side of(Scenario scenario, Function<Scenario, Optional<String>> introduced, Metric metric, double baseMetric,
                       ScenarioInput input, double base, double factor) {
            boolean raise = factor > 1;
            String verb = raise ? "raised" : "lowered";
            double wanted = base * factor;
            if (ScenarioInputs.isWholeNumber(input)) {
                wanted = raise ? Math.max(Math.rint(wanted), base + 1) : Math.min(Math.rint(wanted), base - 1);
            }
            double value = Math.max(input.validMin(), Math.min(input.validMax(), wanted));
            boolean clamped = value != wanted;
            String note = clamped ? verb + " only to " + InputText.of(input, value) + ", the " + (raise ? "most" : "least")
                    + " it may be (not " + InputText.of(input, wanted) + ")"
                    : wanted != base * factor ? verb + " to " + InputText.of(input, value) + " (whole numbers)" : "";
            if (value == base) {
                return new Side(base, baseMetric, clamped, note, Optional.empty());
            }
            Scenario moved = input.set(scenario, value);
            Optional<String> invalid = introduced.apply(moved);
            if (invalid.isPresent()) {
                return new Side(base, baseMetric, true, "not " + verb + ": at " + InputText.of(input, value) + " "
                        + invalid.get(), Optional.empty());
            }
            OptionalDouble at = metric.of(moved);
            if (at.isEmpty()) {
                return new Side(value, Double.NaN, clamped, note, Optional.of(metric.label() + " is undefined at "
                        + InputText.of(input, value) + ": " + metric.undefinedReason(moved)));
            }
            return new Side(value, at.getAsDouble(), clamped, note, Optional.empty());
        }
    }
}
