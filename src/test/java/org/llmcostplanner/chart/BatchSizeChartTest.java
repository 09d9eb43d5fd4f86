package org.llmcostplanner.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.model.ScenarioEvaluator;
import org.llmcostplanner.model.batching.BatchingSection;

/**
 * GPT-4o, 500 input tokens of which 400 a shared system prompt, 200 output: a batched item at k a
 * prompt costs ((100 + 400 / k) x $2.50 + 200 x $10) / 1M x 0.5 / 0.99^k.
 */
class BatchSizeChartTest {
    private static double item(int k) {
        return ((100 + 400.0 / k) * 2.5 + 200 * 10) / 1e6 * 0.5 / Math.pow(0.99, k);
    }

    @Test
    void costPerItemAtEachSizeAgainstTheCallSentAtOnce() {
        Scenario saas = TestScenarios.saasSupport().withBatching(new BatchingSection(true, 0.6, 0.5, 10, 400, 0.01, 24));
        JFreeChart chart = Charts.BATCH_SIZE.build(saas, ScenarioEvaluator.evaluate(saas));
        XYPlot plot = (XYPlot) chart.getPlot();
        XYDataset data = plot.getDataset(0);
        assertEquals(20, data.getItemCount(0), "sizes 1 to 20");
        assertEquals(item(1), data.getYValue(0, 0), 1e-15);
        assertEquals(item(10), data.getYValue(0, 9), 1e-15);
        assertEquals(0.00325, data.getYValue(1, 0), 1e-15);
        // Cheapest at 6: item(6) = $0.0012834 just under item(7) = $0.0012836.
        assertEquals(List.of("Chosen: 10", "Cheapest: 6"), plot.getDomainMarkers(Layer.FOREGROUND).stream()
                .map(m -> ((ValueMarker) m).getLabel()).toList());
        // 9.6% of 10-item prompts fail: one 24-hour send brings back 90.4% of items, two 99.1%.
        assertEquals("$0.001299 an item at 10 a prompt, against $0.003250 sent at once; 9.6% of prompts fail and resend"
                + " all 10 items; 95% back within 48 h", ChartStyle.findSubtitle(chart, BatchSizeChart.CONTEXT_ID).getText());
    }

    @Test
    void theChartRedrawsWhenTheCachesGoOnOrOff() {
        // The call sent at once pays the provider's cache prices only with the caches in the plan.
        Scenario saas = TestScenarios.saasSupport();
        saas = saas.withCaching(saas.caching().withProvider(saas.caching().provider().withEnabled(true)
                .withPrefixTokens(400).withHitShare(1)));
        Scenario on = saas.withCaching(saas.caching().withEnabled(true));
        assertNotEquals(Charts.BATCH_SIZE.shownInputs(saas, ScenarioEvaluator.evaluate(saas)),
                Charts.BATCH_SIZE.shownInputs(on, ScenarioEvaluator.evaluate(on)));
        assertNotEquals(saas.usdPerOnlineCall(), on.usdPerOnlineCall());
    }

    @Test
    void theCheapestSizeIsTheBruteForceOne() {
        Scenario saas = TestScenarios.saasSupport();
        java.util.Random random = new java.util.Random(6);
        for (int run = 0; run < 2_000; run++) {
            Scenario scenario = saas.withBatching(new BatchingSection(true, 1, random.nextDouble(), 1,
                    random.nextInt(501), random.nextInt(4) == 0 ? 0 : random.nextDouble() * 0.2, 24));
            int most = 1 + random.nextInt(300);
            int brute = 1;
            for (int k = 2; k <= most; k++) {
                if (scenario.usdPerBatchedItem(k) < scenario.usdPerBatchedItem(brute)) {
                    brute = k;
                }
            }
            int found = BatchSizeChart.cheapestSize(scenario::usdPerBatchedItem, most);
            assertEquals(scenario.usdPerBatchedItem(brute), scenario.usdPerBatchedItem(found), 1e-18, scenario.batching() + " up to " + most);
        }
    }

    @Test
    void aLargePackIsMarkedAndTheSizesAreSampled() {
        // 500 items a prompt, no failures: every size is cheaper than the last; the axis runs to 1,000.
        Scenario saas = TestScenarios.saasSupport().withBatching(new BatchingSection(true, 1, 0.5, 500, 400, 0, 24));
        XYPlot plot = (XYPlot) Charts.BATCH_SIZE.build(saas, ScenarioEvaluator.evaluate(saas)).getPlot();
        assertEquals(List.of("Chosen: 500", "Cheapest: 1000"), plot.getDomainMarkers(Layer.FOREGROUND).stream()
                .map(m -> ((ValueMarker) m).getLabel()).toList());
        assertEquals(1_000, plot.getDomainAxis().getUpperBound());
        assertTrue(plot.getDataset(0).getItemCount(0) <= 202, "about 200 sizes drawn");
    }

    @Test
    void packsThatMostlyFailAreCutOffAboveThreeTimesTheOnlineCall() {
        // 6 items at 50% failing: 64 sends a prompt. Sizes past the chosen one costing over 3x the online
        // call (or 1.2x the chosen) are left out so the axis stays readable.
        Scenario saas = TestScenarios.saasSupport().withBatching(new BatchingSection(true, 1, 0.5, 2, 0, 0.5, 24));
        XYPlot plot = (XYPlot) Charts.BATCH_SIZE.build(saas, ScenarioEvaluator.evaluate(saas)).getPlot();
        XYDataset data = plot.getDataset(0);
        // Items cost $0.001625 x 2^k: 1 -> $0.00325, 2 -> $0.0065, 3 -> $0.013 (4x the online $0.00325): cut.
        assertEquals(2, data.getItemCount(0));
        assertEquals(0.0065, data.getYValue(0, 1), 1e-15);
    }
}
