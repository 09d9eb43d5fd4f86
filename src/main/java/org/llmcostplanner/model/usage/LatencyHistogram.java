package org.llmcostplanner.model.usage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.OptionalDouble;

/**
 * Latencies of many calls, counted in fixed logarithmic buckets so percentiles can be read without
 * keeping every value, and histograms of different groups can be added for a filtered view.
 *
 * <p>Each bucket's upper edge is {@link #BUCKET_RATIO} times its lower edge; a percentile is read
 * as the geometric middle of the bucket holding it, so it is within 1% of the exact value (and
 * clamped to the smallest and largest latency recorded, which are kept exactly). The counts cover
 * only the buckets between the fastest and slowest call seen, so a group whose calls take 200 ms
 * to 5 s holds about 200 counts (under 1 KB), whatever the number of calls.
 *
 * <p>Why not HdrHistogram: one per (day, model, feature) group at its 1% precision measured about
 * 9 KB each at microsecond resolution (some 250 MB for 90 days x 10 models x 30 features), and its
 * packed variant, though compact, recorded about 4 times slower and took about 200 ms to add 3,000
 * groups, which a filter change in the window would pay each time.
 *
 * <p>Not thread-safe: fill it on one thread.
 */
public final class LatencyHistogram {
    /** A bucket's upper edge over its lower edge: the middle is within 1% of any value in it. */
    public static final double BUCKET_RATIO = 1.02;
    /** Latencies at or below this, in ms, share the first bucket. */
    public static final double FLOOR_MS = 0.01;
    private static final double LOG_RATIO = Math.log(BUCKET_RATIO);
    private static final int[] NO_COUNTS = new int[0];
    /** Buckets added beyond the one needed when the counts grow, so a spreading group grows in steps. */
    private static final int SLACK = 8;

    /** The bucket index of {@code counts[0]}. */
    private int offset;
    private int[] counts = NO_COUNTS;
    private long count;
    private double minMs = Double.POSITIVE_INFINITY;
    private double maxMs = Double.NEGATIVE_INFINITY;

    /** Counts one call's latency, in ms; 0 or more and finite. */
    public void record(double latencyMs) {
        requireValid(latencyMs);
        int bucket = bucket(latencyMs);
        cover(bucket, bucket);
        counts[bucket - offset] = Math.addExact(counts[bucket - offset], 1);
        count++;
        minMs = Math.min(minMs, latencyMs);
        maxMs = Math.max(maxMs, latencyMs);
    }

    /** Throws IllegalArgumentException unless the latency is finite and not negative. */
    public static void requireValid(double latencyMs) {
        if (!(latencyMs >= 0) || latencyMs == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("a latency must be finite and not negative (was " + latencyMs + ")");
        }
    }

    /** Adds every call counted in {@code other} (which is left as it was) to this histogram. */
    public void addAll(LatencyHistogram other) {
        if (other.count == 0) {
            return;
        }
        int first = -1;
        int last = -1;
        for (int i = 0; i < other.counts.length; i++) {
            if (other.counts[i] != 0) {
                last = i;
                if (first < 0) {
                    first = i;
                }
            }
        }
        cover(other.offset + first, other.offset + last);
        for (int i = first; i <= last; i++) {
            int at = other.offset + i - offset;
            counts[at] = Math.addExact(counts[at], other.counts[i]);
        }
        count += other.count;
        minMs = Math.min(minMs, other.minMs);
        maxMs = Math.max(maxMs, other.maxMs);
    }

    /** How many latencies were recorded. */
    public long count() {
        return count;
    }

    /**
     * The nearest-rank percentile: the latency (ms) with at least {@code fraction} of the calls at
     * or below it, i.e. the ⌈fraction x count⌉-th smallest (the smallest for fraction 0), to within
     * 1% (exactly for the smallest and the largest); empty when nothing was recorded.
     *
     * @param fraction 0..1, e.g. 0.95 for p95
     */
    public OptionalDouble percentileMs(double fraction) {
        if (!(fraction >= 0 && fraction <= 1)) {
            throw new IllegalArgumentException("a percentile is a fraction from 0 to 1 (was " + fraction + ")");
        }
        if (count == 0) {
            return OptionalDouble.empty();
        }
        long rank = Math.max(1, rank(fraction, count));
        if (rank == 1 || rank == count) {
            return OptionalDouble.of(rank == 1 ? minMs : maxMs); // the ends are kept exactly
        }
        long seen = 0;
        for (int i = 0; i < counts.length; i++) {
            seen += counts[i];
            if (seen >= rank) {
                return OptionalDouble.of(Math.max(minMs, Math.min(maxMs, middleMs(offset + i))));
            }
        }
        throw new IllegalStateException("counts total less than the count");
    }

    /** ⌈fraction x count⌉ in decimal, so 0.95 x 20 is 19 and not the 20 that binary rounding can give. */
    static long rank(double fraction, long count) {
        return BigDecimal.valueOf(fraction).multiply(BigDecimal.valueOf(count)).setScale(0, RoundingMode.CEILING)
                .longValueExact();
    }

    /** Bucket 0 holds 0..FLOOR_MS; bucket i above it holds [FLOOR_MS x r^(i-1), FLOOR_MS x r^i). */
    private static int bucket(double latencyMs) {
        if (latencyMs <= FLOOR_MS) {
            return 0;
        }
        return 1 + (int) Math.floor(Math.log(latencyMs / FLOOR_MS) / LOG_RATIO);
    }

    /** The geometric middle of a bucket, in ms (the first bucket's is its top, FLOOR_MS, clamped later). */
    private static double middleMs(int bucket) {
        return bucket == 0 ? FLOOR_MS : FLOOR_MS * Math.pow(BUCKET_RATIO, bucket - 0.5);
    }

    /** Grows the counts to hold buckets {@code first..last}. */
    private void cover(int first, int last) {
        if (counts.length == 0) {
            offset = Math.max(0, first - SLACK);
            counts = new int[last + SLACK + 1 - offset];
            return;
        }
        int end = offset + counts.length; // exclusive
        if (first >= offset && last < end) {
            return;
        }
        int newOffset = first < offset ? Math.max(0, first - SLACK) : offset;
        int newEnd = last >= end ? last + SLACK + 1 : end;
        int[] grown = new int[newEnd - newOffset];
        System.arraycopy(counts, 0, grown, offset - newOffset, counts.length);
        counts = grown;
        offset = newOffset;
    }
}
