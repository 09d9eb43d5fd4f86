package org.llmcostplanner.model.usage;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;

import org.llmcostplanner.model.Scenario;

/**
 * What calibrating a scenario from usage logs would change, to show before applying it; made by
 * {@link UsageCalibration#propose}. Immutable.
 */
public final class CalibrationPreview {
    /** A change and how to make it. */
    record Step(CalibrationChange change, BiFunction<Scenario, Double, Scenario> setter) {
    }

    private final List<Step> steps;
    private final List<ModelShare> modelShares;
    private final List<String> notes;

    CalibrationPreview(List<Step> steps, List<ModelShare> modelShares, List<String> notes) {
        this.steps = List.copyOf(steps);
        this.modelShares = List.copyOf(modelShares);
        this.notes = List.copyOf(notes);
    }

    /** The values that would change, workload first, then the routing shares in the tiers' order. */
    public List<CalibrationChange> changes() {
        return steps.stream().map(Step::change).toList();
    }

    /** Every model's share of the queries in the logs, cost descending as on the dashboard; reported even when not applied. */
    public List<ModelShare> modelShares() {
        return modelShares;
    }

    /** What the user should know: why shares were not proposed, what counts as a query, values out of range. */
    public List<String> notes() {
        return notes;
    }

    public boolean isEmpty() {
        return steps.isEmpty();
    }

    /**
     * {@code scenario} with every change made. Meant for the scenario the preview was made from;
     * throws IllegalArgumentException when its routing tiers are no longer those the shares were for.
     */
    public Scenario applyTo(Scenario scenario) {
        return apply(scenario, steps);
    }

    /** {@code scenario} with only the changes whose paths are listed (the ones the user kept ticked). */
    public Scenario applyOnly(Scenario scenario, Set<String> paths) {
        Objects.requireNonNull(paths, "paths");
        return apply(scenario, steps.stream().filter(step -> paths.contains(step.change().path())).toList());
    }

    private static Scenario apply(Scenario scenario, List<Step> steps) {
        Scenario changed = scenario;
        for (Step step : steps) {
            changed = step.setter().apply(changed, step.change().proposedValue());
        }
        return changed;
    }

    @Override
    public String toString() {
        List<String> lines = new ArrayList<>();
        changes().forEach(change -> lines.add(change.path() + ": " + change.currentValue() + " -> " + change.proposedValue()));
        return "CalibrationPreview" + lines + notes;
    }
}
