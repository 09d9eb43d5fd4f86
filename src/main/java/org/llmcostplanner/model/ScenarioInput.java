package org.llmcostplanner.model;

import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.ToDoubleFunction;

import org.llmcostplanner.model.format.Ranges;

/**
 * One numeric input of a scenario: how to read and write it, its unit, the range in which it
 * is valid and the (usually narrower) range a slider covers. Typed values outside the slider's
 * range are accepted while they are valid. Goal seek and sensitivity analyses iterate these.
 *
 * @param path      the field's path in the scenario file, e.g. {@code workload.queriesPerDay}
 * @param label     what the user sees next to the control
 * @param unit      the unit shown after the value, e.g. {@code USD / 1M tokens}
 * @param validMin  smallest valid value (inclusive)
 * @param validMax  largest valid value (inclusive)
 * @param sliderMin left end of the slider
 * @param sliderMax right end of the slider
 * @param logSlider whether the slider moves in powers of ten (for ranges over orders of magnitude)
 * @param decimals  how many decimals the field shows
 */
public record ScenarioInput(String path, String label, String unit, double validMin, double validMax,
                            double sliderMin, double sliderMax, boolean logSlider, int decimals,
                            ToDoubleFunction<Scenario> getter, BiFunction<Scenario, Double, Scenario> setter) {

    public double get(Scenario scenario) {
        return getter.applyAsDouble(scenario);
    }

    /** A copy of {@code scenario} with this input at {@code value}; call {@link #problem} first. */
    public Scenario set(Scenario scenario, double value) {
        return setter.apply(scenario, value);
    }

    /** Why {@code value} is not valid for this input, or empty when it is. */
    public Optional<String> problem(double value) {
        return Ranges.problem(value, validMin, validMax);
    }
}
