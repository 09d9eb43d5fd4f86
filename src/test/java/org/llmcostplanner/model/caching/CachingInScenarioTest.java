package org.llmcostplanner.model.caching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.llmcostplanner.model.Evaluation;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.model.ScenarioEvaluator;
import org.llmcostplanner.model.Workload;
import org.llmcostplanner.model.pareto.ParetoLimit;
import org.llmcostplanner.model.pareto.ParetoPlan;
import org.llmcostplanner.model.price.ModelPrice;

/**
 * The caches in the connected scenario, on the chapter's semantic-cache table (Code Fragment
 * 12.4.4): 10,000 queries a day, 30 days, $0.003 a query (no input tokens and 300 output tokens at
 * $10 per 1M), so monthly savings = 300,000 x hit rate x $0.003.
 */
class CachingInScenarioTest {
    private static Scenario chapter(double threshold, double falseHitUsd) {
        Scenario scenario = Scenario.untitled().withWorkload(new Workload(10_000, 0, 300, 30))
                .withReferenceModel(new ModelPrice("gpt-4o", 2.50, 10.00));
        return scenario.withCaching(new CachingSection(true, 0,
                new SemanticCache(true, ThresholdCurve.CHAPTER, threshold, 0, 0, falseHitUsd), PromptCaching.OFF));
    }

    @ParameterizedTest
    @CsvSource({"0.85, 558", "0.90, 495", "0.92, 450", "0.95, 378", "0.98, 252"})
    void theChaptersTable(double threshold, double monthlySavings) {
        Scenario scenario = chapter(threshold, 0);
        Evaluation evaluation = ScenarioEvaluator.evaluate(scenario);

        assertEquals(900.00, evaluation.api().baselineUsdPerMonth(), 1e-9);
        assertEquals(monthlySavings, evaluation.api().savingsUsdPerMonth(), 1e-9);
        assertEquals(monthlySavings, scenario.cachingFigures().netSemanticSavings(threshold), 1e-9);
        assertEquals(monthlySavings, scenario.cachingFigures().leverSavingUsdPerMonth(), 1e-9);
    }

    @Test
    void theSemanticLayersFiguresAreThoseOfThePlanWithTheCachesOn() {
        // 400 input tokens ($0.001) all a cached prefix at half price, and $0.003 of output: a call
        // the caches miss costs $0.0035 with the caches on. At 0.92: 300,000 x 50% x $0.0035 = $525,
        // whether or not the switch is on (the figures say what the lever would do).
        Scenario on = chapter(0.92, 0).withWorkload(new Workload(10_000, 400, 300, 30));
        on = on.withCaching(on.caching().withProvider(new PromptCaching(true, 400, 1, 0.5, 1)));
        Scenario off = on.withCaching(on.caching().withEnabled(false));
        assertEquals(525, on.cachingFigures().netSemanticSavings(0.92), 1e-9);
        assertEquals(525, off.cachingFigures().netSemanticSavings(0.92), 1e-9);
    }

    @Test
    void betweenPointsTheRatesAreLinear() {
        // Halfway between 0.90 (55%, 3%) and 0.92 (50%, 1%): 52.5% and 2%.
        SemanticCache semantic = chapter(0.91, 0).caching().semantic();
        assertEquals(0.525, semantic.hitRate(), 1e-12);
        assertEquals(0.02, semantic.falseHitRate(), 1e-12);
        assertEquals(0.62, semantic.withThreshold(0.5).hitRate(), "below the curve: its first point");
        assertEquals(0.28, semantic.withThreshold(0.99).hitRate(), "above it: its last point");
        // A threshold typed twice (a table mid-edit) keeps its first point instead of failing the interpolator.
        ThresholdCurve twice = new ThresholdCurve(java.util.List.of(new CachePoint(0.9, 0.55, 0.03),
                new CachePoint(0.9, 0.40, 0.02), new CachePoint(0.92, 0.50, 0.01)));
        assertEquals(0.525, twice.hitRate(0.91), 1e-12);
        assertEquals(0.02, twice.falseHitRate(0.91), 1e-12);
    }

    @Test
    void wrongAnswersCostMoneyAndMoveTheBestThresholdUp() {
        // Net = 300,000 x (hit x $0.003 - false hit x cost). At $0.01 a wrong answer: 0.85 -> $318,
        // 0.90 -> $405, 0.92 -> $420, 0.95 -> $372, 0.98 -> $252. At $0.05: -$642, $45, $300, $348, $252.
        assertEquals(0.85, chapter(0.92, 0).cachingFigures().bestThreshold());
        CachingFigures cheap = chapter(0.92, 0.01).cachingFigures();
        assertEquals(420, cheap.netSemanticSavings(0.92), 1e-9);
        assertEquals(318, cheap.netSemanticSavings(0.85), 1e-9);
        assertEquals(0.92, cheap.bestThreshold());
        CachingFigures dear = chapter(0.92, 0.05).cachingFigures();
        assertEquals(-642, dear.netSemanticSavings(0.85), 1e-9);
        assertEquals(348, dear.netSemanticSavings(0.95), 1e-9);
        assertEquals(0.95, dear.bestThreshold());
        assertTrue(dear.netSemanticSavings(0.92) < cheap.netSemanticSavings(0.92));
    }

    @Test
    void wrongAnswersAreAnOperationalCostAndLowerThePlansQuality() {
        // At 0.92: 1% of 300,000 queries answered wrongly at $0.05 = $150 a month; 93% x 0.99 quality.
        Scenario scenario = chapter(0.92, 0.05);
        scenario = scenario.withPareto(scenario.pareto().withPlan(new ParetoPlan(ParetoLimit.of(0.93), ParetoLimit.of(600))));
        Evaluation evaluation = ScenarioEvaluator.evaluate(scenario);
        assertEquals(150.00, evaluation.monthly().operational(), 1e-9);
        assertEquals(0.93 * 0.99, scenario.planMeasurements().quality().value(), 1e-12);
        assertEquals(300.0, scenario.planMeasurements().latencyMs().value(), 1e-9, "half the queries take no model time");
    }

    @Test
    void theExactLayerGoesFirstAndTheSemanticLayerSeesItsMisses() {
        // 20% exact hits; the semantic layer serves 50% of the other 80% and pays $0.0001 a lookup
        // on each of them: 300,000 x (0.2 + 0.4) x $0.003 - 240,000 x $0.0001 = $540 - $24 = $516.
        Scenario scenario = chapter(0.92, 0);
        scenario = scenario.withCaching(scenario.caching().withExactHitRate(0.2)
                .withSemantic(scenario.caching().semantic().withEmbeddingUsdPerQuery(0.0001)));
        assertEquals(900 - 516, ScenarioEvaluator.evaluate(scenario).api().optimisedUsdPerMonth(), 1e-9);
        assertEquals(516, scenario.cachingFigures().leverSavingUsdPerMonth(), 1e-9);
    }

    @Test
    void offTheCachesChangeNothing() {
        Scenario scenario = chapter(0.92, 0.05);
        Scenario off = scenario.withCaching(scenario.caching().withEnabled(false));
        assertEquals(900.00, ScenarioEvaluator.evaluate(off).api().optimisedUsdPerMonth(), 1e-9);
        assertEquals(0, ScenarioEvaluator.evaluate(off).monthly().operational(), 1e-9);
        assertEquals(off.pareto().plan(), off.planMeasurements());
    }
}
