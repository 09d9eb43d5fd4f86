package org.llmcostplanner.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.PiePlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.general.DatasetUtils;
import org.jfree.data.general.DefaultPieDataset;
import org.junit.jupiter.api.Test;
import org.llmcostplanner.model.CostCategory;
import org.llmcostplanner.model.Evaluation;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.model.ScenarioEvaluator;

class TcoPieChartTest {
    private final ChartBuilder pie = Charts.TCO_PIE;

    private static JFreeChart build(Scenario scenario) {
        return Charts.TCO_PIE.build(scenario, ScenarioEvaluator.evaluate(scenario));
    }

    @Test
    void hasIdAndTitle() {
        assertEquals("tco-pie", pie.id());
        assertEquals("Monthly TCO by category", pie.title());
        assertEquals("Monthly TCO by category", build(TestScenarios.saasSupport()).getTitle().getText());
    }

    @Test
    void datasetHoldsTheEvaluationsMonthlyCostPerCategory() {
        Scenario saas = TestScenarios.saasSupport();
        Evaluation evaluation = ScenarioEvaluator.evaluate(saas);
        DefaultPieDataset<CostCategory> dataset = TcoPieChart.dataset(pie.build(saas, evaluation));

        assertEquals(CostCategory.values().length, dataset.getItemCount());
        for (CostCategory category : CostCategory.values()) {
            assertEquals(evaluation.monthly().get(category), dataset.getValue(category).doubleValue(), 0.0, category.name());
        }
        assertEquals(975.0, dataset.getValue(CostCategory.API).doubleValue(), 1e-9);
        assertEquals(8000.0, dataset.getValue(CostCategory.ENGINEERING).doubleValue(), 0.0);
    }

    @Test
    void subtitleStatesTheMonthlyTotalAsMoney() {
        JFreeChart chart = build(Scenario.untitled());
        assertEquals("Total $10,055.00 per month", ChartStyle.findSubtitle(chart, TcoPieChart.TOTAL_ID).getText());
    }

    @Test
    void sectionLabelsShowNameMoneyAndOneDecimalPercent() {
        JFreeChart chart = build(Scenario.untitled());
        @SuppressWarnings("unchecked")
        PiePlot<CostCategory> plot = (PiePlot<CostCategory>) chart.getPlot();
        assertEquals("API / inference\n$975.00 (9.7%)", plot.getLabelGenerator().generateSectionLabel(plot.getDataset(), CostCategory.API));
        assertEquals("Infrastructure\n$380.00 (3.8%)", plot.getLabelGenerator().generateSectionLabel(plot.getDataset(), CostCategory.INFRASTRUCTURE));
        assertEquals("Engineering", plot.getLegendLabelGenerator().generateSectionLabel(plot.getDataset(), CostCategory.ENGINEERING));
    }

    @Test
    void zeroCategoriesGetNeitherSliceNorLegendEntry() {
        // Scenario.untitled() prices its operational lines at zero.
        LegendItemCollection legend = build(Scenario.untitled()).getPlot().getLegendItems();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < legend.getItemCount(); i++) {
            labels.add(legend.get(i).getLabel());
        }
        assertEquals(List.of("API / inference", "Infrastructure", "Engineering", "Quality / eval"), labels);
    }

    @Test
    void zeroTotalShowsTheNoDataMessageInsteadOfAnEmptyCircle() {
        JFreeChart chart = build(TestScenarios.empty());
        assertTrue(DatasetUtils.isEmptyOrNull(TcoPieChart.dataset(chart)), "the plot draws its no-data message");
        assertEquals("No costs yet: add line items or traffic", chart.getPlot().getNoDataMessage());
        assertEquals("Total $0.00 per month", ChartStyle.findSubtitle(chart, TcoPieChart.TOTAL_ID).getText());
    }

    @Test
    void updateReplacesTheNumbersAndFiresExactlyOneChartChangeEvent() {
        JFreeChart chart = build(TestScenarios.saasSupport());
        ChartEvents events = ChartEvents.listenTo(chart);
        Scenario busier = TestScenarios.atVolume(TestScenarios.saasSupport(), 1_000_000);
        Evaluation evaluation = ScenarioEvaluator.evaluate(busier);

        pie.update(chart, busier, evaluation);

        assertEquals(1, events.count());
        DefaultPieDataset<CostCategory> dataset = TcoPieChart.dataset(chart);
        assertEquals(97_500.0, dataset.getValue(CostCategory.API).doubleValue(), 1e-6);
        for (CostCategory category : CostCategory.values()) {
            assertEquals(evaluation.monthly().get(category), dataset.getValue(category).doubleValue(), 0.0);
        }
        assertEquals("Total $107,330.00 per month", ChartStyle.findSubtitle(chart, TcoPieChart.TOTAL_ID).getText());
    }

    @Test
    void updateToTheSameScenarioStillFiresOneEventAndKeepsTheNumbers() {
        JFreeChart chart = build(TestScenarios.saasSupport());
        Number before = TcoPieChart.dataset(chart).getValue(CostCategory.API);
        ChartEvents events = ChartEvents.listenTo(chart);
        pie.update(chart, TestScenarios.saasSupport(), ScenarioEvaluator.evaluate(TestScenarios.saasSupport()));
        assertEquals(1, events.count());
        assertEquals(before, TcoPieChart.dataset(chart).getValue(CostCategory.API));
    }

    @Test
    void updateRejectsAChartItDidNotBuild() {
        JFreeChart other = new JFreeChart(new XYPlot());
        Scenario saas = TestScenarios.saasSupport();
        assertThrows(IllegalArgumentException.class, () -> pie.update(other, saas, ScenarioEvaluator.evaluate(saas)));
    }
}
