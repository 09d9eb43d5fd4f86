package org.llmcostplanner.model.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;
import org.llmcostplanner.io.ScenarioFiles;
import org.llmcostplanner.model.RandomScenarios;
import org.llmcostplanner.model.Scenario;

/**
 * saas-support.json (A) against legal-summarization.json (B), every figure worked out by hand.
 *
 * <p>A: 300,000 queries at $0.00325 (500 x 2.50 + 200 x 10.00 per 1M), no lever on: API $975;
 * infrastructure 200 + 50 + 100 + 30 = 380; engineering 80 h x $100 = 8,000; quality 500 + 200 = 700;
 * operational 150 + 100 + 300 + 200 = 750; TCO 10,805. Quality and latency: GPT-4o's measured 93%, 600 ms.
 * Self-hosting: a query takes 500 / 10,000 + 200 / 2,000 = 0.15 s, so a replica serves 1 / 0.15 x 0.7
 * x 30 x 86,400 / 3 = 4,032,000 queries a month at $1.20 x 720 h = $864; 2 replicas + $300 + 20 h x $100:
 * 1,728 + 2,300 = $4,028; breakeven where $0.00325 x Q = 4,028: Q = 1,239,384.6.
 *
 * <p>B: 900,000 documents; API $53,569.125 (see LegalSummarizationWaterfallTest); infrastructure 300 + 200
 * = 500; engineering 60 h x $150 = 9,000; quality 5,000; operational 200 + 500 = 700; TCO 68,769.125.
 * Quality: 0.35 x 0.95 + 0.65 x 0.91 = 0.924, less 0.5% wrong cached answers: 0.924 x 0.995 = 0.91938.
 * Latency: 0.35 x 45,000 + 0.65 x 20,000 + 50 = 28,800 ms, the 15% cache hits take none: 24,480 ms.
 * Self-hosting: a document takes 10,000 / 10,000 + 2,500 / 2,000 = 2.25 s, 85% reach the model, so a
 * replica serves 1 / 2.25 x 0.7 x 2,592,000 / (3 x 0.85) = 316,235.3; 900,000 need 3 replicas: 2,592 +
 * $300 + 20 h x $150 = $5,892; breakeven at (2 x 864 + 3,300) / $0.05952125 = 84,474.03.
 */
class ScenarioComparisonTest {
    private static final double RELATIVE = 1e-9;

    private static Scenario read(String name) throws Exception {
        return ScenarioFiles.read(Path.of("scenarios", name));
    }

    @Test
    void saasAgainstLegalGivesTheHandWorkedDeltas() throws Exception {
        ScenarioComparison comparison = ScenarioComparison.of(read("saas-support.json"), read("legal-summarization.json"));

        assertEquals("SaaS support classifier", comparison.nameA());
        assertEquals("Legal contract summarisation", comparison.nameB());
        assertRow(comparison, "queriesPerMonth", 300_000, 900_000, 600_000, 200.0);
        assertRow(comparison, "monthlyTco", 10_805, 68_769.125, 57_964.125, 57_964.125 / 10_805 * 100); // 536.46%
        assertRow(comparison, "monthly.api", 975, 53_569.125, 52_594.125, 52_594.125 / 975 * 100);
        assertRow(comparison, "monthly.infrastructure", 380, 500, 120, 120.0 / 380 * 100); // 31.58%
        assertRow(comparison, "monthly.engineering", 8_000, 9_000, 1_000, 12.5);
        assertRow(comparison, "monthly.quality", 700, 5_000, 4_300, 4_300.0 / 700 * 100); // 614.29%
        assertRow(comparison, "monthly.operational", 750, 700, -50, -50.0 / 750 * 100); // -6.67%
        assertRow(comparison, "costPerQuery", 10_805 / 300_000.0, 68_769.125 / 900_000,
                68_769.125 / 900_000 - 10_805 / 300_000.0, (68_769.125 / 900_000 / (10_805 / 300_000.0) - 1) * 100);
        assertRow(comparison, "apiCostPerQuery", 0.00325, 0.05952125, 0.05627125, 0.05627125 / 0.00325 * 100);
        assertRow(comparison, "apiShareOfTotal", 975 / 10_805.0, 53_569.125 / 68_769.125,
                53_569.125 / 68_769.125 - 975 / 10_805.0, (53_569.125 / 68_769.125 / (975 / 10_805.0) - 1) * 100);
        assertRow(comparison, "apiBaseline", 975, 157_500, 156_525, 156_525.0 / 975 * 100);
        assertRow(comparison, "apiOptimised", 975, 53_569.125, 52_594.125, 52_594.125 / 975 * 100);
        // Savings from nothing: A saves 0, so the change has no percentage.
        assertRow(comparison, "apiSavings", 0, 103_930.875, 103_930.875, null);
        assertRow(comparison, "waterfall.routing", 0, 94_477.50, 94_477.50, null);
        assertRow(comparison, "waterfall.compression", 0, 0, 0, null);
        assertRow(comparison, "waterfall.caching", 0, 9_453.375, 9_453.375, null);
        assertRow(comparison, "waterfall.batching", 0, 0, 0, null);
        assertRow(comparison, "quality", 0.93, 0.91938, -0.01062, -0.01062 / 0.93 * 100); // -1.14%
        assertRow(comparison, "latencyMs", 600, 24_480, 23_880, 3_980.0);
        assertRow(comparison, "selfHostMonthlyCost", 4_028, 5_892, 1_864, 1_864.0 / 4_028 * 100); // 46.28%
        double breakevenA = 4_028 / 0.00325;
        double breakevenB = 5_028 / 0.05952125;
        assertRow(comparison, "selfHostBreakeven", breakevenA, breakevenB, breakevenB - breakevenA,
                (breakevenB / breakevenA - 1) * 100); // -93.2%
        assertEquals(21, comparison.rows().size(), "the 21 rows above, none more");
    }

    @Test
    void theShownFiguresOfARowAgree() throws Exception {
        ScenarioComparison comparison = ScenarioComparison.of(read("saas-support.json"), read("legal-summarization.json"));

        // $68,769.125 shows as $68,769.12 (half to even), so the shown change is 68,769.12 - 10,805.00.
        KpiDelta tco = comparison.row("monthlyTco").orElseThrow();
        assertEquals(Optional.of(new BigDecimal("10805.00")), tco.shownA());
        assertEquals(Optional.of(new BigDecimal("68769.12")), tco.shownB());
        assertEquals(Optional.of(new BigDecimal("57964.12")), tco.shownDelta());
        // Quality in percent to a tenth: 93.0 and 91.938 -> 91.9, a change of -1.1 points.
        KpiDelta quality = comparison.row("quality").orElseThrow();
        assertEquals(Optional.of(new BigDecimal("-1.1")), quality.shownDelta());
        assertEquals(Optional.of(new BigDecimal("0.059521")), comparison.row("apiCostPerQuery").orElseThrow().shownB());
    }

    @Test
    void aChangeIsBetterOrWorseByTheFiguresDirectionAndItsShownSign() throws Exception {
        ScenarioComparison comparison = ScenarioComparison.of(read("saas-support.json"), read("legal-summarization.json"));

        assertEquals(KpiDelta.Verdict.WORSE, comparison.row("monthlyTco").orElseThrow().verdict()); // a cost up
        assertEquals(KpiDelta.Verdict.BETTER, comparison.row("monthly.operational").orElseThrow().verdict()); // a cost down
        assertEquals(KpiDelta.Verdict.BETTER, comparison.row("apiSavings").orElseThrow().verdict()); // a saving up
        assertEquals(KpiDelta.Verdict.WORSE, comparison.row("quality").orElseThrow().verdict()); // quality down
        assertEquals(KpiDelta.Verdict.WORSE, comparison.row("latencyMs").orElseThrow().verdict()); // slower
        assertEquals(KpiDelta.Verdict.NEITHER, comparison.row("queriesPerMonth").orElseThrow().verdict()); // no direction
        assertEquals(KpiDelta.Verdict.NEITHER, comparison.row("waterfall.compression").orElseThrow().verdict()); // 0 to 0
        // A change that shows as $0.00 is neither, whichever way the exact values differ.
        assertEquals(KpiDelta.Verdict.NEITHER, delta(100, 100.004).verdict());
        assertEquals(KpiDelta.Verdict.WORSE, delta(100, 100.006).verdict());
    }

    @Test
    void aPlanAgainstItselfChangesNothing() throws Exception {
        for (Scenario scenario : List.of(read("saas-support.json"), read("legal-summarization.json"))) {
            for (KpiDelta row : ScenarioComparison.of(scenario, scenario).rows()) {
                assertEquals(row.a(), row.b(), row.id());
                if (row.a().isPresent()) {
                    assertEquals(0.0, row.delta().orElseThrow(), row.id());
                    assertEquals(0, row.shownDelta().orElseThrow().signum(), row.id());
                    assertTrue(row.deltaPercent().isEmpty() || row.deltaPercent().getAsDouble() == 0, row.id());
                }
            }
        }
    }

    @Test
    void noFigureOrChangeIsEverNanOrInfinite() {
        RandomScenarios.forAll(200, RandomScenarios::variedScenario, a -> {
            Scenario b = RandomScenarios.variedScenario(new java.util.Random(a.hashCode()));
            for (KpiDelta row : ScenarioComparison.of(a, b).rows()) {
                for (OptionalDouble value : List.of(row.a(), row.b(), row.delta(), row.deltaPercent())) {
                    assertTrue(value.isEmpty() || Double.isFinite(value.getAsDouble()), row.toString());
                }
            }
        });
    }

    @Test
    void aChangeFromNothingOrFromAnUnknownHasNoPercentage() {
        assertEquals(OptionalDouble.empty(), delta(0, 5).deltaPercent());
        assertEquals(OptionalDouble.empty(), delta(-0.0, 5).deltaPercent());
        assertEquals(OptionalDouble.of(5), delta(0, 5).delta());
        KpiDelta unknown = new KpiDelta("quality", "Quality", KpiUnit.SHARE, KpiDirection.HIGHER_IS_BETTER,
                OptionalDouble.empty(), OptionalDouble.of(0.9));
        assertEquals(OptionalDouble.empty(), unknown.delta());
        assertEquals(OptionalDouble.empty(), unknown.deltaPercent());
        assertEquals(Optional.empty(), unknown.shownDelta());
        // From -$100 to -$50 is up 50, +50% of |A|; from a tiny A the ratio overflows: no percentage.
        assertEquals(OptionalDouble.of(50), delta(-100, -50).deltaPercent());
        assertEquals(OptionalDouble.empty(), delta(Double.MIN_VALUE, 1e300).deltaPercent());
    }

    private static KpiDelta delta(double a, double b) {
        return new KpiDelta("x", "X", KpiUnit.USD_PER_MONTH, KpiDirection.LOWER_IS_BETTER, OptionalDouble.of(a), OptionalDouble.of(b));
    }

    private static void assertRow(ScenarioComparison comparison, String id, double a, double b, double delta,
                                  Double deltaPercent) {
        KpiDelta row = comparison.row(id).orElseThrow(() -> new AssertionError("no row " + id));
        assertClose(a, row.a().orElseThrow(), id + " A");
        assertClose(b, row.b().orElseThrow(), id + " B");
        assertClose(delta, row.delta().orElseThrow(), id + " B - A");
        if (deltaPercent == null) {
            assertEquals(OptionalDouble.empty(), row.deltaPercent(), id + " change from 0");
        } else {
            assertClose(deltaPercent, row.deltaPercent().orElseThrow(), id + " change %");
        }
    }

    private static void assertClose(double expected, double actual, String what) {
        assertEquals(expected, actual, Math.max(Math.abs(expected), 1e-9) * RELATIVE, what);
    }
}
