package org.llmcostplanner.chart;

import org.jfree.chart.JFreeChart;
import org.llmcostplanner.model.Evaluation;
import org.llmcostplanner.model.Scenario;

/**
 * A chart whose value axis can reach past its own plan's figures, so that the charts of two plans
 * side by side share one scale and their bars compare honestly (see {@link ComparedChart}). The
 * plain {@link #build} and {@link #update} are the versions with {@code atLeast} 0: the plan's own
 * scale.
 */
interface SharedScaleChart extends ChartBuilder {
    /** The highest value the chart of this plan draws on its value axis, in the axis's unit; finite, at least 0. */
    double highestValue(Scenario scenario, Evaluation evaluation);

    /**
     * As {@link #build}, with a value axis that also covers {@code atLeast} (the other plan's
     * {@link #highestValue}), with the headroom the chart leaves above its own highest value.
     */
    JFreeChart build(Scenario scenario, Evaluation evaluation, double atLeast);

    /** As {@link #update}, with a value axis that also covers {@code atLeast}. */
    void update(JFreeChart chart, Scenario scenario, Evaluation evaluation, double atLeast);
}
