package org.llmcostplanner.model.plan;

import java.util.List;
import java.util.Optional;

import org.llmcostplanner.model.ScenarioInput;

/**
 * A one-input data table: a metric at evenly (or log-) spaced values of one input, all else held.
 *
 * @param input         the input swept
 * @param metric        the metric tabulated
 * @param from          the first value asked for
 * @param to            the last value asked for
 * @param logSpaced     whether the values are spaced evenly in their logarithm
 * @param points        the rows, ascending by input value; values where the plan is invalid or the
 *                      metric undefined are left out
 * @param leftOut       how many values were left out
 * @param leftOutReason why the first of them was, when any was
 */
public record SweepTable(ScenarioInput input, Metric metric, double from, double to, boolean logSpaced,
                         List<SweepPoint> points, int leftOut, Optional<String> leftOutReason) {
    public SweepTable {
        points = List.copyOf(points);
    }
}
