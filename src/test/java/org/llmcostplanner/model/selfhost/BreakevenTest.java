package org.llmcostplanner.model.selfhost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.model.ScenarioEvaluator;
import org.llmcostplanner.model.Workload;
import org.llmcostplanner.model.price.ModelPrice;

/** Where self-hosting's steps meet the API's line, worked by hand. */
class BreakevenTest {
    @Test
    void theChaptersRuleOfThumbFixedCostOverApiCostPerQuery() {
        // $2,000 a month and no marginal cost against $0.004 a query: 2,000 / 0.004 = 500,000 queries a month.
        SelfHostCosts flat = new SelfHostCosts(Double.POSITIVE_INFINITY, 0, 1, 2_000, 0);
        Breakeven breakeven = Breakeven.of(flat, 0.004);
        assertEquals(OptionalDouble.of(500_000), breakeven.breakeven());
        assertEquals(OptionalDouble.of(500_000), breakeven.cheaperAbove());
        assertEquals(List.of(new Crossing(500_000, true)), breakeven.crossings());

        // The same through a scenario: GPUs free, $2,000 of monitoring, no engineering; the reference
        // model at 200 output tokens x $20 per 1M = $0.004 a query.
        Scenario scenario = Scenario.untitled().withWorkload(new Workload(10_000, 0, 200, 30))
                .withReferenceModel(new ModelPrice("api", 0, 20));
        scenario = scenario.withSelfHost(SelfHostSection.DEFAULT.withGpuUsdPerHour(0).withMonitoringUsdPerMonth(2_000)
                .withStorageUsdPerMonth(0).withNetworkingUsdPerMonth(0).withEngineeringHoursPerMonth(0)
                .withApiBasis(ApiBasis.REFERENCE));
        SelfHostFigures figures = scenario.selfHostFigures(ScenarioEvaluator.evaluate(scenario));
        assertEquals(0.004, figures.apiUsdPerQuery(), 1e-15);
        assertEquals(500_000, figures.breakeven().breakeven().getAsDouble(), 1e-6);
    }

    @Test
    void aNewReplicaCanMakeSelfHostingDearerAgainJustAboveTheFirstCrossing() {
        // A replica: $1,000 a month for 1M queries; $1,250 fixed; the API $0.0015 a query (cK = $1,500 > G).
        // 3 replicas (2M..3M]: $4,250, cheaper from 4,250 / 0.0015 = 2,833,333 until the 4th replica at 3M ($5,250
        // against $4,500); cheaper again from 3.5M; dearer at 4M (5th replica, $6,250 against $6,000); cheaper
        // from 4,166,667; at 5M the 6th replica ($7,250) stays under the API ($7,500) for good.
        SelfHostCosts steps = new SelfHostCosts(1_000_000, 1_000, 1, 1_250, 0);
        Breakeven breakeven = Breakeven.of(steps, 0.0015);
        assertEquals(List.of(new Crossing(4_250 / 0.0015, true), new Crossing(3_000_000, false),
                new Crossing(3_500_000, true), new Crossing(4_000_000, false), new Crossing(6_250 / 0.0015, true)),
                breakeven.crossings());
        assertEquals(5, breakeven.crossingCount());
        assertEquals(4_250 / 0.0015, breakeven.breakeven().getAsDouble(), 1e-6);
        assertEquals(6_250 / 0.0015, breakeven.cheaperAbove().getAsDouble(), 1e-6);
        assertEquals(Optional.empty(), breakeven.neverReason());
        // Just above 3M self-hosting is dearer, just below it cheaper.
        assertTrue(steps.monthlyUsd(3_000_001) > 0.0015 * 3_000_001);
        assertTrue(steps.monthlyUsd(2_999_999) < 0.0015 * 2_999_999);
    }

    @Test
    void whenAReplicaCostsMorePerQueryThanTheApiItNeverBreaksEven() {
        // $1,000 a month for 100,000 queries is $0.01 a query, more than the API's $0.004.
        Breakeven breakeven = Breakeven.of(new SelfHostCosts(100_000, 1_000, 1, 500, 0), 0.004);
        assertEquals(OptionalDouble.empty(), breakeven.breakeven());
        assertEquals(OptionalDouble.empty(), breakeven.cheaperAbove());
        assertEquals(List.of(), breakeven.crossings());
        assertEquals(Optional.of("a replica costs $1,000.00 a month and serves at most 100,000 queries: "
                + "$0.01000 a query, more than the API's $0.004000, before $500.00 a month of fixed costs"),
                breakeven.neverReason());
    }

    @Test
    void theMinimumReplicasSetTheFloorAndCannotBuyAWindowOfCheapness() {
        // Two replicas kept (2 x $1,000, nothing else fixed) against $0.0015 a query: cheaper from 2,000 / 0.0015
        // = 1,333,333 on, since a replica's 1M queries earn $1,500 against its $1,000.
        Breakeven kept = Breakeven.of(new SelfHostCosts(1_000_000, 1_000, 2, 0, 0), 0.0015);
        assertEquals(List.of(new Crossing(2_000 / 0.0015, true)), kept.crossings());
        assertEquals(2_000 / 0.0015, kept.cheaperAbove().getAsDouble(), 1e-6);
        // At $0.0009 a replica earns $900 against $1,000: the two kept replicas are never cheaper either
        // ($2,000 against at most $1,800 at 2M).
        Breakeven dearer = Breakeven.of(new SelfHostCosts(1_000_000, 1_000, 2, 0, 0), 0.0009);
        assertEquals(List.of(), dearer.crossings());
        assertEquals(Optional.of("a replica costs $1,000.00 a month and serves at most 1,000,000 queries: "
                + "$0.001000 a query, more than the API's $0.0009000"), dearer.neverReason());
    }
}
