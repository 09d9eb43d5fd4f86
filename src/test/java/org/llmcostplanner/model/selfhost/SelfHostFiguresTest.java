package org.llmcostplanner.model.selfhost;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.model.ScenarioEvaluator;
import org.llmcostplanner.model.caching.CachingSection;
import org.llmcostplanner.model.caching.PromptCaching;
import org.llmcostplanner.model.caching.SemanticCache;
import org.llmcostplanner.model.caching.ThresholdCurve;
import org.llmcostplanner.model.pareto.ParetoLimit;

/**
 * A new plan's self-hosting figures by hand: 10,000 queries a day for 30 days (300,000 a month),
 * 500 input and 200 output tokens, GPT-4o at $0.00325 a query, engineering at $100 an hour; the
 * default section (one $1.20 GPU a replica, 10,000 in and 2,000 out tokens a second, 70% at a peak
 * 3x the average, 2 replicas at least, $300 fixed, 20 hours).
 */
class SelfHostFiguresTest {
    private static SelfHostFigures figures(Scenario scenario) {
        return scenario.selfHostFigures(ScenarioEvaluator.evaluate(scenario));
    }

    @Test
    void aNewPlanAgainstGpt4o() {
        SelfHostFigures figures = figures(Scenario.untitled());
        // A query takes 500 / 10,000 + 200 / 2,000 = 0.15 s of a replica: 6.667 queries a second.
        assertEquals(1 / 0.15, SelfHostSection.DEFAULT.throughput().queriesPerSecond(500, 200), 1e-12);
        // A month of them at 70% for a peak 3x the average: 6.667 x 0.7 x 2,592,000 / 3 = 4,032,000 queries.
        assertEquals(4_032_000, figures.costs().queriesPerReplicaMonth(), 1e-6);
        // One GPU for 720 hours at $1.20 = $864; $300 + 20 h x $100 = $2,300 fixed.
        assertEquals(864, figures.costs().replicaUsdPerMonth(), 1e-9);
        assertEquals(2_300, figures.costs().fixedUsdPerMonth(), 1e-9);
        // 300,000 queries: the 2 kept replicas, $1,728 + $2,300 = $4,028, against the API's $975.
        assertEquals(2, figures.replicas());
        assertEquals(4_028, figures.selfHostUsdPerMonth(300_000), 1e-9);
        assertEquals(975, figures.apiUsdPerMonth(300_000), 1e-9);
        assertEquals(975 - 4_028, figures.savingUsdPerMonth(), 1e-9);
        // Peak use 300,000 / (2 x 4,032,000) x 70% = 2.60%; average a third of it.
        assertEquals(300_000.0 / 8_064_000 * 0.7, figures.peakUtilisation(), 1e-15);
        assertEquals(300_000.0 / 8_064_000 * 0.7 / 3, figures.averageUtilisation(), 1e-15);
        // $4,028 over 300,000 x 700 tokens = 210M: $19.18 per 1M tokens.
        assertEquals(4_028 / 210.0, figures.usdPer1MTokens(), 1e-12);
        // Breakeven 4,028 / 0.00325 = 1,239,385 queries, inside the 2 kept replicas' 8,064,000; cheaper ever after
        // (a replica's 4,032,000 queries earn $13,104 against its $864).
        assertEquals(4_028 / 0.00325, figures.breakeven().breakeven().getAsDouble(), 1e-6);
        assertEquals(4_028 / 0.00325, figures.breakeven().cheaperAbove().getAsDouble(), 1e-6);
        // The plan's quality is not measured: no difference to show.
        assertEquals(OptionalDouble.empty(), figures.qualityDifference());
    }

    @Test
    void onThePlansBasisTheModelSitsBehindThePlansCaches() {
        // The chapter's curve at 0.92: half the queries answered from cache, 1% wrong; $0.0001 a lookup.
        Scenario scenario = Scenario.untitled();
        scenario = scenario.withCaching(new CachingSection(true, 0,
                new SemanticCache(true, ThresholdCurve.CHAPTER, 0.92, 0.0001, 0, 0), PromptCaching.OFF))
                .withPareto(scenario.pareto().withPlan(scenario.pareto().plan().withQuality(ParetoLimit.of(0.93))));
        SelfHostFigures plan = figures(scenario);
        // The API side: half of $0.00325 plus the lookup = $0.001725 a query.
        assertEquals(0.5 * 0.00325 + 0.0001, plan.apiUsdPerQuery(), 1e-15);
        // Self-hosting serves half the queries, so a replica covers twice as many: 8,064,000; every query pays the lookup.
        assertEquals(8_064_000, plan.costs().queriesPerReplicaMonth(), 1e-6);
        assertEquals(0.0001, plan.costs().usdPerQuery(), 1e-15);
        assertEquals(4_028 + 30, plan.selfHostUsdPerMonth(300_000), 1e-9);
        assertEquals(350, plan.tokensPerQuery(), 1e-12);
        // Quality: 88% x 99% against the plan's 93% x 99%: -4.95 points.
        assertEquals(0.88 * 0.99 - 0.93 * 0.99, plan.qualityDifference().getAsDouble(), 1e-12);

        // Against the reference model there are no levers on either side.
        SelfHostFigures reference = figures(scenario.withSelfHost(scenario.selfHost().withApiBasis(ApiBasis.REFERENCE)));
        assertEquals(0.00325, reference.apiUsdPerQuery(), 1e-15);
        assertEquals(4_032_000, reference.costs().queriesPerReplicaMonth(), 1e-6);
        assertEquals(0.88 - 0.93, reference.qualityDifference().getAsDouble(), 1e-12);
    }

    @Test
    void requestsPerSecondReplaceTheTokenRates() {
        // 5 requests a second: 5 x 0.7 x 2,592,000 / 3 = 3,024,000 queries a replica-month.
        Scenario scenario = Scenario.untitled();
        scenario = scenario.withSelfHost(scenario.selfHost().withThroughput(
                scenario.selfHost().throughput().withBasis(ThroughputBasis.REQUESTS)));
        assertEquals(3_024_000, figures(scenario).costs().queriesPerReplicaMonth(), 1e-6);
    }
}
