package org.llmcostplanner.model.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.model.ScenarioInput;
import org.llmcostplanner.model.ScenarioInputs;
import org.llmcostplanner.model.plan.InputProbe.Sample;

/** One-input sweeps: the data table behind a line chart of a metric against one input. */
public final class Sweep {
    public static final int DEFAULT_POINTS = 61;
    /** The most rows a sweep may have: a table, not a rendering of every pixel. */
    public static final int MOST_POINTS = 10_000;

    private Sweep() {
    }

    /** {@code points} values over the input's slider range (within its valid range), log-spaced on a log slider. */
    public static SweepTable overSlider(Scenario scenario, ScenarioInput input, Metric metric, int points) {
        double from = Math.max(input.validMin(), input.sliderMin());
        double to = Math.min(input.validMax(), input.sliderMax());
        return of(scenario, input, metric, from, to, points, input.logSlider() && from > 0);
    }

    /**
     * {@code points} values from {@code from} to {@code to}, both included; whole-number inputs
     * take the whole values nearest them (once each).
     *
     * @param from      the first value; finite; at most {@code to}; above 0 when {@code logSpaced}
     * @param points    2 to {@link #MOST_POINTS} (1 when {@code from == to})
     * @throws IllegalArgumentException for a range or count out of bounds
     */
    public static SweepTable of(Scenario scenario, ScenarioInput input, Metric metric, double from, double to, int points,
                                boolean logSpaced) {
        if (!(Double.isFinite(from) && Double.isFinite(to) && from <= to)) {
            throw new IllegalArgumentException("the sweep's range must be two numbers, the first at most the second (was "
                    + from + " to " + to + ")");
        }
        if (logSpaced && !(from > 0)) {
            throw new IllegalArgumentException("a log-spaced sweep must start above 0 (was " + from + ")");
        }
        if (points < (from == to ? 1 : 2) || points > MOST_POINTS) {
            throw new IllegalArgumentException("a sweep takes 2 to " + MOST_POINTS + " points (was " + points + ")");
        }
        TreeSet<Double> values = new TreeSet<>();
        for (int i = 0; i < points; i++) {
            double share = points == 1 ? 0 : i / (double) (points - 1);
            // Log-spaced through the logarithms: to / from may overflow for a tiny first value.
            double value = i == points - 1 ? to
                    : logSpaced ? Math.pow(10, Math.log10(from) + (Math.log10(to) - Math.log10(from)) * share)
                    : from + (to - from) * share;
            values.add(ScenarioInputs.isWholeNumber(input) ? Math.rint(value) : value);
        }
        InputProbe probe = new InputProbe(scenario, input, metric);
        List<SweepPoint> rows = new ArrayList<>();
        int leftOut = 0;
        Optional<String> reason = Optional.empty();
        for (double value : values) {
            Sample sample = probe.at(value);
            if (sample.defined()) {
                rows.add(new SweepPoint(value, sample.value()));
            } else {
                leftOut++;
                if (reason.isEmpty()) {
                    reason = Optional.of(sample.invalid().orElse(metric.label() + " is undefined at "
                            + InputText.of(input, value) + ": " + metric.undefinedReason(input.set(scenario, value))));
                }
            }
        }
        return new SweepTable(input, metric, from, to, logSpaced, rows, leftOut, reason);
    }
}
