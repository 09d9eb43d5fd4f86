package org.llmcostplanner.model.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.llmcostplanner.model.routing.RoutingMixTest.perCall;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.llmcostplanner.model.RandomScenarios;

/** The linear program against exercise 12.4.4's corrected answer, hand-worked limits and brute force. */
class RoutingOptimiserTest {
    private static final List<RoutingTier> EXERCISE = List.of(
            perCall("BERT", 0.0001, 0.7, 0.85, 10),
            perCall("GPT-4o-mini", 0.001, 0.2, 0.88, 400),
            perCall("GPT-4o", 0.01, 0.1, 0.95, 600));

    private static OptimalMix cheapest(List<RoutingTier> tiers, double target, OptionalDouble maxLatencyMs) {
        return RoutingOptimiser.cheapest(tiers, RouterOverhead.NONE, 0, 0, target, maxLatencyMs);
    }

    @Test
    void exercise1244At92PercentMixesGpt4oMiniAndGpt4o() {
        // Erratum 5: 3/7 GPT-4o-mini + 4/7 GPT-4o = 0.428571... x 0.001 + 0.571428... x 0.01 = $0.006142857.
        OptimalMix.Found found = assertInstanceOf(OptimalMix.Found.class, cheapest(EXERCISE, 0.92, OptionalDouble.empty()));

        assertEquals(0, found.shares().get(0), 1e-9);
        assertEquals(3.0 / 7, found.shares().get(1), 1e-9);
        assertEquals(4.0 / 7, found.shares().get(2), 1e-9);
        assertEquals(0.006143, Math.round(found.mix().usdPerQuery() * 1e6) / 1e6, 1e-12);
        assertEquals(0.92, found.mix().quality(), 1e-9);
    }

    @Test
    void exercise1244At96PercentIsInfeasibleAndNamesTheHighestReachable() {
        OptimalMix.Infeasible infeasible = assertInstanceOf(OptimalMix.Infeasible.class,
                cheapest(EXERCISE, 0.96, OptionalDouble.empty()));

        assertEquals(0.95, infeasible.highestQuality().getAsDouble(), 1e-9);
        assertEquals("The highest quality any mix reaches within the limits is 95.0%, below the target of 96.0%.",
                infeasible.reason());
    }

    @Test
    void aTargetAtOrBelowTheCheapestTierSendsEverythingThere() {
        OptimalMix.Found found = assertInstanceOf(OptimalMix.Found.class, cheapest(EXERCISE, 0.80, OptionalDouble.empty()));

        assertEquals(1, found.shares().get(0), 1e-9);
        assertEquals(0.0001, found.mix().usdPerQuery(), 1e-12);
    }

    @Test
    void aLatencyCapMovesTheMixToTheFasterTiers() {
        // GPT-4o-mini at 400 ms and GPT-4o at 600 ms: the 92% mix averages 514 ms. A 450 ms cap makes
        // BERT (10 ms) part of the answer: shares b, m, g with b + m + g = 1, 0.85b + 0.88m + 0.95g = 0.92,
        // 10b + 400m + 600g = 450. By hand: m = (0.07 - 0.1g) / 0.03 and 390m + 590g = 440 give
        // 910 - 1300g + 590g = 440, so g = 470 / 710 = 0.6620, m = 0.1268, b = 0.2113 (cost $0.006768).
        OptimalMix.Found found = assertInstanceOf(OptimalMix.Found.class, cheapest(EXERCISE, 0.92, OptionalDouble.of(450)));

        double b = found.shares().get(0);
        double m = found.shares().get(1);
        double g = found.shares().get(2);
        assertEquals(1, b + m + g, 1e-9);
        assertEquals(0.92, 0.85 * b + 0.88 * m + 0.95 * g, 1e-9);
        assertEquals(450, found.mix().meanLatencyMs(), 1e-6);
        // From the first two equations: m = (0.07 - 0.10g) / 0.03 and b = 1 - m - g; the cap fixes g.
        double gByHand = (450 - 10 - 390 * 0.07 / 0.03) / (600 - 10 - 390 * 0.10 / 0.03);
        assertEquals(gByHand, g, 1e-9);
        assertEquals(0.6620, g, 1e-4);
        assertEquals(0.2113, b, 1e-4);
        assertEquals(0.006768, found.mix().usdPerQuery(), 1e-6);
    }

    @Test
    void shareBoundsAreKept() {
        List<RoutingTier> tiers = List.of(EXERCISE.get(0).withMinShare(0.2), EXERCISE.get(1).withMaxShare(0.3), EXERCISE.get(2));

        OptimalMix.Found found = assertInstanceOf(OptimalMix.Found.class, cheapest(tiers, 0.90, OptionalDouble.empty()));

        // Quality = 0.85 + 0.03m + 0.10g >= 0.90 (with b = 1 - m - g). GPT-4o costs most, so the optimum
        // takes as much GPT-4o-mini as allowed (m = 0.3) and then g = (0.05 - 0.009) / 0.1 = 0.41;
        // BERT gets the rest, 0.29, above its minimum of 0.2. Cost 0.000029 + 0.0003 + 0.0041 = $0.004429.
        assertEquals(0.29, found.shares().get(0), 1e-9);
        assertEquals(0.3, found.shares().get(1), 1e-9);
        assertEquals(0.41, found.shares().get(2), 1e-9);
        assertEquals(0.004429, found.mix().usdPerQuery(), 1e-12);
    }

    @Test
    void limitsThatLeaveNoMixAreNamed() {
        OptimalMix minimums = cheapest(List.of(EXERCISE.get(0).withMinShare(0.7), EXERCISE.get(1).withMinShare(0.5)),
                0.8, OptionalDouble.empty());
        OptimalMix maximums = cheapest(List.of(EXERCISE.get(0).withMaxShare(0.3), EXERCISE.get(1).withMaxShare(0.5)),
                0.8, OptionalDouble.empty());
        OptimalMix latency = RoutingOptimiser.cheapest(EXERCISE.subList(1, 3), new RouterOverhead(0, 5), 0, 0, 0.8,
                OptionalDouble.of(300));

        assertEquals("The tiers' minimum shares add up to 120.0%, more than 100%.",
                assertInstanceOf(OptimalMix.Infeasible.class, minimums).reason());
        assertEquals("The tiers' maximum shares add up to 80.0%, less than 100%.",
                assertInstanceOf(OptimalMix.Infeasible.class, maximums).reason());
        OptimalMix.Infeasible slow = assertInstanceOf(OptimalMix.Infeasible.class, latency);
        assertEquals("The fastest mix within the share limits takes 405 ms on average (router included), "
                + "above the latency cap of 300 ms.", slow.reason());
        assertTrue(slow.highestQuality().isEmpty());
    }

    @Test
    void routingFrontierRisesFromTheCheapestTierToTheBest() {
        List<OptimalMix.Found> curve = RoutingOptimiser.frontier(EXERCISE, RouterOverhead.NONE, 0, 0, OptionalDouble.empty(), 21);

        assertEquals(0.85, curve.get(0).targetQuality(), 1e-9);
        assertEquals(0.0001, curve.get(0).mix().usdPerQuery(), 1e-12);
        assertEquals(0.95, curve.get(curve.size() - 1).targetQuality(), 1e-9);
        assertEquals(0.01, curve.get(curve.size() - 1).mix().usdPerQuery(), 1e-12);
        assertTrue(curve.stream().anyMatch(point -> Math.abs(point.targetQuality() - 0.88) < 1e-12), "bends at GPT-4o-mini");
        for (int i = 1; i < curve.size(); i++) {
            assertTrue(curve.get(i).mix().usdPerQuery() >= curve.get(i - 1).mix().usdPerQuery() - 1e-12, "rises");
        }
    }

    /** A random problem: tiers with costs over four orders of magnitude, qualities 0.5..1, and a target. */
    private record Case(List<RoutingTier> tiers, double target) {
    }

    private static Case randomCase(Random random) {
        int n = 1 + random.nextInt(6);
        List<RoutingTier> tiers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double cost = Math.pow(10, -5 + 4 * random.nextDouble());
            double quality = random.nextInt(4) == 0 ? 0.5 + 0.05 * random.nextInt(11) : 0.5 + 0.5 * random.nextDouble();
            tiers.add(perCall("t" + i, cost, 0, quality, 100));
        }
        double target = random.nextInt(5) == 0 ? tiers.get(random.nextInt(n)).quality() : 0.5 + 0.5 * random.nextDouble();
        return new Case(tiers, target);
    }

    /**
     * With one constraint besides the total, an optimal vertex uses at most two tiers: the best of
     * every single tier that reaches the target and every pair that brackets it is the optimum.
     */
    private static OptionalDouble bruteForce(List<RoutingTier> tiers, double target) {
        double best = Double.POSITIVE_INFINITY;
        for (RoutingTier one : tiers) {
            if (one.quality() >= target) {
                best = Math.min(best, one.usdPerQueryFlat());
            }
            for (RoutingTier other : tiers) {
                if (one.quality() < target && other.quality() > target) {
                    double share = (target - one.quality()) / (other.quality() - one.quality());
                    best = Math.min(best, (1 - share) * one.usdPerQueryFlat() + share * other.usdPerQueryFlat());
                }
            }
        }
        return best < Double.POSITIVE_INFINITY ? OptionalDouble.of(best) : OptionalDouble.empty();
    }

    @Test
    void randomSingleConstraintProblemsMatchTheBestOneAndTwoTierMix() {
        RandomScenarios.forAll(2_000, RoutingOptimiserTest::randomCase, c -> {
            OptionalDouble expected = bruteForce(c.tiers(), c.target());
            OptimalMix answer = cheapest(c.tiers(), c.target(), OptionalDouble.empty());
            if (expected.isEmpty()) {
                OptimalMix.Infeasible infeasible = assertInstanceOf(OptimalMix.Infeasible.class, answer);
                double best = c.tiers().stream().mapToDouble(RoutingTier::quality).max().orElseThrow();
                assertEquals(best, infeasible.highestQuality().getAsDouble(), 1e-9);
            } else {
                OptimalMix.Found found = assertInstanceOf(OptimalMix.Found.class, answer);
                assertEquals(expected.getAsDouble(), found.mix().usdPerQuery(), 1e-9 * expected.getAsDouble() + 1e-15);
                assertTrue(found.mix().quality() >= c.target() - 1e-9, "reaches the target");
            }
        });
    }
}
