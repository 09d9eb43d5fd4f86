package org.llmcostplanner.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.data.category.IntervalCategoryDataset;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.llmcostplanner.model.Evaluation;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.model.ScenarioEvaluator;
import org.llmcostplanner.model.ScenarioInputs;
import org.llmcostplanner.model.plan.Metric;
import org.llmcostplanner.model.plan.Sensitivity;
import org.llmcostplanner.model.plan.Tornado;
import org.llmcostplanner.model.plan.TornadoBar;

/**
 * The tornado and sweep charts show the model's figures. TestScenarios.saasSupport: $10,805 a
 * month = 9,830 fixed + $0.0975 per daily query; its self-host section is the default one.
 */
class SensitivityChartsTest {
    private final Scenario saas = TestScenarios.saasSupport();
    private final Evaluation evaluation = ScenarioEvaluator.evaluate(saas);

    @Test
    void tornadoBarsAreTheModelsFromTheBaseValue() {
        JFreeChart chart = Charts.SENSITIVITY_TORNADO.build(saas, evaluation);
        CategoryPlot plot = (CategoryPlot) chart.getPlot();
        IntervalCategoryDataset data = (IntervalCategoryDataset) plot.getDataset();
        Tornado tornado = Sensitivity.tornado(saas, Metric.MONTHLY_TCO, 0.2);
        List<TornadoBar> bars = tornado.top(10);
        assertEquals(bars.size(), data.getColumnCount());
        assertEquals(7, bars.size(), "hourly rate, queries, output tokens and price, days, input tokens and price");
        for (int i = 0; i < bars.size(); i++) {
            assertEquals(10_805, data.getStartValue(0, i).doubleValue(), 1e-9);
            assertEquals(bars.get(i).metricAtLow(), data.getEndValue(0, i).doubleValue(), 0);
            assertEquals(bars.get(i).metricAtHigh(), data.getEndValue(1, i).doubleValue(), 0);
        }
        // 80 h at $80 and $120 an hour: $9,205 and $12,405.
        assertEquals("Engineering hourly rate\n80 \u2013 120 USD / hour", data.getColumnKey(0).toString());
        assertEquals(9_205, data.getEndValue(0, 0).doubleValue(), 1e-9);
        assertEquals(12_405, data.getEndValue(1, 0).doubleValue(), 1e-9);
        assertEquals("Days per month\n24 \u2013 31 days (kept in range)", data.getColumnKey(4).toString());
        ValueMarker base = (ValueMarker) plot.getRangeMarkers(Layer.FOREGROUND).iterator().next();
        assertEquals(10_805, base.getValue(), 1e-9);
        assertEquals("Base $10,805", base.getLabel());
        assertEquals("Base $10,805.00 per month \u00b7 the 7 inputs that move it",
                ChartStyle.findSubtitle(chart, SensitivityTornadoChart.CONTEXT_ID).getText());
        assertTrue(ChartStyle.findSubtitle(chart, SensitivityTornadoChart.NOTE_ID).getText()
                .startsWith("Kept in range: Days per month"));
        assertEquals("Monthly TCO (USD)", plot.getRangeAxis().getLabel());
    }

    @Test
    void updateSendsOneEventAndFollowsTheScenario() {
        JFreeChart chart = Charts.SENSITIVITY_TORNADO.build(saas, evaluation);
        ChartEvents events = ChartEvents.listenTo(chart);
        // At 20,000 a day the API costs $1,950 and the queries' bar grows to +/-$390.
        Scenario busier = TestScenarios.atVolume(saas, 20_000);
        Charts.SENSITIVITY_TORNADO.update(chart, busier, ScenarioEvaluator.evaluate(busier));
        assertEquals(1, events.count());
        IntervalCategoryDataset data = (IntervalCategoryDataset) ((CategoryPlot) chart.getPlot()).getDataset();
        assertEquals(11_390, data.getEndValue(0, 1).doubleValue(), 1e-9);
        assertEquals(12_170, data.getEndValue(1, 1).doubleValue(), 1e-9);

        JFreeChart sweep = Charts.SENSITIVITY_SWEEP.build(saas, evaluation);
        ChartEvents sweepEvents = ChartEvents.listenTo(sweep);
        Charts.SENSITIVITY_SWEEP.update(sweep, busier, ScenarioEvaluator.evaluate(busier));
        assertEquals(1, sweepEvents.count());
    }

    @Test
    void updateRejectsAChartItDidNotBuild() {
        JFreeChart pie = Charts.TCO_PIE.build(saas, evaluation);
        assertThrows(IllegalArgumentException.class, () -> Charts.SENSITIVITY_TORNADO.update(pie, saas, evaluation));
        assertThrows(IllegalArgumentException.class, () -> Charts.SENSITIVITY_SWEEP.update(pie, saas, evaluation));
        JFreeChart otherSweep = Charts.sensitivitySweep(ScenarioInputs.QUERIES_PER_DAY, Metric.COST_PER_QUERY, 11)
                .build(saas, evaluation);
        assertThrows(IllegalArgumentException.class, () -> Charts.SENSITIVITY_SWEEP.update(otherSweep, saas, evaluation));
    }

    @Test
    void sweepIsTheModelsTableWithTheCurrentValueMarked() {
        JFreeChart chart = Charts.SENSITIVITY_SWEEP.build(saas, evaluation);
        XYPlot plot = (XYPlot) chart.getPlot();
        XYDataset data = plot.getDataset();
        assertEquals(121, data.getItemCount(0));
        assertEquals(1_000, data.getXValue(0, 0), 1e-9);
        assertEquals(1e7, data.getXValue(0, 120), 1e-3);
        for (int i = 0; i < 121; i++) {
            assertEquals(9_830 + 0.0975 * data.getXValue(0, i), data.getYValue(0, i), 1e-6);
        }
        assertInstanceOf(LogAxis.class, plot.getDomainAxis());
        // $9,927.50 to $984,830: 99 times, so the cost axis is logarithmic too.
        assertInstanceOf(LogAxis.class, plot.getRangeAxis());
        assertEquals(10_000, ((ValueMarker) plot.getDomainMarkers(Layer.FOREGROUND).iterator().next()).getValue());
        assertEquals("Queries per day (log scale)", plot.getDomainAxis().getLabel());
        assertEquals("$9,928 at 1K to $984,830 at 10M queries / day \u00b7 now $10,805 at 10K",
                ChartStyle.findSubtitle(chart, SensitivitySweepChart.CONTEXT_ID).getText());
    }

    @Test
    void aNarrowSpreadSwitchesTheSweepToALinearAxisInOneEvent() {
        // A free model: TCO is $9,830 at every volume, a flat line, drawn on a linear axis from $0.
        JFreeChart chart = Charts.SENSITIVITY_SWEEP.build(saas, evaluation);
        ChartEvents events = ChartEvents.listenTo(chart);
        Scenario free = saas.withReferenceModel(new org.llmcostplanner.model.price.ModelPrice("free", 0, 0));
        Charts.SENSITIVITY_SWEEP.update(chart, free, ScenarioEvaluator.evaluate(free));
        assertEquals(1, events.count());
        NumberAxis linear = assertInstanceOf(NumberAxis.class, ((XYPlot) chart.getPlot()).getRangeAxis());
        assertEquals(0, linear.getLowerBound(), 0, "money from $0");
    }

    @Test
    void customBuildersChartAnotherMetricAndChange() {
        ChartBuilder perQuery = Charts.sensitivityTornado(Metric.COST_PER_QUERY, 0.1, 3);
        JFreeChart chart = perQuery.build(saas, evaluation);
        IntervalCategoryDataset data = (IntervalCategoryDataset) ((CategoryPlot) chart.getPlot()).getDataset();
        assertEquals(3, data.getColumnCount());
        assertEquals("Input lowered 10%", data.getRowKey(0));
        assertEquals("Tornado: Cost per query, each input \u00b110%", perQuery.title());
        // Cost per query = 9,830 / (30 q) + 0.00325: volume and hourly rate lead, whatever their order.
        assertEquals(10_805 / 300_000.0, data.getStartValue(0, 0).doubleValue(), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> Charts.sensitivityTornado(Metric.MONTHLY_TCO, 0, 10));
    }

    @Test
    void aRenameDoesNotRedrawButAnInputDoes() {
        Object shown = Charts.SENSITIVITY_TORNADO.shownInputs(saas, evaluation);
        assertEquals(shown, Charts.SENSITIVITY_TORNADO.shownInputs(saas.withName("Renamed"), evaluation));
        Scenario busier = TestScenarios.atVolume(saas, 12_000);
        assertTrue(!shown.equals(Charts.SENSITIVITY_TORNADO.shownInputs(busier, ScenarioEvaluator.evaluate(busier))));
    }

    @Test
    void updatesFitInAFrame() {
        // The tornado evaluates and validates about 2 x 7 moved plans here, the sweep 121 (16 ms is one frame at 60 Hz).
        for (ChartBuilder builder : List.of(Charts.SENSITIVITY_TORNADO, Charts.SENSITIVITY_SWEEP)) {
            JFreeChart chart = builder.build(saas, evaluation);
            long[] nanos = new long[150];
            for (int i = 0; i < nanos.length; i++) {
                Scenario scenario = TestScenarios.atVolume(saas, 1_000 + 5_000.0 * i);
                Evaluation moved = ScenarioEvaluator.evaluate(scenario);
                long start = System.nanoTime();
                builder.update(chart, scenario, moved);
                nanos[i] = System.nanoTime() - start;
            }
            long[] warm = Arrays.copyOfRange(nanos, 50, nanos.length);
            Arrays.sort(warm);
            long median = warm[warm.length / 2];
            assertTrue(median < 16_000_000, builder.id() + ": median update took " + median / 1e6 + " ms");
        }
    }
}
