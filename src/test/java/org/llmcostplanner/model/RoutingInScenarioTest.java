package org.llmcostplanner.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.llmcostplanner.model.pareto.ParetoLimit;
import org.llmcostplanner.model.pareto.ParetoPlan;
import org.llmcostplanner.model.routing.OptimalMix;
import org.llmcostplanner.model.routing.RoutingSection;
import org.llmcostplanner.model.routing.RoutingStrategy;

/**
 * The routing lever in the connected scenario, on saas-support.json's tiers (exercise 12.4.4 at
 * 500 input and 200 output tokens): BERT $0.0001 per request, GPT-4o-mini (0.15 x 500 + 0.60 x 200)
 * / 1M = $0.000195, GPT-4o (2.50 x 500 + 10 x 200) / 1M = $0.00325.
 */
class RoutingInScenarioTest {
    private static Scenario routed(RoutingStrategy strategy) {
        return TestScenarios.saasSupport().withRouting(TestScenarios.saasSupportRouting().withEnabled(true).withStrategy(strategy));
    }

    @Test
    void routingOffLeavesTheBaseline() {
        Scenario scenario = TestScenarios.saasSupport();
        Evaluation evaluation = ScenarioEvaluator.evaluate(scenario);

        assertEquals(975.00, evaluation.api().optimisedUsdPerMonth(), 1e-9);
        assertEquals("gpt-4o", scenario.planName());
        assertEquals(scenario.pareto().plan(), scenario.planMeasurements());
    }

    @Test
    void theRoutersMixSetsTheOptimisedApiCost() {
        // 0.7 x 0.0001 + 0.2 x 0.000195 + 0.1 x 0.00325 = 0.000434 per query; x 300,000 = $130.20.
        Evaluation evaluation = ScenarioEvaluator.evaluate(routed(RoutingStrategy.ROUTER));

        assertEquals(0.000434, evaluation.apiUsdPerQuery(), 1e-15);
        assertEquals(130.20, evaluation.api().optimisedUsdPerMonth(), 1e-9);
        assertEquals(975.00, evaluation.api().baselineUsdPerMonth(), 1e-9);
        assertEquals(130.20, evaluation.monthly().get(CostCategory.API), 1e-9);
    }

    @Test
    void theCascadeSetsTheOptimisedApiCost() {
        // Everyone calls BERT, 30% go on to GPT-4o-mini, 40% of those to GPT-4o:
        // 0.0001 + 0.3 x 0.000195 + 0.12 x 0.00325 = 0.0005485 per query; x 300,000 = $164.55.
        Evaluation evaluation = ScenarioEvaluator.evaluate(routed(RoutingStrategy.CASCADE));

        assertEquals(0.0005485, evaluation.apiUsdPerQuery(), 1e-15);
        assertEquals(164.55, evaluation.api().optimisedUsdPerMonth(), 1e-9);
    }

    @Test
    void theParetoPlanPointIsTheMix() {
        Scenario scenario = routed(RoutingStrategy.ROUTER);

        // Quality 0.7 x 85 + 0.2 x 88 + 0.1 x 95 = 86.6%; latency 0.7 x 25 + 0.2 x 400 + 0.1 x 600 + 5 = 162.5 ms.
        ParetoPlan plan = scenario.planMeasurements();
        assertEquals(0.866, plan.quality().value(), 1e-12);
        assertEquals(162.5, plan.latencyMs().value(), 1e-9);
        assertTrue(plan.quality().enabled() && plan.latencyMs().enabled());
        assertEquals("routed over 3 tiers", scenario.planName());
        assertEquals("cascade over 3 tiers", routed(RoutingStrategy.CASCADE).planName());
    }

    @Test
    void theOptimisersAnswerAt92PercentAppliesAndMeetsTheTarget() {
        Scenario scenario = routed(RoutingStrategy.ROUTER);
        OptimalMix.Found found = assertInstanceOf(OptimalMix.Found.class, scenario.routing().optimal(500, 200).orElseThrow());

        // GPT-4o-mini and GPT-4o bracket 92%: 3/7 and 4/7, at 3/7 x 0.000195 + 4/7 x 0.00325 = $0.001941 per query.
        assertEquals(3.0 / 7, found.shares().get(1), 1e-9);
        assertEquals(4.0 / 7, found.shares().get(2), 1e-9);
        assertEquals((3 * 0.000195 + 4 * 0.00325) / 7, found.mix().usdPerQuery(), 1e-12);
        Scenario applied = scenario.withRouting(scenario.routing().withShares(found.shares()));
        assertEquals(0.92, applied.planMeasurements().quality().value(), 1e-9);
        assertEquals(found.mix().usdPerQuery(), ScenarioEvaluator.evaluate(applied).apiUsdPerQuery(), 1e-15);
    }

    @Test
    void sharesThatDoNotTotal100PercentNormaliseInOneStep() {
        RoutingSection routing = TestScenarios.saasSupportRouting();
        RoutingSection off = routing.withShares(List.of(0.5, 0.3, 0.1));

        RoutingSection normalised = off.normalised();

        double[] expected = {5.0 / 9, 3.0 / 9, 1.0 / 9};
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], normalised.tiers().get(i).share(), 1e-15);
        }
        assertEquals(1, normalised.tiers().stream().mapToDouble(t -> t.share()).sum(), 1e-15);
        RoutingSection zero = off.withShares(List.of(0.0, 0.0, 0.0));
        assertEquals(zero, zero.normalised(), "nothing to scale");
        assertTrue(!zero.withEnabled(true).applies(), "a router with no traffic leaves the baseline");
    }

    @Test
    void invalidRoutingValuesAreNamedByPath() {
        Scenario scenario = TestScenarios.saasSupport();
        RoutingSection routing = TestScenarios.saasSupportRouting();
        Scenario bad = scenario.withRouting(routing.withTiers(List.of(routing.tiers().get(0).withShare(1.2).withName(" "),
                routing.tiers().get(1).withLatencyMs(-1))).withTargetQuality(ParetoLimit.of(92)));

        assertEquals(List.of(
                new Problem("routing.targetQuality.value", "must be between 0 and 1 (was 92)"),
                new Problem("routing.tiers[0].name", "must not be empty"),
                new Problem("routing.tiers[0].share", "must be between 0 and 1 (was 1.2)"),
                new Problem("routing.tiers[1].latencyMs", "must not be negative (was -1)")), ScenarioValidator.problems(bad));
    }

    @Test
    void anyValidRoutingGivesFiniteFiguresAndAValidPlanPoint() {
        RandomScenarios.forAll(1_000, RandomScenarios::variedScenario, scenario -> {
            assertEquals(List.of(), ScenarioValidator.problems(scenario));
            Evaluation evaluation = ScenarioEvaluator.evaluate(scenario);
            assertTrue(Double.isFinite(evaluation.apiUsdPerQuery()) && evaluation.apiUsdPerQuery() >= 0);
            assertTrue(Double.isFinite(evaluation.totalUsdPerMonth()) && evaluation.totalUsdPerMonth() >= 0);
            ParetoPlan plan = scenario.planMeasurements();
            assertTrue(plan.quality().value() >= 0 && plan.quality().value() <= 1 + 1e-12, "quality " + plan.quality());
            assertTrue(Double.isFinite(plan.latencyMs().value()) && plan.latencyMs().value() >= 0);
            scenario.routing().optimal(scenario.workload().inputTokensPerQuery(), scenario.workload().outputTokensPerQuery());
        });
    }
}
