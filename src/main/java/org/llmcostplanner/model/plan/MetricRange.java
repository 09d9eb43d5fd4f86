package org.llmcostplanner.model.plan;

/**
 * The least and greatest value a metric takes as one input moves over its valid range (over the
 * values goal seek tried, the interior extremes refined by a local search), and where.
 *
 * @param min        the least value, in the metric's unit
 * @param inputAtMin the input's value there
 * @param max        the greatest value
 * @param inputAtMax the input's value there
 */
public record MetricRange(double min, double inputAtMin, double max, double inputAtMax) {
    /** Whether the metric takes the same value wherever it was tried. */
    public boolean constant() {
        return min == max;
    }
}
