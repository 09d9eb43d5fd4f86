package org.llmcostplanner.model.plan;

import org.llmcostplanner.model.ScenarioInput;

/**
 * One bar of a tornado: a metric with one input lowered and raised, all else held.
 *
 * @param input        the input moved
 * @param baseValue    its value in the scenario
 * @param lowValue     the lowered value (clamped to the valid range, whole for whole-number inputs)
 * @param highValue    the raised value
 * @param metricAtLow  the metric with the input at {@code lowValue}
 * @param metricAtHigh the metric with the input at {@code highValue}
 * @param clamped      whether a side was cut short by the valid range (or left at the base value,
 *                     where moving it made the plan invalid)
 * @param note         what was clamped or rounded and why, for the user; empty when nothing was
 */
public record TornadoBar(ScenarioInput input, double baseValue, double lowValue, double highValue, double metricAtLow,
                         double metricAtHigh, boolean clamped, String note) {

    /** |metric at high - metric at low|, what the tornado sorts by. */
    public double swing() {
        return Math.abs(metricAtHigh - metricAtLow);
    }

    /** The lesser of the two metric values: where the bar starts. */
    public double metricMin() {
        return Math.min(metricAtLow, metricAtHigh);
    }

    /** The greater of the two metric values: where the bar ends. */
    public double metricMax() {
        return Math.max(metricAtLow, metricAtHigh);
    }
}
