package org.llmcostplanner.model.pareto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class PlanComparisonTest {
    private static final ParetoAnalysis TWO = ParetoAnalysis.of(ChapterConfigurations.TEN, ParetoObjectives.COST_QUALITY,
            ParetoConstraints.NONE, ParetoAnalysis.Rule.CHEAPEST);
    private static final ParetoAnalysis THREE = ParetoAnalysis.of(ChapterConfigurations.TEN,
            ParetoObjectives.COST_QUALITY_LATENCY, ParetoConstraints.NONE, ParetoAnalysis.Rule.CHEAPEST);

    private static String dominating(ParetoAnalysis analysis, double cost, double quality, double latencyMs) {
        return analysis.cheapestDominating(cost, quality, latencyMs).map(ParetoConfiguration::name).orElse("none");
    }

    @Test
    void theSaasPlanOnGpt4oIsDominatedByTheHybrid() {
        // GPT-4o at 500 input and 200 output tokens: (500 x 2.50 + 200 x 10.00) / 1M = $0.00325 per query.
        // At 93% the configurations no worse are the Hybrid (93%, $0.002) and nothing cheaper reaches 93%.
        String line = PlanComparison.describe(TWO, "gpt-4o", 0.00325, new ParetoPlan(ParetoLimit.of(0.93), ParetoLimit.of(600)));
        assertEquals("Current plan (gpt-4o): 93.0% quality at $0.003250 per query, dominated by Hybrid (BERT + GPT-4o)"
                + " (93.0% at $0.002000 per query, 38.5% cheaper)", line); // 1 - 0.002 / 0.00325 = 0.3846
    }

    @Test
    void dominanceNeedsNoWorseOnEveryObjectiveAndBetterOnOne() {
        // Exactly on a configuration: equal on both, so not dominated by it; nothing else is as good for less.
        assertEquals("none", dominating(TWO, 0.002, 0.93, Double.NaN));
        // Slightly dearer than the Hybrid at its quality: the Hybrid dominates.
        assertEquals("Hybrid (BERT + GPT-4o)", dominating(TWO, 0.0021, 0.93, Double.NaN));
        // Same cost as BERT-base, lower quality: BERT-base is better on quality only, which is enough.
        assertEquals("Fine-tuned BERT-base", dominating(TWO, 0.0005, 0.86, Double.NaN));
        // Of several dominating configurations the cheapest is named: at $0.05 and 80% every
        // configuration from DistilBERT up dominates; DistilBERT ($0.0003, 84%) is the cheapest.
        assertEquals("Fine-tuned DistilBERT", dominating(TWO, 0.05, 0.80, Double.NaN));
    }

    @Test
    void withThreeObjectivesAMeasuredLatencyCounts() {
        // 93% at $0.0021 and 50 ms: the Hybrid is cheaper but slower (120 ms); nothing else reaches 93% for less.
        assertEquals("none", dominating(THREE, 0.0021, 0.93, 50));
        assertEquals("Hybrid (BERT + GPT-4o)", dominating(THREE, 0.0021, 0.93, 120));
        // Latency not measured: compared on cost and quality alone.
        assertEquals("Hybrid (BERT + GPT-4o)", dominating(THREE, 0.0021, 0.93, Double.NaN));
    }

    @Test
    void aPlanNothingBeatsAnUnmeasuredPlanAndAFreeModel() {
        assertEquals("Current plan (gpt-4o): 97.0% quality at $0.001000 per query; no configuration is as good for less",
                PlanComparison.describe(TWO, "gpt-4o", 0.001, new ParetoPlan(ParetoLimit.of(0.97), ParetoLimit.off(0))));
        String unmeasured = PlanComparison.describe(TWO, "gpt-4o", 0.00325, ParetoPlan.UNMEASURED);
        assertTrue(unmeasured.startsWith("Current plan (gpt-4o): $0.003250 per query, quality not measured"), unmeasured);
        String free = PlanComparison.describe(TWO, "local-model", 0, new ParetoPlan(ParetoLimit.of(0.9), ParetoLimit.of(1)));
        assertTrue(free.contains("costs nothing per query"), free);
    }

    @Test
    void aConfigurationAtTheSameCostWithHigherQualityIsNamedWithoutASaving() {
        ParetoAnalysis one = ParetoAnalysis.of(List.of(new ParetoConfiguration("Better prompt", 0.95, 0.004, 400)),
                ParetoObjectives.COST_QUALITY, ParetoConstraints.NONE, ParetoAnalysis.Rule.CHEAPEST);
        assertEquals("Current plan (gpt-4o-mini): 91.0% quality at $0.004000 per query, dominated by Better prompt"
                        + " (95.0% at $0.004000 per query, the same cost)",
                PlanComparison.describe(one, "gpt-4o-mini", 0.004, new ParetoPlan(ParetoLimit.of(0.91), ParetoLimit.off(0))));
    }
}
