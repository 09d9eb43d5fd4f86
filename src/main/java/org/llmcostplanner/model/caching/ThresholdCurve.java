package org.llmcostplanner.model.caching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.apache.commons.math3.analysis.interpolation.LinearInterpolator;
import org.apache.commons.math3.analysis.polynomials.PolynomialSplineFunction;

/**
 * A semantic cache's hit and false-hit rates against its similarity threshold, from measured
 * points. Between points the rates are interpolated linearly (Commons Math's
 * {@link LinearInterpolator}): a monotone method, so a curve whose points fall with the threshold
 * never rises between them, and it invents no optimum between two points. Outside the points the
 * nearest point's rates hold.
 *
 * @param points in any order; the curve sorts them by threshold
 */
public record ThresholdCurve(List<CachePoint> points) {
    /** The chapter's table (Code Fragment 12.4.4): from a customer support system's logs. */
    public static final ThresholdCurve CHAPTER = new ThresholdCurve(List.of(
            new CachePoint(0.85, 0.62, 0.08), new CachePoint(0.90, 0.55, 0.03), new CachePoint(0.92, 0.50, 0.01),
            new CachePoint(0.95, 0.42, 0.002), new CachePoint(0.98, 0.28, 0.0)));

    public ThresholdCurve {
        List<CachePoint> sorted = new ArrayList<>(points);
        sorted.sort(Comparator.comparingDouble(CachePoint::threshold));
        points = List.copyOf(sorted);
    }

    public double hitRate(double threshold) {
        return at(threshold, true);
    }

    public double falseHitRate(double threshold) {
        return at(threshold, false);
    }

    public boolean isEmpty() {
        return points.isEmpty();
    }

    private double at(double threshold, boolean hits) {
        if (points.isEmpty()) {
            return 0;
        }
        CachePoint first = points.get(0);
        CachePoint last = points.get(points.size() - 1);
        if (threshold <= first.threshold()) {
            return hits ? first.hitRate() : first.falseHitRate();
        }
        if (threshold >= last.threshold()) {
            return hits ? last.hitRate() : last.falseHitRate();
        }
        // A repeated threshold (refused in files and tables, but possible mid-edit) keeps its first point:
        // the interpolator needs strictly increasing thresholds.
        double[] x = new double[points.size()];
        double[] y = new double[points.size()];
        int n = 0;
        for (CachePoint point : points) {
            if (n > 0 && point.threshold() == x[n - 1]) {
                continue;
            }
            x[n] = point.threshold();
            y[n] = hits ? point.hitRate() : point.falseHitRate();
            n++;
        }
        PolynomialSplineFunction line = new LinearInterpolator().interpolate(Arrays.copyOf(x, n), Arrays.copyOf(y, n));
        return line.value(threshold);
    }
}
