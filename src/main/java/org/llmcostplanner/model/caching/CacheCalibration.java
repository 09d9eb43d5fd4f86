package org.llmcostplanner.model.caching;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.commons.math3.stat.interval.ConfidenceInterval;
import org.apache.commons.math3.stat.interval.WilsonScoreInterval;

/**
 * A semantic cache's threshold curve measured on labelled queries: at each threshold, the share
 * of queries whose nearest cached query is at least that similar (hits), and the share of queries
 * that would get a wrong answer (hits of another intent), each with a Wilson score interval
 * (Commons Math), which stays inside 0..1 and is sound for small samples and rates near 0.
 */
public final class CacheCalibration {
    /** The thresholds computed unless others are asked for: 0.80 to 0.99 in steps of 0.01. */
    public static final List<Double> DEFAULT_THRESHOLDS = IntStream.rangeClosed(80, 99).mapToObj(i -> i / 100.0).toList();

    private CacheCalibration() {
    }

    /**
     * @param samples    at least one labelled query
     * @param thresholds where to measure, each in 0..1
     * @param confidence the intervals' confidence level, in (0, 1), e.g. 0.95
     */
    public static List<CalibratedPoint> curve(List<LabelledSimilarity> samples, List<Double> thresholds, double confidence) {
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("a calibration needs at least one labelled query");
        }
        WilsonScoreInterval wilson = new WilsonScoreInterval();
        int n = samples.size();
        List<CalibratedPoint> points = new ArrayList<>(thresholds.size());
        for (double threshold : thresholds.stream().sorted().distinct().toList()) {
            int hits = 0;
            int falseHits = 0;
            for (LabelledSimilarity sample : samples) {
                if (sample.similarity() >= threshold) {
                    hits++;
                    if (!sample.sameIntent()) {
                        falseHits++;
                    }
                }
            }
            ConfidenceInterval hitInterval = wilson.createInterval(n, hits, confidence);
            ConfidenceInterval falseInterval = wilson.createInterval(n, falseHits, confidence);
            points.add(new CalibratedPoint(threshold, n, hits, falseHits, clamp(hitInterval.getLowerBound()),
                    clamp(hitInterval.getUpperBound()), clamp(falseInterval.getLowerBound()),
                    clamp(falseInterval.getUpperBound())));
        }
        return points;
    }

    /** The curve's points as a {@link ThresholdCurve}. */
    public static ThresholdCurve toCurve(List<CalibratedPoint> points) {
        return new ThresholdCurve(points.stream().map(CalibratedPoint::toCachePoint).toList());
    }

    /** Wilson's bounds can stray past 0 or 1 by rounding. */
    private static double clamp(double rate) {
        return Math.max(0, Math.min(1, rate));
    }
}
