package org.llmcostplanner.model.plan;

/**
 * One row of a sweep's data table.
 *
 * @param inputValue  the input's value, in its unit
 * @param metricValue the metric there, in its unit; finite
 */
public record SweepPoint(double inputValue, double metricValue) {
}
