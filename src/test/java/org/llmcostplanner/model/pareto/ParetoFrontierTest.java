package org.llmcostplanner.model.pareto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class ParetoFrontierTest {
    static final List<ParetoConfiguration> CHAPTER = ChapterConfigurations.TEN;

    private static List<String> frontierNames(List<ParetoConfiguration> configurations, ParetoObjectives objectives) {
        return ParetoAnalysis.of(configurations, objectives, ParetoConstraints.NONE, ParetoAnalysis.Rule.CHEAPEST)
                .frontier().stream().map(ParetoConfiguration::name).toList();
    }

    @Test
    void theChaptersTenConfigurationsHaveSixOnTheCostQualityFrontierInCostOrder() {
        assertEquals(List.of("TF-IDF + LogReg", "Fine-tuned DistilBERT", "Fine-tuned BERT-base", "Hybrid (BERT + GPT-4o)",
                "GPT-4o (few-shot)", "Claude Opus (few-shot)"), frontierNames(CHAPTER, ParetoObjectives.COST_QUALITY));
    }

    @Test
    void exercise1242sFrontierLeavesOutGpt4oMiniWhichTheHybridDominates() {
        // Erratum 8: costs 0.05, 0.01, 0.005, 0.0001, 0.008 and accuracies 0.95, 0.91, 0.89, 0.88, 0.93.
        List<ParetoConfiguration> exercise = List.of(
                new ParetoConfiguration("GPT-4o", 0.95, 0.05, 0),
                new ParetoConfiguration("GPT-4o-mini", 0.91, 0.01, 0),
                new ParetoConfiguration("Claude Haiku", 0.89, 0.005, 0),
                new ParetoConfiguration("Fine-tuned BERT", 0.88, 0.0001, 0),
                new ParetoConfiguration("Hybrid triage", 0.93, 0.008, 0));
        assertEquals(List.of("Fine-tuned BERT", "Claude Haiku", "Hybrid triage", "GPT-4o"),
                frontierNames(exercise, ParetoObjectives.COST_QUALITY));
    }

    @Test
    void latencyAsAThirdObjectiveKeepsAFastConfigurationThatTwoObjectivesDrop() {
        List<ParetoConfiguration> withFast = new ArrayList<>(CHAPTER);
        withFast.add(new ParetoConfiguration("Fast mini (cached)", 0.90, 0.004, 50));
        // Two objectives: the hybrid (93% at $0.002) dominates it. Three: it is faster than every
        // configuration of at least its quality, so nothing dominates it; the rest are as before.
        assertEquals(6, frontierNames(withFast, ParetoObjectives.COST_QUALITY).size());
        assertEquals(List.of("TF-IDF + LogReg", "Fine-tuned DistilBERT", "Fine-tuned BERT-base", "Hybrid (BERT + GPT-4o)",
                "Fast mini (cached)", "GPT-4o (few-shot)", "Claude Opus (few-shot)"),
                frontierNames(withFast, ParetoObjectives.COST_QUALITY_LATENCY));
    }

    @Test
    void duplicatesStayOnTheFrontierTogetherAndTiesDominateOnlyWhenStrictlyBetterSomewhere() {
        double[] cost = {1, 1, 1, 2, 0.5, 2};
        double[] quality = {0.9, 0.9, 0.8, 0.9, 0.5, 0.95};
        // 0 and 1 are duplicates: both stay. 2 costs the same for less. 3 has 0's quality at a higher cost.
        assertArrayEquals(new boolean[] {true, true, false, false, true, true}, ParetoFrontier.twoObjectives(cost, quality));
        double[] latency = {100, 100, 10, 50, 500, 100};
        // Three objectives: 2 is now the fastest at its cost, 3 is faster than 0 and 1; 5 is faster than nothing cheaper.
        assertArrayEquals(new boolean[] {true, true, true, true, true, true},
                ParetoFrontier.threeObjectives(cost, quality, latency));
        double[] sameLatency = {100, 100, 100, 100, 500, 100};
        assertArrayEquals(new boolean[] {true, true, false, false, true, true},
                ParetoFrontier.threeObjectives(cost, quality, sameLatency));
    }

    @Test
    void negativeZeroIsZero() {
        assertArrayEquals(new boolean[] {true, true}, ParetoFrontier.twoObjectives(new double[] {0.0, -0.0}, new double[] {1, 1}));
        assertArrayEquals(new boolean[] {true, true},
                ParetoFrontier.threeObjectives(new double[] {1, 1}, new double[] {-0.0, 0.0}, new double[] {0.0, -0.0}));
    }

    @Test
    void emptyAndMismatchedInput() {
        assertArrayEquals(new boolean[0], ParetoFrontier.twoObjectives(new double[0], new double[0]));
        assertArrayEquals(new boolean[0], ParetoFrontier.threeObjectives(new double[0], new double[0], new double[0]));
        assertThrows(IllegalArgumentException.class, () -> ParetoFrontier.twoObjectives(new double[2], new double[1]));
        assertThrows(IllegalArgumentException.class,
                () -> ParetoFrontier.threeObjectives(new double[2], new double[2], new double[1]));
    }

    /**
     * Property test (seeded loops; see the README on why not jqwik): on random sets drawn from a
     * few values, so ties and duplicates abound, both frontiers equal a brute-force O(n^2)
     * dominance check, and shuffling the input moves each flag with its point.
     */
    @Test
    void bothFrontiersEqualABruteForceCheckAndIgnoreInputOrder() {
        Random random = new Random(20261128);
        for (int trial = 0; trial < 3000; trial++) {
            int count = random.nextInt(40);
            int spread = 1 + random.nextInt(6);
            double[] cost = new double[count];
            double[] quality = new double[count];
            double[] latency = new double[count];
            for (int i = 0; i < count; i++) {
                cost[i] = random.nextInt(spread) * 0.001;
                quality[i] = random.nextInt(spread) / (double) spread;
                latency[i] = random.nextInt(spread) * 100;
            }
            boolean[] two = ParetoFrontier.twoObjectives(cost, quality);
            boolean[] three = ParetoFrontier.threeObjectives(cost, quality, latency);
            assertArrayEquals(bruteForce(cost, quality, null), two, "two objectives, trial " + trial);
            assertArrayEquals(bruteForce(cost, quality, latency), three, "three objectives, trial " + trial);

            List<Integer> permutation = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                permutation.add(i);
            }
            Collections.shuffle(permutation, random);
            double[] shuffledCost = new double[count];
            double[] shuffledQuality = new double[count];
            double[] shuffledLatency = new double[count];
            for (int i = 0; i < count; i++) {
                shuffledCost[i] = cost[permutation.get(i)];
                shuffledQuality[i] = quality[permutation.get(i)];
                shuffledLatency[i] = latency[permutation.get(i)];
            }
            boolean[] shuffledTwo = ParetoFrontier.twoObjectives(shuffledCost, shuffledQuality);
            boolean[] shuffledThree = ParetoFrontier.threeObjectives(shuffledCost, shuffledQuality, shuffledLatency);
            for (int i = 0; i < count; i++) {
                assertEquals(two[permutation.get(i)], shuffledTwo[i], "two objectives, shuffled, trial " + trial);
                assertEquals(three[permutation.get(i)], shuffledThree[i], "three objectives, shuffled, trial " + trial);
            }
        }
    }

    @Test
    void largeSweepsFilteredByASampleGiveTheSameFrontierAsTheFullSweep() {
        Random random = new Random(11);
        for (int trial = 0; trial < 4; trial++) {
            int count = 30_000 + random.nextInt(30_000);
            double[] cost = new double[count];
            double[] quality = new double[count];
            for (int i = 0; i < count; i++) {
                double decades = random.nextDouble() * 5;
                // Rounded, so ties and duplicates are common; trial 3 puts every point on one rising curve.
                cost[i] = Math.round(Math.pow(10, decades - 5) * 1e5) / 1e5;
                quality[i] = trial == 3 ? decades : Math.round((0.5 + decades / 10 + random.nextGaussian() * 0.05) * 200) / 200.0;
            }
            assertArrayEquals(ParetoFrontier.sweep(cost, quality), ParetoFrontier.twoObjectives(cost, quality), "trial " + trial);
        }
    }

    /** The definition, point by point: dominated when another is no worse everywhere and strictly better somewhere. */
    private static boolean[] bruteForce(double[] cost, double[] quality, double[] latency) {
        boolean[] onFrontier = new boolean[cost.length];
        for (int p = 0; p < cost.length; p++) {
            boolean dominated = false;
            for (int q = 0; q < cost.length && !dominated; q++) {
                boolean noWorse = cost[q] <= cost[p] && quality[q] >= quality[p] && (latency == null || latency[q] <= latency[p]);
                boolean better = cost[q] < cost[p] || quality[q] > quality[p] || (latency != null && latency[q] < latency[p]);
                dominated = noWorse && better;
            }
            onFrontier[p] = !dominated;
        }
        return onFrontier;
    }
}
