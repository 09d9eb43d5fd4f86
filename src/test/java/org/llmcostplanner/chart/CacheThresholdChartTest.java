package org.llmcostplanner.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.model.ScenarioEvaluator;
import org.llmcostplanner.model.caching.ThresholdCurve;

/**
 * The chapter's curve at 10,000 queries a day and GPT-4o's $0.00325 a query: net savings are
 * 300,000 x (hit x $0.00325 - $0.0001 embedding - false hit x $0.05) a month.
 */
class CacheThresholdChartTest {
    private static Scenario withCosts() {
        Scenario saas = TestScenarios.saasSupport();
        return saas.withCaching(saas.caching().withSemantic(saas.caching().semantic().withFalseHitUsd(0.05)
                .withEmbeddingUsdPerQuery(0.0001)));
    }

    private static JFreeChart build(Scenario scenario) {
        return Charts.CACHE_THRESHOLD.build(scenario, ScenarioEvaluator.evaluate(scenario));
    }

    @Test
    void ratesInPercentAndNetSavingsInDollarsAtEachPoint() {
        XYPlot plot = (XYPlot) build(withCosts()).getPlot();
        XYDataset rates = plot.getDataset(0);
        assertEquals(62.0, rates.getYValue(CacheThresholdChart.HITS, 0), 1e-9);
        assertEquals(8.0, rates.getYValue(CacheThresholdChart.FALSE_HITS, 0), 1e-9);
        XYDataset savings = plot.getDataset(1);
        // At 0.92: 300,000 x (0.5 x 0.00325 - 0.0001 - 0.01 x 0.05) = $307.50; at 0.95: $349.50.
        assertEquals(307.50, savings.getYValue(0, 2), 1e-9);
        assertEquals(349.50, savings.getYValue(0, 3), 1e-9);
        assertEquals(1, plot.getRangeAxisIndex(plot.getRangeAxis(1)));
    }

    @Test
    void theChosenAndTheBestThresholdAreMarked() {
        JFreeChart chart = build(withCosts());
        List<String> labels = markerLabels((XYPlot) chart.getPlot());
        assertEquals(List.of("Chosen 0.92", "Best 0.95"), labels);
        assertEquals("At 0.92: 50.0% hits, 1.0% wrong, net $307.50 a month; best 0.95: $349.50",
                ChartStyle.findSubtitle(chart, CacheThresholdChart.CONTEXT_ID).getText());

        Scenario atBest = withCosts().withCaching(withCosts().caching().withSemantic(
                withCosts().caching().semantic().withThreshold(0.95)));
        Charts.CACHE_THRESHOLD.update(chart, atBest, ScenarioEvaluator.evaluate(atBest));
        assertEquals(List.of("Chosen, and best 0.95"), markerLabels((XYPlot) chart.getPlot()));
    }

    @Test
    void withoutACurveItSaysWhatToDo() {
        Scenario scenario = withCosts().withCaching(withCosts().caching().withSemantic(
                withCosts().caching().semantic().withCurve(new ThresholdCurve(List.of()))));
        XYPlot plot = (XYPlot) build(scenario).getPlot();
        assertEquals(0, plot.getDataset(0).getItemCount(0));
        assertEquals("No threshold curve yet: enter its points or calibrate it from labelled queries", plot.getNoDataMessage());
    }

    @Test
    void updateRefusesAnotherChart() {
        Scenario saas = TestScenarios.saasSupport();
        JFreeChart pie = Charts.TCO_PIE.build(saas, ScenarioEvaluator.evaluate(saas));
        assertThrows(IllegalArgumentException.class, () -> Charts.CACHE_THRESHOLD.update(pie, saas, ScenarioEvaluator.evaluate(saas)));
    }

    private static List<String> markerLabels(XYPlot plot) {
        return plot.getDomainMarkers(Layer.FOREGROUND).stream().map(m -> ((ValueMarker) m).getLabel()).toList();
    }
}
