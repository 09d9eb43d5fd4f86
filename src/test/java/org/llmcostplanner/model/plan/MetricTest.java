package org.llmcostplanner.model.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.llmcostplanner.model.RandomScenarios;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.model.TestScenarios;
import org.llmcostplanner.model.pareto.ParetoLimit;
import org.llmcostplanner.model.pareto.ParetoPlan;
import org.llmcostplanner.model.pareto.ParetoSection;

/**
 * The metrics goal seek and the tornado use are the figures the comparison shows ({@link PlanKpis}),
 * shares and quality in percent instead of 0..1; and each has a unique id for the command line.
 */
class MetricTest {
    /** Each metric's figure among PlanKpis, and the factor from that figure to the metric's unit. */
    private static final Map<Metric, Map.Entry<String, Double>> KPI = Map.ofEntries(
            Map.entry(Metric.MONTHLY_TCO, Map.entry("monthlyTco", 1.0)),
            Map.entry(Metric.COST_PER_QUERY, Map.entry("costPerQuery", 1.0)),
            Map.entry(Metric.API_COST, Map.entry("apiOptimised", 1.0)),
            Map.entry(Metric.BASELINE_API_COST, Map.entry("apiBaseline", 1.0)),
            Map.entry(Metric.API_SAVINGS, Map.entry("apiSavings", 1.0)),
            Map.entry(Metric.API_COST_PER_QUERY, Map.entry("apiCostPerQuery", 1.0)),
            Map.entry(Metric.API_SHARE, Map.entry("apiShareOfTotal", 100.0)),
            Map.entry(Metric.BLENDED_QUALITY, Map.entry("quality", 100.0)),
            Map.entry(Metric.LATENCY, Map.entry("latencyMs", 1.0)),
            Map.entry(Metric.BREAKEVEN_VOLUME, Map.entry("selfHostBreakeven", 1.0)),
            Map.entry(Metric.SELF_HOST_COST, Map.entry("selfHostMonthlyCost", 1.0)));

    @Test
    void metricsAreTheComparedFigures() {
        RandomScenarios.forAll(300, RandomScenarios::variedScenario, scenario -> {
            Map<String, OptionalDouble> kpis = PlanKpis.of(scenario).stream()
                    .collect(Collectors.toMap(PlanKpis.Value::id, PlanKpis.Value::value));
            for (Map.Entry<Metric, Map.Entry<String, Double>> pair : KPI.entrySet()) {
                OptionalDouble metric = pair.getKey().of(scenario);
                OptionalDouble kpi = kpis.get(pair.getValue().getKey());
                double factor = pair.getValue().getValue();
                if (metric.isEmpty()) {
                    // Undefined here; the comparison shows 0 for a share or a cost per query of nothing.
                    assertTrue(kpi.isEmpty() || kpi.getAsDouble() == 0, pair.getKey().id() + ": " + kpi);
                } else {
                    assertEquals(kpi.getAsDouble() * factor, metric.getAsDouble(),
                            1e-12 * Math.max(1, Math.abs(metric.getAsDouble())), pair.getKey().id());
                }
            }
        });
    }

    @Test
    void idsAreUniqueAndFoundAgain() {
        List<String> ids = java.util.Arrays.stream(Metric.values()).map(Metric::id).toList();
        assertEquals(ids.size(), ids.stream().distinct().count());
        for (Metric metric : Metric.values()) {
            assertEquals(metric, Metric.byId(metric.id()).orElseThrow());
        }
        assertTrue(Metric.byId("tco").isEmpty());
    }

    @Test
    void theChaptersPlanInEachUnit() {
        // 9,830 + 975 = $10,805 a month; $975 of API is 9.02% of it; quality and latency as measured, 93% and 600 ms.
        Scenario saas = TestScenarios.saasSupport().withPareto(ParetoSection.EMPTY
                .withPlan(new ParetoPlan(ParetoLimit.of(0.93), ParetoLimit.of(600))));
        assertEquals("$10,805.00", Metric.MONTHLY_TCO.format(Metric.MONTHLY_TCO.of(saas).getAsDouble()));
        assertEquals(100 * 975 / 10_805.0, Metric.API_SHARE.of(saas).getAsDouble(), 1e-12);
        assertEquals("9%", Metric.API_SHARE.format(Metric.API_SHARE.of(saas).getAsDouble()));
        assertEquals(93, Metric.BLENDED_QUALITY.of(saas).getAsDouble(), 1e-12);
        assertEquals("600 ms", Metric.LATENCY.format(Metric.LATENCY.of(saas).getAsDouble()));
        // Switched off on the Pareto tab, with routing off: no quality to aim at.
        Scenario unmeasured = saas.withPareto(ParetoSection.EMPTY.withPlan(new ParetoPlan(ParetoLimit.off(0.93),
                ParetoLimit.off(600))));
        assertTrue(Metric.BLENDED_QUALITY.of(unmeasured).isEmpty());
    }
}
