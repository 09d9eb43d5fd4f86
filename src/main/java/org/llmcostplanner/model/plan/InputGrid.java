package org.llmcostplanner.model.plan;

import java.util.TreeSet;

import org.llmcostplanner.model.ScenarioInput;
import org.llmcostplanner.model.ScenarioInputs;

/**
 * The values goal seek tries before it solves: the input's whole valid range, evenly; its slider's
 * range, more densely, since that is where plans live; and, when the valid range reaches orders
 * of magnitude beyond the slider (or the slider is a log slider), every decade at
 * {@link #PER_DECADE} points. Always the range's ends and the current value. Whole-number inputs
 * get whole values only. About 250 to 500 values.
 */
final class InputGrid {
    static final int ACROSS_VALID_RANGE = 50;
    static final int ACROSS_SLIDER = 100;
    static final int PER_DECADE = 24;
    /** The valid range reaching this many times past the slider's end counts as orders of magnitude. */
    static final double DECADES_BEYOND_SLIDER = 100;
    /** The most decades the log-spaced part spans, down from the range's upper end. */
    static final int MOST_DECADES = 15;

    private InputGrid() {
    }

    /** The values, ascending and distinct, all in the input's valid range. */
    static double[] of(ScenarioInput input, double current) {
        double lo = input.validMin();
        double hi = input.validMax();
        TreeSet<Double> values = new TreeSet<>();
        values.add(lo);
        values.add(hi);
        if (current >= lo && current <= hi) {
            values.add(current);
        }
        linear(values, lo, hi, ACROSS_VALID_RANGE);
        linear(values, Math.max(lo, input.sliderMin()), Math.min(hi, input.sliderMax()), ACROSS_SLIDER);
        if (hi > 0 && (input.logSlider() || hi >= DECADES_BEYOND_SLIDER * Math.max(input.sliderMax(), Double.MIN_NORMAL))) {
            logarithmic(values, lowestPositive(input, current), hi);
        }
        if (ScenarioInputs.isWholeNumber(input)) {
            return whole(values, lo, hi, current);
        }
        return values.stream().mapToDouble(Double::doubleValue).filter(v -> v >= lo && v <= hi).toArray();
    }

    /**
     * Where the log-spaced part starts: the range's lower end when above 0, otherwise a thousandth
     * of the smallest positive value among the slider's ends and the current value; never more than
     * {@link #MOST_DECADES} decades below the range's upper end (a current value of 1e-300 is 0 to
     * any plan, and the linear part covers it).
     */
    private static double lowestPositive(ScenarioInput input, double current) {
        double floor = input.validMax() * Math.pow(10, -MOST_DECADES);
        if (input.validMin() > 0) {
            return Math.max(input.validMin(), floor);
        }
        double smallest = input.validMax();
        for (double candidate : new double[] {input.sliderMin(), input.sliderMax(), current}) {
            if (candidate > 0 && candidate < smallest) {
                smallest = candidate;
            }
        }
        return Math.max(smallest / 1_000, floor);
    }

    private static void linear(TreeSet<Double> values, double from, double to, int intervals) {
        if (!(to > from)) {
            return;
        }
        for (int i = 0; i <= intervals; i++) {
            values.add(i == intervals ? to : from + (to - from) * i / intervals);
        }
    }

    private static void logarithmic(TreeSet<Double> values, double from, double to) {
        if (!(from > 0 && to > from)) {
            return;
        }
        double decades = Math.log10(to) - Math.log10(from); // not log10(to / from): the quotient may overflow
        int steps = Math.max(1, (int) Math.ceil(decades * PER_DECADE));
        for (int i = 0; i <= steps; i++) {
            values.add(i == steps ? to : Math.pow(10, Math.log10(from) + decades * i / steps));
        }
    }

    /** The values rounded to whole numbers, with the ten whole values either side of the current one. */
    private static double[] whole(TreeSet<Double> values, double lo, double hi, double current) {
        TreeSet<Double> rounded = new TreeSet<>();
        for (double value : values) {
            rounded.add(Math.rint(value));
        }
        for (int step = -10; step <= 10; step++) {
            rounded.add(Math.rint(current) + step);
        }
        return rounded.stream().mapToDouble(Double::doubleValue).filter(v -> v >= lo && v <= hi).toArray();
    }
}
