package org.llmcostplanner.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
