package org.llmcostplanner.chart;

import org.jfree.chart.JFreeChart;
import org.llmcostplanner.model.Evaluation;
import org.llmcostplanner.model.Scenario;

/**
 * One chart of the planner: builds a JFreeChart from a scenario and its evaluation, and updates
 * it in place. One code path serves screen and file. Implementations are stateless and
 * thread-safe; a chart they built is not (update and draw it on one thread).
 */
public interface ChartBuilder {
    /** File-name stem, e.g. {@code tco-pie}; unique among {@link Charts#all()}. */
    String id();

    /** The chart's title, e.g. {@code Monthly TCO by category}. */
    String title();

    /**
     * A new styled chart showing {@code evaluation}, which must be the evaluation of
     * {@code scenario}; neither may be null.
     */
    JFreeChart build(Scenario scenario, Evaluation evaluation);

    /**
     * Updates the chart's datasets, markers and subtitles in place so that exactly one
     * ChartChangeEvent reaches listeners (a ChartCanvas redraws on every event, which matters
     * during slider drags). Fast: well under 5 ms.
     *
     * @param chart a chart this builder built; otherwise IllegalArgumentException
     */
    void update(JFreeChart chart, Scenario scenario, Evaluation evaluation);

    /**
     * What of {@code scenario} and its {@code evaluation} the chart shows: two pairs with equal
     * values draw the same picture, so the live view skips an edit that leaves this unchanged (a
     * chart of the configurations is not redrawn while a volume slider moves). The default, the
     * scenario itself, redraws on every edit. Cheap: called on the FX thread on every edit.
     */
    default Object shownInputs(Scenario scenario, Evaluation evaluation) {
        return scenario;
    }

    /**
     * Runs {@code change} on {@code chart} with its change events held back, then lets one through:
     * the contract of {@link #update}, and what {@link #build} needs to stay quick.
     */
    static void quietly(JFreeChart chart, Runnable change) {
        chart.setNotify(false);
        try {
            change.run();
        } finally {
            chart.setNotify(true);
        }
    }
}
