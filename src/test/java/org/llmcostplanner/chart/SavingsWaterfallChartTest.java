package org.llmcostplanner.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.data.category.IntervalCategoryDataset;
import org.junit.jupiter.api.Test;
import org.llmcostplanner.model.Evaluation;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.model.ScenarioEvaluator;
import org.llmcostplanner.model.caching.CachingSection;
import org.llmcostplanner.model.caching.PromptCaching;
import org.llmcostplanner.model.caching.SemanticCache;
import org.llmcostplanner.model.caching.ThresholdCurve;
import org.llmcostplanner.model.pareto.ParetoLimit;
import org.llmcostplanner.model.price.ModelPrice;
import org.llmcostplanner.model.routing.RouterOverhead;
import org.llmcostplanner.model.routing.RoutingSection;
import org.llmcostplanner.model.routing.RoutingStrategy;
import org.llmcostplanner.model.routing.RoutingTier;

/**
 * The support classifier ($975.00 baseline: 300,000 queries at $0.00325) routed 70/20/10 and with
 * the chapter's semantic cache at 0.92 (50% served). By hand: routing, 0.7 x 0.0001 + 0.2 x 0.000195
 * + 0.1 x 0.00325 = 0.000434 a query, $130.20 a month; the cache halves it to $65.10.
 */
class SavingsWaterfallChartTest {
    private static final ChartBuilder WATERFALL = Charts.SAVINGS_WATERFALL;

    private static Scenario routedAndCached() {
        return TestScenarios.saasSupport()
                .withRouting(org.llmcostplanner.model.TestScenarios.saasSupportRouting().withEnabled(true))
                .withCaching(new CachingSection(true, 0, new SemanticCache(true, ThresholdCurve.CHAPTER, 0.92, 0, 0, 0),
                        PromptCaching.OFF));
    }

    private static JFreeChart chart(Scenario scenario) {
        return WATERFALL.build(scenario, ScenarioEvaluator.evaluate(scenario));
    }

    private static List<List<String>> labels(JFreeChart chart) {
        return ((StepBarRenderer) ((CategoryPlot) chart.getPlot()).getRenderer()).bars().stream()
                .map(StepBarRenderer.Bar::lines).toList();
    }

    @Test
    void barsRunFromTheBaselineThroughEachLeverToTheOptimisedCost() {
        JFreeChart chart = chart(routedAndCached());
        IntervalCategoryDataset data = (IntervalCategoryDataset) ((CategoryPlot) chart.getPlot()).getDataset();

        assertEquals(List.of("Baseline", "Routing", "Compression (off)", "Caching", "Batching (off)", "Optimised"),
                data.getColumnKeys());
        double[] starts = {0, 975, 130.20, 130.20, 65.10, 0};
        double[] ends = {975, 130.20, 130.20, 65.10, 65.10, 65.10};
        for (int column = 0; column < starts.length; column++) {
            assertEquals(starts[column], data.getStartValue(0, column).doubleValue(), 1e-9, "start " + column);
            assertEquals(ends[column], data.getEndValue(0, column).doubleValue(), 1e-9, "end " + column);
        }
        assertEquals(SavingsWaterfallChart.RANGE_LABEL, ((CategoryPlot) chart.getPlot()).getRangeAxis().getLabel());
    }

    @Test
    void eachBarIsLabelledWithDollarsAndPercentOfTheBaselineThatAddUp() {
        JFreeChart chart = chart(routedAndCached());

        // 130.20 / 975 = 13.35% -> 13.4%, 65.10 / 975 = 6.68% -> 6.7%: steps 100.0 - 13.4 = 86.6 and 13.4 - 6.7 = 6.7.
        assertEquals(List.of(List.of("$975.00", "100.0%"), List.of("-$844.80", "-86.6%"), List.of("$0.00", "off"),
                List.of("-$65.10", "-6.7%"), List.of("$0.00", "off"), List.of("$65.10", "6.7%")), labels(chart));
        assertEquals("Optimised $65.10 a month: 93.3% below the $975.00 baseline",
                ChartStyle.findSubtitle(chart, SavingsWaterfallChart.CONTEXT_ID).getText());
        assertEquals(List.of("Monthly API cost", "Saving"), legend(chart));
    }

    @Test
    void aLeverThatAddsCostGoesUpInItsOwnColour() {
        // GPT-4o alone behind a $0.001 router: 0.00425 a query, $1,275.00 a month, 130.8% of the baseline.
        Scenario fee = TestScenarios.saasSupport().withRouting(new RoutingSection(true, RoutingStrategy.ROUTER,
                List.of(new RoutingTier("All: GPT-4o", new ModelPrice("gpt-4o", 2.5, 10), 1, 0.93, 600)),
                new RouterOverhead(0.001, 5), ParetoLimit.off(0.9), ParetoLimit.off(1000)));
        JFreeChart chart = chart(fee);

        assertEquals(List.of("+$300.00", "+30.8%"), labels(chart).get(1));
        StepBarRenderer renderer = (StepBarRenderer) ((CategoryPlot) chart.getPlot()).getRenderer();
        assertEquals(ChartStyle.VERMILLION, renderer.getItemPaint(0, 1));
        assertEquals(List.of("Monthly API cost", "Saving", "Adds cost"), legend(chart));
        assertEquals("Optimised $1,275.00 a month: 30.8% above the $975.00 baseline",
                ChartStyle.findSubtitle(chart, SavingsWaterfallChart.CONTEXT_ID).getText());
    }

    @Test
    void noTrafficShowsZeroBarsWithoutPercentages() {
        Scenario idle = TestScenarios.atVolume(routedAndCached(), 0);
        JFreeChart chart = chart(idle);

        assertEquals(List.of("$0.00"), labels(chart).get(0));
        assertEquals(1.0, ((CategoryPlot) chart.getPlot()).getRangeAxis().getUpperBound());
        assertEquals("No API cost to save: no traffic, or a reference model that costs nothing",
                ChartStyle.findSubtitle(chart, SavingsWaterfallChart.CONTEXT_ID).getText());
    }

    @Test
    void updateSendsOneChangeEventAndShowsTheNewPlan() {
        JFreeChart chart = chart(TestScenarios.saasSupport());
        ChartEvents events = ChartEvents.listenTo(chart);
        Scenario next = routedAndCached();
        Evaluation evaluation = ScenarioEvaluator.evaluate(next);

        WATERFALL.update(chart, next, evaluation);

        assertEquals(1, events.count());
        assertEquals(labels(chart(next)), labels(chart));
    }

    @Test
    void updateRefusesAChartItDidNotBuild() {
        Scenario saas = TestScenarios.saasSupport();
        Evaluation evaluation = ScenarioEvaluator.evaluate(saas);
        assertThrows(IllegalArgumentException.class, () -> WATERFALL.update(Charts.TCO_PIE.build(saas, evaluation), saas,
                evaluation));
        assertThrows(IllegalArgumentException.class, () -> WATERFALL.update(Charts.ROUTING_SHARES.build(saas, evaluation),
                saas, evaluation));
    }

    @Test
    void onlyTheTrafficTheReferenceModelAndTheLeversRedrawIt() {
        Scenario saas = TestScenarios.saasSupport();
        Scenario dearerEngineering = saas.withFixedCosts(saas.fixedCosts().withEngineering(
                saas.fixedCosts().engineering().withHourlyRateUsd(250)));
        assertEquals(WATERFALL.shownInputs(saas, ScenarioEvaluator.evaluate(saas)),
                WATERFALL.shownInputs(dearerEngineering, ScenarioEvaluator.evaluate(dearerEngineering)));
        Scenario cached = saas.withCaching(saas.caching().withEnabled(true));
        assertNotEquals(WATERFALL.shownInputs(saas, ScenarioEvaluator.evaluate(saas)),
                WATERFALL.shownInputs(cached, ScenarioEvaluator.evaluate(cached)));
    }

    private static List<String> legend(JFreeChart chart) {
        LegendItemCollection items = ((CategoryPlot) chart.getPlot()).getLegendItems();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < items.getItemCount(); i++) {
            labels.add(items.get(i).getLabel());
        }
        return labels;
    }
}
