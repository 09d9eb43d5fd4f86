package org.llmcostplanner.model.caching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Ten labelled queries, counted by hand. */
class CacheCalibrationTest {
    static final List<LabelledSimilarity> TEN = List.of(
            new LabelledSimilarity(0.99, true), new LabelledSimilarity(0.97, true), new LabelledSimilarity(0.95, true),
            new LabelledSimilarity(0.93, false), new LabelledSimilarity(0.91, true), new LabelledSimilarity(0.89, true),
            new LabelledSimilarity(0.87, false), new LabelledSimilarity(0.85, true), new LabelledSimilarity(0.80, false),
            new LabelledSimilarity(0.70, true));

    @Test
    void hitsAndFalseHitsAtEachThreshold() {
        List<CalibratedPoint> curve = CacheCalibration.curve(TEN, List.of(0.95, 0.85, 0.90), 0.95);
        // Sorted by threshold. At 0.85: 8 of 10 at least that similar, 2 of them (0.93, 0.87) of
        // another intent. At 0.90: 5 hits, 1 false (0.93). At 0.95: 3 hits (0.95 counts), none false.
        assertEquals(List.of(0.85, 0.90, 0.95), curve.stream().map(CalibratedPoint::threshold).toList());
        assertEquals(List.of(8, 5, 3), curve.stream().map(CalibratedPoint::hits).toList());
        assertEquals(List.of(2, 1, 0), curve.stream().map(CalibratedPoint::falseHits).toList());
        assertEquals(0.8, curve.get(0).hitRate());
        assertEquals(0.1, curve.get(1).falseHitRate());
        assertEquals(new CachePoint(0.95, 0.3, 0), curve.get(2).toCachePoint());
    }

    @Test
    void wilsonIntervals() {
        // 5 of 10 at 95%: z = 1.959964, centre (0.5 + z^2/20) / (1 + z^2/10) = 0.5, half-width
        // z / (1 + z^2/10) x sqrt(0.025 + z^2/400) = 0.263407: 0.236593 to 0.763407 (z = 1.959964).
        CalibratedPoint at90 = CacheCalibration.curve(TEN, List.of(0.90), 0.95).get(0);
        assertEquals(0.236593, at90.hitRateLow(), 1e-6);
        assertEquals(0.763407, at90.hitRateHigh(), 1e-6);
        // 0 of 10: from 0 to z^2/10 / (1 + z^2/10) = 0.384143 / 1.384143 = 0.277533.
        CalibratedPoint at95 = CacheCalibration.curve(TEN, List.of(0.95), 0.95).get(0);
        assertEquals(0, at95.falseHitRateLow(), 1e-12);
        assertEquals(0.277533, at95.falseHitRateHigh(), 1e-6);
    }

    @Test
    void theCurveCanReplaceTheTable() {
        ThresholdCurve curve = CacheCalibration.toCurve(CacheCalibration.curve(TEN, List.of(0.85, 0.95), 0.95));
        assertEquals(0.55, curve.hitRate(0.90), 1e-12, "halfway between 80% and 30%");
    }
}
