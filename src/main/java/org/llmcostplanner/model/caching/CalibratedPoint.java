package org.llmcostplanner.model.caching;

/**
 * A threshold's rates measured on a labelled set, with confidence intervals (Wilson score).
 *
 * @param threshold  the similarity threshold
 * @param sampleSize queries in the set
 * @param hits       queries whose nearest neighbour is at least this similar
 * @param falseHits  those of them of another intent
 * @param hitRateLow  lower end of the hit rate's interval
 * @param hitRateHigh upper end
 * @param falseHitRateLow  lower end of the false-hit rate's interval
 * @param falseHitRateHigh upper end
 */
public record CalibratedPoint(double threshold, int sampleSize, int hits, int falseHits, double hitRateLow,
                              double hitRateHigh, double falseHitRateLow, double falseHitRateHigh) {

    public double hitRate() {
        return (double) hits / sampleSize;
    }

    public double falseHitRate() {
        return (double) falseHits / sampleSize;
    }

    /** The point for a {@link ThresholdCurve}. */
    public CachePoint toCachePoint() {
        return new CachePoint(threshold, hitRate(), falseHitRate());
    }
}
