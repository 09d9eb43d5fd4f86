package org.llmcostplanner.model.pareto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class ParetoAnalysisTest {
    private static final List<ParetoConfiguration> CHAPTER = ParetoFrontierTest.CHAPTER;

    private static ParetoConstraints limits(Double minQuality, Double maxLatencyMs, Double maxCost) {
        return new ParetoConstraints(limit(minQuality), limit(maxLatencyMs), limit(maxCost));
    }

    /** Null: switched off (its value must then not matter). */
    private static ParetoLimit limit(Double value) {
        return value == null ? ParetoLimit.off(-1) : ParetoLimit.of(value);
    }

    private static String recommended(ParetoAnalysis analysis) {
        return analysis.configurations().get(analysis.recommended().orElseThrow()).name();
    }

    @Test
    void cheapestConfigurationReachingNinetyPercentIsTheHybrid() {
        ParetoAnalysis analysis = ParetoAnalysis.of(CHAPTER, ParetoObjectives.COST_QUALITY, limits(0.90, null, null),
                ParetoAnalysis.Rule.CHEAPEST);
        assertEquals("Hybrid (BERT + GPT-4o)", recommended(analysis));
        assertEquals("Recommended: Hybrid (BERT + GPT-4o), 93.0% quality at $0.002000 per query, 120 ms"
                + " (the cheapest within the constraints)", analysis.summary());
    }

    @Test
    void highestQualityWithinACostCapPrefersTheCheaperOfTwoEqualQualities() {
        // GPT-4o zero-shot and the hybrid both reach 93% under a cent; the hybrid costs a fifth.
        ParetoAnalysis analysis = ParetoAnalysis.of(CHAPTER, ParetoObjectives.COST_QUALITY, limits(null, null, 0.01),
                ParetoAnalysis.Rule.HIGHEST_QUALITY);
        assertEquals("Hybrid (BERT + GPT-4o)", recommended(analysis));
        ParetoAnalysis unconstrained = ParetoAnalysis.of(CHAPTER, ParetoObjectives.COST_QUALITY, ParetoConstraints.NONE,
                ParetoAnalysis.Rule.HIGHEST_QUALITY);
        assertEquals("Claude Opus (few-shot)", recommended(unconstrained));
        assertTrue(unconstrained.summary().endsWith("(the highest quality)"), unconstrained.summary());
    }

    @Test
    void whenNothingMeetsTheConstraintsTheSummaryNamesTheOneThatExcludesTheMost() {
        // Below 90%: TF-IDF, DistilBERT, BERT, mini zero-shot, bad prompt (5). Over 100 ms: the seven LLM setups.
        ParetoAnalysis analysis = ParetoAnalysis.of(CHAPTER, ParetoObjectives.COST_QUALITY, limits(0.90, 100.0, null),
                ParetoAnalysis.Rule.CHEAPEST);
        assertTrue(analysis.recommended().isEmpty());
        assertEquals("No configuration meets every constraint; the maximum latency of 100 ms excludes the most (7 of 10)",
                analysis.summary());
        assertEquals("No configurations yet: add some, or import a CSV", ParetoAnalysis.of(List.of(),
                ParetoObjectives.COST_QUALITY, ParetoConstraints.NONE, ParetoAnalysis.Rule.CHEAPEST).summary());
    }

    @Test
    void aLatencyLimitInTwoObjectiveModeCanRecommendAConfigurationOffTheFrontierAndSaysWhy() {
        List<ParetoConfiguration> withFast = new ArrayList<>(CHAPTER);
        withFast.add(new ParetoConfiguration("Fast mini (cached)", 0.90, 0.004, 50));
        ParetoAnalysis analysis = ParetoAnalysis.of(withFast, ParetoObjectives.COST_QUALITY, limits(null, 100.0, null),
                ParetoAnalysis.Rule.HIGHEST_QUALITY);
        assertEquals("Fast mini (cached)", recommended(analysis));
        assertFalse(analysis.isOnFrontier(analysis.recommended().getAsInt()));
        assertTrue(analysis.summary().contains("not on the frontier: every configuration that dominates it breaks the latency limit"),
                analysis.summary());
        ParetoAnalysis threeObjectives = ParetoAnalysis.of(withFast, ParetoObjectives.COST_QUALITY_LATENCY,
                limits(null, 100.0, null), ParetoAnalysis.Rule.HIGHEST_QUALITY);
        assertTrue(threeObjectives.isOnFrontier(threeObjectives.recommended().getAsInt()));
    }

    @Test
    void frontierAndRecommendationDoNotDependOnInputOrder() {
        ParetoAnalysis reference = ParetoAnalysis.of(CHAPTER, ParetoObjectives.COST_QUALITY_LATENCY,
                limits(0.85, 800.0, null), ParetoAnalysis.Rule.CHEAPEST);
        Random random = new Random(7);
        for (int trial = 0; trial < 50; trial++) {
            List<ParetoConfiguration> shuffled = new ArrayList<>(CHAPTER);
            shuffled.add(CHAPTER.get(8)); // a duplicate of the hybrid
            Collections.shuffle(shuffled, random);
            ParetoAnalysis analysis = ParetoAnalysis.of(shuffled, ParetoObjectives.COST_QUALITY_LATENCY,
                    limits(0.85, 800.0, null), ParetoAnalysis.Rule.CHEAPEST);
            List<ParetoConfiguration> expected = new ArrayList<>(reference.frontier());
            expected.add(expected.indexOf(CHAPTER.get(8)), CHAPTER.get(8));
            assertEquals(expected, analysis.frontier());
            assertEquals(reference.summary(), analysis.summary());
        }
    }
}
