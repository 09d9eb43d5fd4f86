package org.llmcostplanner.model.routing;

/**
 * What the router itself costs on every query: the classifier that picks the tier.
 *
 * @param usdPerQuery USD per query routed
 * @param latencyMs   added before the chosen tier's call, in ms
 */
public record RouterOverhead(double usdPerQuery, double latencyMs) {
    public static final RouterOverhead NONE = new RouterOverhead(0, 0);

    public RouterOverhead withUsdPerQuery(double value) {
        return new RouterOverhead(value, latencyMs);
    }

    public RouterOverhead withLatencyMs(double value) {
        return new RouterOverhead(usdPerQuery, value);
    }
}
