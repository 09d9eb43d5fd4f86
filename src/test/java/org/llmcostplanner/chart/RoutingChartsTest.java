package org.llmcostplanner.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.llmcostplanner.model.Evaluation;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.model.ScenarioEvaluator;
import org.llmcostplanner.model.pareto.ParetoLimit;
import org.llmcostplanner.model.routing.RoutingStrategy;

/** The routing charts show what the model computes for saas-support.json's tiers (exercise 12.4.4). */
class RoutingChartsTest {
    private final Scenario saas = TestScenarios.saasSupport();
    private final Evaluation evaluation = ScenarioEvaluator.evaluate(saas);

    private static String subtitle(JFreeChart chart, String id) {
        return ChartStyle.findSubtitle(chart, id).getText();
    }

    @Test
    void sharesChartPairsTrafficWithCostPerTier() {
        JFreeChart chart = Charts.ROUTING_SHARES.build(saas, evaluation);
        CategoryDataset data = ((CategoryPlot) chart.getPlot()).getDataset();

        // Spend per query: BERT 0.7 x 0.0001 = 0.00007, mini 0.2 x 0.000195 = 0.000039, GPT-4o 0.1 x 0.00325 = 0.000325.
        assertEquals(List.of("Easy: fine-tuned BERT", "Medium: GPT-4o-mini", "Hard: GPT-4o"), data.getColumnKeys());
        assertEquals(70.0, data.getValue(RoutingShareChart.TRAFFIC, "Easy: fine-tuned BERT").doubleValue(), 1e-9);
        assertEquals(10.0, data.getValue(RoutingShareChart.TRAFFIC, "Hard: GPT-4o").doubleValue(), 1e-9);
        assertEquals(100 * 0.00007 / 0.000434, data.getValue(RoutingShareChart.COST, "Easy: fine-tuned BERT").doubleValue(), 1e-9);
        assertEquals(100 * 0.000325 / 0.000434, data.getValue(RoutingShareChart.COST, "Hard: GPT-4o").doubleValue(), 1e-9);
        assertEquals("Router: $0.0004340 per query ($0.62 per 1M tokens), 86.6% quality, 163 ms mean latency",
                subtitle(chart, RoutingShareChart.CONTEXT_ID));
        assertFalse(ChartStyle.findSubtitle(chart, RoutingShareChart.NOTE_ID).isVisible());
    }

    @Test
    void sharesChartSaysWhenTheSharesDoNotTotal100Percent() {
        Scenario uneven = saas.withRouting(saas.routing().withShares(List.of(0.5, 0.3, 0.1)));
        JFreeChart chart = Charts.ROUTING_SHARES.build(uneven, ScenarioEvaluator.evaluate(uneven));

        assertEquals("The shares total 90.0%; shown scaled to 100%", subtitle(chart, RoutingShareChart.NOTE_ID));
        assertEquals(100 * 0.5 / 0.9, ((CategoryPlot) chart.getPlot()).getDataset()
                .getValue(RoutingShareChart.TRAFFIC, "Easy: fine-tuned BERT").doubleValue(), 1e-9);
    }

    @Test
    void frontierRunsFromTheCheapestTierToTheBestWithTheMixAndTheAnswerMarked() {
        JFreeChart chart = Charts.ROUTING_FRONTIER.build(saas, evaluation);
        XYPlot plot = (XYPlot) chart.getPlot();
        XYDataset line = plot.getDataset(0);
        XYDataset points = plot.getDataset(1);

        int last = line.getItemCount(0) - 1;
        assertEquals(85, line.getXValue(0, 0), 1e-9);
        assertEquals(0.0001, line.getYValue(0, 0), 1e-12);
        assertEquals(95, line.getXValue(0, last), 1e-9);
        assertEquals(0.00325, line.getYValue(0, last), 1e-12);
        assertEquals(86.6, points.getXValue(RoutingFrontierChart.CURRENT, 0), 1e-9);
        assertEquals(0.000434, points.getYValue(RoutingFrontierChart.CURRENT, 0), 1e-12);
        assertEquals(92, points.getXValue(RoutingFrontierChart.OPTIMAL, 0), 1e-9);
        assertEquals((3 * 0.000195 + 4 * 0.00325) / 7, points.getYValue(RoutingFrontierChart.OPTIMAL, 0), 1e-12);
        ValueMarker target = (ValueMarker) plot.getDomainMarkers(Layer.FOREGROUND).iterator().next();
        assertEquals(92, target.getValue(), 1e-9);
        assertEquals("Cheapest for 92.0%: $0.001941 per query with 42.9% Medium: GPT-4o-mini, 57.1% Hard: GPT-4o",
                subtitle(chart, RoutingFrontierChart.CONTEXT_ID));
    }

    @Test
    void anUnreachableTargetIsExplainedAndHasNoAnswerPoint() {
        Scenario high = saas.withRouting(saas.routing().withTargetQuality(ParetoLimit.of(0.96)));
        JFreeChart chart = Charts.ROUTING_FRONTIER.build(high, ScenarioEvaluator.evaluate(high));

        assertEquals("The highest quality any mix reaches within the limits is 95.0%, below the target of 96.0%.",
                subtitle(chart, RoutingFrontierChart.CONTEXT_ID));
        assertEquals(0, ((XYPlot) chart.getPlot()).getDataset(1).getItemCount(RoutingFrontierChart.OPTIMAL));
    }

    @Test
    void updateRedrawsInPlaceAndTheVolumeDoesNotChangeThePicture() {
        JFreeChart chart = Charts.ROUTING_FRONTIER.build(saas, evaluation);
        Scenario cascade = saas.withRouting(saas.routing().withStrategy(RoutingStrategy.CASCADE));

        Charts.ROUTING_FRONTIER.update(chart, cascade, ScenarioEvaluator.evaluate(cascade));

        // Cascade: 0.0001 + 0.3 x 0.000195 + 0.12 x 0.00325 = 0.0005485 per query.
        assertEquals(0.0005485, ((XYPlot) chart.getPlot()).getDataset(1).getYValue(RoutingFrontierChart.CURRENT, 0), 1e-12);
        Scenario busier = saas.withWorkload(saas.workload().withQueriesPerDay(1e6));
        for (ChartBuilder builder : List.of(Charts.ROUTING_SHARES, Charts.ROUTING_FRONTIER)) {
            assertEquals(builder.shownInputs(saas, evaluation), builder.shownInputs(busier, ScenarioEvaluator.evaluate(busier)));
            assertNotEquals(builder.shownInputs(saas, evaluation), builder.shownInputs(cascade, evaluation));
        }
        assertThrows(IllegalArgumentException.class,
                () -> Charts.ROUTING_SHARES.update(Charts.TCO_PIE.build(saas, evaluation), saas, evaluation));
        assertThrows(IllegalArgumentException.class,
                () -> Charts.ROUTING_FRONTIER.update(Charts.TCO_PIE.build(saas, evaluation), saas, evaluation));
        assertTrue(chart.getPlot() instanceof XYPlot);
    }
}
