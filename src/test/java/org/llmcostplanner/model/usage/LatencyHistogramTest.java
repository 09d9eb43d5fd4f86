package org.llmcostplanner.model.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.OptionalDouble;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Percentiles from the buckets against the nearest-rank value of the sorted latencies. */
class LatencyHistogramTest {
    /** The ⌈q x n⌉-th smallest (the smallest for q = 0), counted by hand on a sorted copy. */
    static double nearestRank(double[] latencies, double fraction) {
        double[] sorted = latencies.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(Math.round(fraction * sorted.length * 1e6) / 1e6); // 0.95 x 20 is 19, not 19.000000000000004
        return sorted[Math.max(1, rank) - 1];
    }

    private static void assertWithinOnePercent(double expected, OptionalDouble actual) {
        assertTrue(actual.isPresent());
        assertEquals(expected, actual.getAsDouble(), expected * 0.01 + 1e-12, "expected about " + expected);
    }

    @Test
    void anEmptyHistogramHasNoPercentiles() {
        LatencyHistogram histogram = new LatencyHistogram();

        assertEquals(0, histogram.count());
        assertTrue(histogram.percentileMs(0.5).isEmpty());
    }

    @Test
    void oneLatencyIsEveryPercentileExactly() {
        LatencyHistogram histogram = new LatencyHistogram();
        histogram.record(437.2);

        assertEquals(437.2, histogram.percentileMs(0).getAsDouble());
        assertEquals(437.2, histogram.percentileMs(0.5).getAsDouble());
        assertEquals(437.2, histogram.percentileMs(1).getAsDouble());
    }

    @Test
    void sixLatenciesByHand() {
        // Sorted: 50 300 400 600 800 1200. p50: rank 3 -> 400; p95: rank 6 -> 1200 (the largest, kept exactly).
        LatencyHistogram histogram = new LatencyHistogram();
        for (double ms : new double[] {800, 300, 1200, 50, 400, 600}) {
            histogram.record(ms);
        }

        assertWithinOnePercent(400, histogram.percentileMs(0.5));
        assertEquals(1200, histogram.percentileMs(0.95).getAsDouble());
        assertEquals(50, histogram.percentileMs(0).getAsDouble());
        assertWithinOnePercent(300, histogram.percentileMs(2 / 6.0));
    }

    @Test
    void twentyLatenciesPutTheP95OnTheNineteenth() {
        // 1..20 ms: 0.95 x 20 = 19 exactly, so the p95 is 19 ms, not 20.
        LatencyHistogram histogram = new LatencyHistogram();
        for (int ms = 20; ms >= 1; ms--) {
            histogram.record(ms);
        }

        assertWithinOnePercent(19, histogram.percentileMs(0.95));
        assertWithinOnePercent(10, histogram.percentileMs(0.5));
    }

    @Test
    void randomLatenciesMatchTheSortedArrayToOnePercent() {
        Random random = new Random(7);
        for (int trial = 0; trial < 50; trial++) {
            int n = 1 + random.nextInt(5_000);
            double[] latencies = new double[n];
            LatencyHistogram histogram = new LatencyHistogram();
            for (int i = 0; i < n; i++) {
                latencies[i] = trial % 5 == 0 ? random.nextInt(3) * 0.004 // at and under the floor
                        : Math.exp(Math.log(800) + 1.5 * random.nextGaussian());
                histogram.record(latencies[i]);
            }
            for (double fraction : new double[] {0, 0.01, 0.25, 0.5, 0.9, 0.95, 0.99, 1}) {
                double expected = nearestRank(latencies, fraction);
                OptionalDouble actual = histogram.percentileMs(fraction);
                if (expected <= LatencyHistogram.FLOOR_MS) {
                    // Under the floor the value is only known to lie between the smallest and the floor.
                    assertTrue(actual.getAsDouble() <= LatencyHistogram.FLOOR_MS, trial + " " + fraction);
                } else {
                    assertWithinOnePercent(expected, actual);
                }
            }
        }
    }

    @Test
    void addingHistogramsIsRecordingBothSetsInOne() {
        Random random = new Random(11);
        LatencyHistogram slow = new LatencyHistogram();
        LatencyHistogram fast = new LatencyHistogram();
        LatencyHistogram both = new LatencyHistogram();
        double[] all = new double[3_000];
        for (int i = 0; i < all.length; i++) {
            all[i] = i % 2 == 0 ? 5_000 + random.nextDouble() * 50_000 : 20 + random.nextDouble() * 100;
            (i % 2 == 0 ? slow : fast).record(all[i]);
            both.record(all[i]);
        }
        LatencyHistogram merged = new LatencyHistogram();
        merged.addAll(fast);
        merged.addAll(new LatencyHistogram());
        merged.addAll(slow);

        assertEquals(3_000, merged.count());
        for (double fraction : new double[] {0, 0.3, 0.5, 0.51, 0.95, 1}) {
            assertEquals(both.percentileMs(fraction), merged.percentileMs(fraction));
            assertWithinOnePercent(nearestRank(all, fraction), merged.percentileMs(fraction));
        }
        assertEquals(1_500, fast.count(), "the added histogram is left as it was");
    }

    @Test
    void refusesNegativeAndNonFiniteLatenciesAndFractionsOutside0To1() {
        LatencyHistogram histogram = new LatencyHistogram();

        assertThrows(IllegalArgumentException.class, () -> histogram.record(-1));
        assertThrows(IllegalArgumentException.class, () -> histogram.record(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> histogram.record(Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> histogram.percentileMs(1.5));
        assertEquals(0, histogram.count());
    }

    @Test
    void theRankIsCountedInDecimal() {
        assertEquals(19, LatencyHistogram.rank(0.95, 20));
        assertEquals(3, LatencyHistogram.rank(0.5, 6));
        assertEquals(6, LatencyHistogram.rank(0.95, 6));
        assertEquals(0, LatencyHistogram.rank(0, 6));
    }
}
