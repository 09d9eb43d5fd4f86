package org.llmcostplanner.model.caching;

/**
 * What the semantic cache is worth at each threshold, at a plan's volume and call cost.
 *
 * @param semanticQueriesPerMonth queries reaching the semantic layer (those the exact layer misses)
 * @param missUsdPerCall          what a query the caches miss costs at the model (after routing,
 *                                compression, the provider's cache and batching)
 * @param semantic                the layer, with its curve, threshold and costs
 * @param leverSavingUsdPerMonth  what the caching lever takes off monthly TCO when on (API saved,
 *                                less embeddings and the cost of wrong answers), whether or not it is
 */
public record CachingFigures(double semanticQueriesPerMonth, double missUsdPerCall, SemanticCache semantic,
                             double leverSavingUsdPerMonth) {

    /** Calls skipped, less embedding and the cost of wrong answers, per month, at {@code threshold}. */
    public double netSemanticSavings(double threshold) {
        ThresholdCurve curve = semantic.curve();
        return semanticQueriesPerMonth * (curve.hitRate(threshold) * missUsdPerCall - semantic.embeddingUsdPerQuery()
                - curve.falseHitRate(threshold) * semantic.falseHitUsd());
    }

    /**
     * The threshold with the highest net savings. Between measured points the rates are linear, so
     * the net savings are too, and the best lies on a point; of equal points the higher threshold
     * (fewer wrong answers) wins. The chosen threshold when the curve is empty.
     */
    public double bestThreshold() {
        double best = semantic.threshold();
        double bestSavings = Double.NEGATIVE_INFINITY;
        for (CachePoint point : semantic.curve().points()) {
            double savings = netSemanticSavings(point.threshold());
            if (savings >= bestSavings) {
                bestSavings = savings;
                best = point.threshold();
            }
        }
        return best;
    }
}
