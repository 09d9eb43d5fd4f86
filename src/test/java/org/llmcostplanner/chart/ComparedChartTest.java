package org.llmcostplanner.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.junit.jupiter.api.Test;
import org.llmcostplanner.chart.ComparedChart.Side;
import org.llmcostplanner.io.ScenarioFiles;
import org.llmcostplanner.model.CostCategory;
import org.llmcostplanner.model.Evaluation;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.model.ScenarioEvaluator;

/**
 * A = legal-summarization.json (API baseline $157,500 a month), B = saas-support.json ($975): the
 * waterfalls on one axis reach 157,500 plus the chart's headroom on both sides.
 */
class ComparedChartTest {
    private static final double LEGAL_BASELINE = 157_500;

    private final Scenario legal = read("legal-summarization.json");
    private final Scenario saas = read("saas-support.json");
    private final Evaluation legalEvaluation = ScenarioEvaluator.evaluate(legal);
    private final Evaluation saasEvaluation = ScenarioEvaluator.evaluate(saas);

    private static Scenario read(String name) {
        try {
            return ScenarioFiles.read(Path.of("scenarios", name));
        } catch (Exception unreadable) {
            throw new AssertionError(unreadable);
        }
    }

    private ComparedChart waterfall(Side side, boolean sameScale) {
        return ComparedChart.of(Charts.SAVINGS_WATERFALL, side, legal, legalEvaluation, sameScale);
    }

    private static double axisTop(JFreeChart chart) {
        return ((CategoryPlot) chart.getPlot()).getRangeAxis().getUpperBound();
    }

    private static String what(JFreeChart chart) {
        return ChartStyle.findSubtitle(chart, ComparedChart.WHAT_ID).getText();
    }

    @Test
    void eachSideIsTitledWithItsPlansNameAndSaysWhichChartItIs() {
        JFreeChart a = waterfall(Side.A, true).build(saas, saasEvaluation);
        JFreeChart b = waterfall(Side.B, true).build(saas, saasEvaluation);

        assertEquals("A: Legal contract summarisation", a.getTitle().getText());
        assertEquals("B: SaaS support classifier", b.getTitle().getText());
        assertEquals("Savings waterfall: monthly API cost (same scale as B)", what(a));
        assertEquals("Savings waterfall: monthly API cost (same scale as A)", what(b));
        assertEquals("savings-waterfall-a", waterfall(Side.A, true).id());
        assertEquals("B: Monthly TCO by category", ComparedChart.of(Charts.TCO_PIE, Side.B, legal, legalEvaluation, true).title());
    }

    @Test
    void theTwoWaterfallsShareOneValueAxisUpToTheHigherPlan() {
        double sharedTop = LEGAL_BASELINE * (1 + SavingsWaterfallChart.HEADROOM);
        assertEquals(sharedTop, axisTop(waterfall(Side.A, true).build(saas, saasEvaluation)), 1e-6);
        assertEquals(sharedTop, axisTop(waterfall(Side.B, true).build(saas, saasEvaluation)), 1e-6);
        // Each on its own scale: B's axis is B's baseline plus headroom.
        assertEquals(975 * (1 + SavingsWaterfallChart.HEADROOM), axisTop(waterfall(Side.B, false).build(saas, saasEvaluation)), 1e-9);
        assertFalse(waterfall(Side.B, false).sharesScale());
        assertEquals("Savings waterfall: monthly API cost", what(waterfall(Side.B, false).build(saas, saasEvaluation)));
    }

    @Test
    void theChartOfAFollowsBOnlyWhenBRaisesTheSharedTop() {
        ComparedChart sideA = waterfall(Side.A, true);
        JFreeChart chart = sideA.build(saas, saasEvaluation);
        Object before = sideA.shownInputs(saas, saasEvaluation);

        // 100 times the traffic: a $97,500 baseline, still under A's; A's picture is the same.
        Scenario busier = TestScenarios.atVolume(saas, 1_000_000);
        assertEquals(before, sideA.shownInputs(busier, ScenarioEvaluator.evaluate(busier)));
        // 200 times: $195,000, over A's $157,500; A's axis rises to it.
        Scenario busiest = TestScenarios.atVolume(saas, 2_000_000);
        Evaluation busiestEvaluation = ScenarioEvaluator.evaluate(busiest);
        assertNotEquals(before, sideA.shownInputs(busiest, busiestEvaluation));
        ChartEvents events = ChartEvents.listenTo(chart);
        sideA.update(chart, busiest, busiestEvaluation);
        assertEquals(195_000 * (1 + SavingsWaterfallChart.HEADROOM), axisTop(chart), 1e-6);
        assertEquals("A: Legal contract summarisation", chart.getTitle().getText());
        assertEquals(1, events.count(), "one change event per update");
    }

    @Test
    void theChartOfBFollowsItsNameAndFiguresInOneChangeEvent() {
        ComparedChart sideB = ComparedChart.of(Charts.TCO_PIE, Side.B, legal, legalEvaluation, true);
        JFreeChart chart = sideB.build(saas, saasEvaluation);
        assertFalse(sideB.sharesScale(), "a pie has no value axis to share");
        ChartEvents events = ChartEvents.listenTo(chart);

        Scenario renamed = TestScenarios.atVolume(saas, 20_000).withName("Support at 2x");
        Object before = sideB.shownInputs(saas, saasEvaluation);
        Evaluation renamedEvaluation = ScenarioEvaluator.evaluate(renamed);
        assertNotEquals(before, sideB.shownInputs(renamed, renamedEvaluation));
        sideB.update(chart, renamed, renamedEvaluation);

        assertEquals(1, events.count());
        assertEquals("B: Support at 2x", chart.getTitle().getText());
        assertEquals(1_950, TcoPieChart.dataset(chart).getValue(CostCategory.API).doubleValue(), 1e-9);
    }

    @Test
    void theChartOfAShowsAWhateverBIs() {
        JFreeChart pie = ComparedChart.of(Charts.TCO_PIE, Side.A, legal, legalEvaluation, true).build(saas, saasEvaluation);
        double api = TcoPieChart.dataset(pie).getValue(CostCategory.API).doubleValue();
        assertEquals(legalEvaluation.monthly().api(), api, 1e-9);
        assertTrue(ChartStyle.findSubtitle(pie, TcoPieChart.TOTAL_ID).getText().contains("$68,769.12"));
    }

    @Test
    void updatingAChartItDidNotBuildFails() {
        JFreeChart plain = Charts.TCO_PIE.build(saas, saasEvaluation);
        assertThrows(IllegalArgumentException.class,
                () -> ComparedChart.of(Charts.TCO_PIE, Side.B, legal, legalEvaluation, true).update(plain, saas, saasEvaluation));
    }
}
