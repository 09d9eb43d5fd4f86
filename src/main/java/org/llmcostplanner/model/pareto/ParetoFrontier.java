package org.llmcostplanner.model.pareto;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * Exact Pareto dominance over minimise cost, maximise quality and (optionally) minimise latency.
 * A point is dominated when another is no worse on every objective and strictly better on at
 * least one; exact duplicates therefore never dominate each other and stay on the frontier
 * together. Which points are on the frontier is a property of the set, never of the input order.
 * <p>
 * Two objectives: one sort by cost, then a sweep over groups of equal cost, O(n log n); above
 * 20,000 points, the frontier of an evenly spaced sample first discards the points it dominates,
 * so a sweep of a million random configurations sorts only a few thousand. Three
 * objectives: the same sweep, where a point is dominated by a strictly cheaper one if the
 * staircase of (quality, latency) seen so far covers it (a sorted map, O(log n) per point), and
 * by one of equal cost if the two-objective frontier of its group over (latency, quality) says
 * so; O(n log n) in all. Values are compared as doubles, exactly; callers pass finite values
 * ({@code -0.0} counts as {@code 0.0}).
 */
public final class ParetoFrontier {
    /** Below this many points the sweep alone is fast enough. */
    private static final int PREFILTER_ABOVE = 20_000;
    private static final int SAMPLE_SIZE = 4_096;

    private ParetoFrontier() {
    }

    /**
     * Which points are on the frontier of two objectives: minimise {@code cost}, maximise {@code quality}.
     *
     * @return one flag per point, in input order
     */
    public static boolean[] twoObjectives(double[] cost, double[] quality) {
        requireSameLength(cost, quality, null);
        if (cost.length <= PREFILTER_ABOVE) {
            return sweep(cost, quality);
        }
        // A sample's frontier dominates most points of a large sweep; sort only the rest. Exact:
        // dominance is transitive, so whatever a discarded point dominates, a sample point
        // dominates too, and was discarded with it.
        int[] candidates = notDominatedBySample(cost, quality);
        double[] candidateCost = new double[candidates.length];
        double[] candidateQuality = new double[candidates.length];
        for (int k = 0; k < candidates.length; k++) {
            candidateCost[k] = cost[candidates[k]];
            candidateQuality[k] = quality[candidates[k]];
        }
        boolean[] candidateOnFrontier = sweep(candidateCost, candidateQuality);
        boolean[] onFrontier = new boolean[cost.length];
        for (int k = 0; k < candidates.length; k++) {
            onFrontier[candidates[k]] = candidateOnFrontier[k];
        }
        return onFrontier;
    }

    /** One sort by cost, then a sweep over groups of equal cost: O(n log n). */
    static boolean[] sweep(double[] cost, double[] quality) {
        boolean[] onFrontier = new boolean[cost.length];
        int[] order = ascending(cost, allIndices(cost.length));
        double bestCheaperQuality = Double.NEGATIVE_INFINITY;
        for (int start = 0; start < order.length; ) {
            int end = groupEnd(order, start, cost);
            double groupBest = Double.NEGATIVE_INFINITY;
            for (int k = start; k < end; k++) {
                groupBest = Math.max(groupBest, quality[order[k]]);
            }
            // Best in its group and better than everything strictly cheaper: nothing dominates it.
            if (groupBest > bestCheaperQuality) {
                for (int k = start; k < end; k++) {
                    onFrontier[order[k]] = quality[order[k]] == groupBest;
                }
            }
            bestCheaperQuality = Math.max(bestCheaperQuality, groupBest);
            start = end;
        }
        return onFrontier;
    }

    /**
     * The points that no frontier point of an evenly spaced sample dominates, ascending. The
     * sample's frontier, in cost order, rises in quality; the one with the highest cost not above
     * a point's cost has the best quality among those that could dominate it.
     */
    private static int[] notDominatedBySample(double[] cost, double[] quality) {
        double[] sampleCost = new double[SAMPLE_SIZE];
        double[] sampleQuality = new double[SAMPLE_SIZE];
        for (int k = 0; k < SAMPLE_SIZE; k++) {
            int point = (int) ((long) k * cost.length / SAMPLE_SIZE);
            sampleCost[k] = zeroed(cost[point]);
            sampleQuality[k] = zeroed(quality[point]);
        }
        boolean[] sampleOnFrontier = sweep(sampleCost, sampleQuality);
        int[] stairs = ascending(sampleCost, flagged(sampleOnFrontier));
        double[] stairCost = new double[stairs.length];
        double[] stairQuality = new double[stairs.length];
        for (int k = 0; k < stairs.length; k++) {
            stairCost[k] = sampleCost[stairs[k]];
            stairQuality[k] = sampleQuality[stairs[k]];
        }
        int[] candidates = new int[cost.length];
        int count = 0;
        for (int point = 0; point < cost.length; point++) {
            double pointCost = zeroed(cost[point]);
            int step = lastAtMost(stairCost, pointCost);
            boolean dominated = step >= 0 && (stairQuality[step] > quality[point]
                    || (stairQuality[step] == quality[point] && stairCost[step] < pointCost));
            if (!dominated) {
                candidates[count++] = point;
            }
        }
        return Arrays.copyOf(candidates, count);
    }

    /** The index of the last value at most {@code value} in ascending {@code sorted}, or -1. */
    private static int lastAtMost(double[] sorted, double value) {
        int low = 0;
        int high = sorted.length - 1;
        int found = -1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (sorted[middle] <= value) {
                found = middle;
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return found;
    }

    /**
     * Which points are on the frontier of three objectives: minimise {@code cost}, maximise
     * {@code quality}, minimise {@code latency}.
     *
     * @return one flag per point, in input order
     */
    public static boolean[] threeObjectives(double[] cost, double[] quality, double[] latency) {
        requireSameLength(cost, quality, latency);
        boolean[] onFrontier = new boolean[cost.length];
        int[] order = ascending(cost, allIndices(cost.length));
        Staircase cheaper = new Staircase();
        for (int start = 0; start < order.length; ) {
            int end = groupEnd(order, start, cost);
            int[] group = Arrays.copyOfRange(order, start, end);
            boolean[] bestInGroup = group.length == 1 ? new boolean[] {true} : twoObjectivesOf(group, latency, quality);
            for (int k = 0; k < group.length; k++) {
                int point = group[k];
                onFrontier[point] = bestInGroup[k] && !cheaper.covers(quality[point], latency[point]);
            }
            // Points dominated within the group are covered by their dominators: leave them out.
            for (int k = 0; k < group.length; k++) {
                if (bestInGroup[k]) {
                    cheaper.add(quality[group[k]], latency[group[k]]);
                }
            }
            start = end;
        }
        return onFrontier;
    }

    /** The two-objective frontier (minimise {@code minimised}, maximise {@code maximised}) of a subset, one flag per subset entry. */
    private static boolean[] twoObjectivesOf(int[] subset, double[] minimised, double[] maximised) {
        double[] cost = new double[subset.length];
        double[] quality = new double[subset.length];
        for (int k = 0; k < subset.length; k++) {
            cost[k] = minimised[subset[k]];
            quality[k] = maximised[subset[k]];
        }
        return sweep(cost, quality);
    }

    /**
     * The (quality, latency) points seen so far, reduced to those no other one covers: as quality
     * rises, latency rises strictly. A point (q, l) is covered when some entry has quality at
     * least q and latency at most l; the cheapest such latency sits at the lowest quality >= q.
     */
    private static final class Staircase {
        private final TreeMap<Double, Double> latencyByQuality = new TreeMap<>();

        boolean covers(double quality, double latency) {
            Map.Entry<Double, Double> lowestAbove = latencyByQuality.ceilingEntry(zeroed(quality));
            return lowestAbove != null && lowestAbove.getValue() <= latency;
        }

        void add(double quality, double latency) {
            if (covers(quality, latency)) {
                return;
            }
            Double key = zeroed(quality);
            var atOrBelow = latencyByQuality.headMap(key, true).descendingMap().entrySet().iterator();
            while (atOrBelow.hasNext() && atOrBelow.next().getValue() >= latency) {
                atOrBelow.remove(); // lower or equal quality and no better latency: the new point covers it
            }
            latencyByQuality.put(key, latency);
        }
    }

    /** The end (exclusive) of the run of equal {@code key} values starting at {@code start} in {@code order}. */
    private static int groupEnd(int[] order, int start, double[] key) {
        int end = start + 1;
        while (end < order.length && key[order[end]] == key[order[start]]) {
            end++;
        }
        return end;
    }

    /**
     * The indices sorted by {@code key} ascending. Each key is replaced by its rank among the
     * distinct values and packed with its index into one long, so the sort is a primitive one
     * (a million points sort in tens of milliseconds, where boxed indices take hundreds).
     */
    static int[] ascending(double[] key, int[] indices) {
        double[] distinct = new double[indices.length];
        for (int k = 0; k < indices.length; k++) {
            distinct[k] = zeroed(key[indices[k]]);
        }
        Arrays.parallelSort(distinct);
        int count = 0;
        for (int k = 0; k < distinct.length; k++) {
            if (k == 0 || distinct[k] != distinct[count - 1]) {
                distinct[count++] = distinct[k];
            }
        }
        long[] packed = new long[indices.length];
        for (int k = 0; k < indices.length; k++) {
            long rank = Arrays.binarySearch(distinct, 0, count, zeroed(key[indices[k]]));
            packed[k] = rank << 32 | indices[k];
        }
        Arrays.parallelSort(packed);
        int[] sorted = new int[indices.length];
        for (int k = 0; k < packed.length; k++) {
            sorted[k] = (int) packed[k];
        }
        return sorted;
    }

    private static int[] flagged(boolean[] flags) {
        int[] indices = new int[flags.length];
        int count = 0;
        for (int k = 0; k < flags.length; k++) {
            if (flags[k]) {
                indices[count++] = k;
            }
        }
        return Arrays.copyOf(indices, count);
    }

    private static int[] allIndices(int count) {
        int[] indices = new int[count];
        Arrays.setAll(indices, k -> k);
        return indices;
    }

    /** {@code -0.0} as {@code 0.0}: equal as numbers, but apart in {@link Arrays#sort(double[])}'s order. */
    private static double zeroed(double value) {
        return value + 0.0;
    }

    private static void requireSameLength(double[] cost, double[] quality, double[] latency) {
        if (cost.length != quality.length || (latency != null && latency.length != cost.length)) {
            throw new IllegalArgumentException("one cost, quality" + (latency != null ? " and latency" : "")
                    + " per point: got " + cost.length + ", " + quality.length + (latency != null ? ", " + latency.length : ""));
        }
    }
}
