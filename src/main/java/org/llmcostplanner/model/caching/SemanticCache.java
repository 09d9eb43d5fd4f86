package org.llmcostplanner.model.caching;

import java.util.Objects;

/**
 * The semantic layer: queries whose embedding is close enough to a cached one get its answer.
 *
 * @param enabled              whether the plan has this layer
 * @param curve                hit and false-hit rates against the threshold
 * @param threshold            the similarity threshold in use, 0..1
 * @param embeddingUsdPerQuery what embedding and looking up one query costs
 * @param embeddingLatencyMs   what that adds to every query reaching the layer
 * @param falseHitUsd          what one wrong cached answer costs (escalation, refund, churn)
 */
public record SemanticCache(boolean enabled, ThresholdCurve curve, double threshold, double embeddingUsdPerQuery,
                            double embeddingLatencyMs, double falseHitUsd) {
    public static final SemanticCache CHAPTER_OFF = new SemanticCache(false, ThresholdCurve.CHAPTER, 0.92, 0, 0, 0);

    public SemanticCache {
        Objects.requireNonNull(curve, "curve");
    }

    /** Whether it serves any query: switched on and with a measured curve. */
    public boolean applies() {
        return enabled && !curve.isEmpty();
    }

    public double hitRate() {
        return applies() ? curve.hitRate(threshold) : 0;
    }

    public double falseHitRate() {
        return applies() ? curve.falseHitRate(threshold) : 0;
    }

    public SemanticCache withEnabled(boolean value) {
        return new SemanticCache(value, curve, threshold, embeddingUsdPerQuery, embeddingLatencyMs, falseHitUsd);
    }

    public SemanticCache withCurve(ThresholdCurve value) {
        return new SemanticCache(enabled, value, threshold, embeddingUsdPerQuery, embeddingLatencyMs, falseHitUsd);
    }

    public SemanticCache withThreshold(double value) {
        return new SemanticCache(enabled, curve, value, embeddingUsdPerQuery, embeddingLatencyMs, falseHitUsd);
    }

    public SemanticCache withEmbeddingUsdPerQuery(double value) {
        return new SemanticCache(enabled, curve, threshold, value, embeddingLatencyMs, falseHitUsd);
    }

    public SemanticCache withEmbeddingLatencyMs(double value) {
        return new SemanticCache(enabled, curve, threshold, embeddingUsdPerQuery, value, falseHitUsd);
    }

    public SemanticCache withFalseHitUsd(double value) {
        return new SemanticCache(enabled, curve, threshold, embeddingUsdPerQuery, embeddingLatencyMs, value);
    }
}
