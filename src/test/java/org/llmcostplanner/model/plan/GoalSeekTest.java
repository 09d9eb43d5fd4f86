package org.llmcostplanner.model.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.llmcostplanner.io.ScenarioFiles;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.model.ScenarioInputs;
import org.llmcostplanner.model.SelfHostInputs;
import org.llmcostplanner.model.plan.GoalSeekResult.Outcome;

/**
 * Goal seek on scenarios/saas-support.json, every expected figure worked out by hand.
 *
 * <p>Monthly TCO there: fixed costs 380 (infrastructure) + 8,000 (80 h x $100) + 700 (quality) +
 * 750 (operational) = $9,830, plus the API: 30 days x (500 x $2.50 + 200 x $10) / 1M = $0.0975 per
 * daily query; $10,805 at 10,000 queries a day.
 */
class GoalSeekTest {
    private static Scenario saas() throws Exception {
        return ScenarioFiles.read(Path.of("scenarios/saas-support.json"));
    }

    @Test
    void queriesPerDayAtWhichMonthlyTcoReachesTwentyThousand() throws Exception {
        GoalSeekResult result = GoalSeek.seek(saas(), ScenarioInputs.QUERIES_PER_DAY, Metric.MONTHLY_TCO, 20_000);

        assertEquals(Outcome.MET, result.outcome(), result.explanation());
        // 9,830 + 0.0975 q = 20,000  =>  q = 10,170 / 0.0975 = 104,307.6923...
        assertEquals(104_307.692_307_692, result.value().getAsDouble(), 1e-6);
        assertEquals(20_000, result.metricAtValue().getAsDouble(), 20_000 * GoalSeek.RELATIVE_TOLERANCE);
        assertEquals(10_000, result.startValue());
        assertEquals(10_805, result.startMetric().getAsDouble(), 1e-9);
        assertTrue(result.solverEvaluations() > 0 && result.solverEvaluations() < 20, "a line: " + result.solverEvaluations());
        assertEquals("Monthly TCO is $20,000.00 at 104,308 queries / day (now 10,000 queries / day, $10,805.00).",
                result.explanation());
        Scenario applied = result.applyTo(saas()).orElseThrow();
        assertEquals(104_307.692_307_692, applied.workload().queriesPerDay(), 1e-6);
    }

    @Test
    void aTargetBelowTheFixedCostsIsUnreachableAndTheRangeSaysWhy() throws Exception {
        GoalSeekResult result = GoalSeek.seek(saas(), ScenarioInputs.QUERIES_PER_DAY, Metric.MONTHLY_TCO, 5_000);

        assertEquals(Outcome.UNREACHABLE, result.outcome());
        assertTrue(result.value().isEmpty());
        MetricRange range = result.reachable().orElseThrow();
        // The least at 1 query a day: 9,830 + 0.0975; the most at 1e10 a day: 9,830 + 975,000,000.
        assertEquals(9_830.0975, range.min(), 1e-9);
        assertEquals(1, range.inputAtMin());
        assertEquals(975_009_830, range.max(), 1e-3);
        assertEquals(1e10, range.inputAtMax());
        assertEquals("Monthly TCO runs from $9,830.10 (at 1 queries / day) to $975,009,830.00 (at 10,000,000,000 queries"
                + " / day) as Queries per day runs over its valid range, 1 to 10,000,000,000 queries / day: $5,000.00 is"
                + " below that.",
                result.explanation());
    }

    @Test
    void qualityTargetFoundOnTheExactCacheHitRate() throws Exception {
        // Caching on: quality = 93% x (1 - (1 - e) x 1%), the semantic layer's false hits at its 0.92
        // threshold (1%) on the queries the exact layer misses. 92.5 / 93 = 0.994624, so
        // (1 - e) x 0.01 = 0.005376 and e = 1 - 0.537634 = 46.2366%.
        Scenario saas = saas();
        Scenario cached = saas.withCaching(saas.caching().withEnabled(true));
        GoalSeekResult result = GoalSeek.seek(cached, ScenarioInputs.CACHE_EXACT_RATE, Metric.BLENDED_QUALITY, 92.5);

        assertEquals(Outcome.MET, result.outcome(), result.explanation());
        assertEquals(100 * (1 - (1 - 92.5 / 93) / 0.01), result.value().getAsDouble(), 1e-7);
        assertEquals(46.2366, result.value().getAsDouble(), 1e-4);
    }

    @Test
    void gpuPriceAtWhichSelfHostingBreaksEvenAtThreeMillionQueries() throws Exception {
        // Plan basis, no caches: the API at $0.00325 a query. Two replicas at least, each one GPU
        // serving 4,032,000 queries a month (1 / (500/10,000 + 200/2,000) = 6.667 a second, x 70%
        // x 30 days x 86,400 s / 3 peak-to-average), so at 3M a month two replicas serve it:
        // (2 x 720 h x p + 300 + 20 h x $100) / 0.00325 = 3,000,000  =>  1,440 p = 7,450, p = $5.17361 an hour.
        GoalSeekResult result = GoalSeek.seek(saas(), SelfHostInputs.GPU_PRICE, Metric.BREAKEVEN_VOLUME, 3_000_000);

        assertEquals(Outcome.MET, result.outcome(), result.explanation());
        assertEquals(7_450 / 1_440.0, result.value().getAsDouble(), 1e-9);
        // Now: (2 x 864 + 2,300) / 0.00325 = 1,239,384.6 queries a month.
        assertEquals(4_028 / 0.00325, result.startMetric().getAsDouble(), 1e-6);
    }

    @Test
    void aStepFunctionReportsTheClosestSideOfTheJump() throws Exception {
        // Self-hosting costs 864 r + 2,300 a month for r replicas (at least 2, each serving
        // 4,032,000 queries a month = 134,400 a day): $4,028 now, $4,892 with 3 replicas (up to
        // 403,200 a day), $5,756 with 4. $5,000 is never met: the closest is $4,892 at 403,200 a day.
        GoalSeekResult result = GoalSeek.seek(saas(), ScenarioInputs.QUERIES_PER_DAY, Metric.SELF_HOST_COST, 5_000);

        assertEquals(Outcome.CLOSEST, result.outcome(), result.explanation());
        assertEquals(4_892, result.metricAtValue().getAsDouble(), 1e-9);
        assertEquals(403_200, result.value().getAsDouble(), 1e-6);
        assertTrue(result.explanation().startsWith("Monthly self-host cost jumps from $4,892.00 to $5,756.00 at 403,200"
                + " queries / day (a step"), result.explanation());
    }

    @Test
    void aWholeNumberInputLandsOnWholeValues() throws Exception {
        // Minimum replicas r >= 2 sets the cost at 10,000 a day (one replica would do): 864 r + 2,300.
        // $6,000 lies between r = 4 ($5,756) and r = 5 ($6,620): 4 is closer. $6,620 is met at 5.
        GoalSeekResult between = GoalSeek.seek(saas(), SelfHostInputs.MIN_REPLICAS, Metric.SELF_HOST_COST, 6_000);
        assertEquals(Outcome.CLOSEST, between.outcome(), between.explanation());
        assertEquals(4, between.value().getAsDouble());
        assertEquals(5_756, between.metricAtValue().getAsDouble(), 1e-9);
        assertTrue(between.explanation().contains("between 4 replicas and 5 replicas (Minimum replicas takes whole values)"),
                between.explanation());

        GoalSeekResult met = GoalSeek.seek(saas(), SelfHostInputs.MIN_REPLICAS, Metric.SELF_HOST_COST, 6_620);
        assertEquals(Outcome.MET, met.outcome(), met.explanation());
        assertEquals(5, met.value().getAsDouble());
    }

    @Test
    void theRootNearestTheCurrentValueIsChosen() throws Exception {
        // Cost per query = 9,830 / (30 q) + 0.00325 is monotone; API share 975 / 10,805 = 9.02% now.
        // A share of 50%: 0.0975 q = 9,830  =>  q = 100,820.5 a day, the only root.
        GoalSeekResult result = GoalSeek.seek(saas(), ScenarioInputs.QUERIES_PER_DAY, Metric.API_SHARE, 50);
        assertEquals(Outcome.MET, result.outcome(), result.explanation());
        assertEquals(9_830 / 0.0975, result.value().getAsDouble(), 1e-6);
    }

    @Test
    void anInputWithoutEffectSaysSo() throws Exception {
        GoalSeekResult result = GoalSeek.seek(saas(), ScenarioInputs.ROUTER_COST, Metric.MONTHLY_TCO, 12_000);
        assertEquals(Outcome.UNREACHABLE, result.outcome());
        assertTrue(result.reachable().orElseThrow().constant());
        assertEquals("Monthly TCO stays at $10,805.00 whatever Router cost is (0 to 1,000 USD / query): routing is off.",
                result.explanation());
    }

    @Test
    void anUndefinedMetricIsExplained() throws Exception {
        // A GPU at $1,000 an hour: a replica costs $720,000 a month, far more than its 4M queries earn.
        Scenario dear = SelfHostInputs.GPU_PRICE.set(saas(), 1_000);
        GoalSeekResult result = GoalSeek.seek(dear, ScenarioInputs.HOURLY_RATE, Metric.BREAKEVEN_VOLUME, 1e6);
        assertEquals(Outcome.UNDEFINED, result.outcome());
        assertTrue(result.explanation().startsWith("Self-host breakeven volume is undefined for every valid Engineering"
                + " hourly rate: self-hosting is never as cheap as the API"), result.explanation());
        assertFalse(result.reachable().isPresent());
    }

    @Test
    void aTinyCurrentValueKeepsTheGridSmall() {
        // 1e-310 tokens: 1e7 / 1e-310 overflows a double; the log part starts 15 decades below 1e7 instead.
        for (double tiny : new double[] {Double.MIN_VALUE, 1e-310, 1e-300}) {
            double[] grid = InputGrid.of(ScenarioInputs.INPUT_TOKENS, tiny);
            assertTrue(grid.length < 1_000, tiny + ": " + grid.length + " values");
            assertEquals(0, grid[0]);
            assertEquals(1e7, grid[grid.length - 1]);
        }
    }

    @Test
    void aTargetThatIsNotANumberIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> GoalSeek.seek(saas(), ScenarioInputs.QUERIES_PER_DAY, Metric.MONTHLY_TCO, Double.NaN));
    }
}
