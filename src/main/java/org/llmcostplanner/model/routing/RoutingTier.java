package org.llmcostplanner.model.routing;

import java.util.Objects;

import org.llmcostplanner.model.price.ModelPrice;

/**
 * One model the router can send a query to (or, in a cascade, one step of the cascade).
 *
 * @param name            what the tier is for, e.g. "Simple"; never null
 * @param model           the model and its token prices, as used when the plan was made
 * @param usdPerQueryFlat a per-call cost on top of the tokens (a self-hosted classifier, a request
 *                        fee); 0 for most API models
 * @param share           the router's share of traffic sent here, 0..1
 * @param quality         task quality of this tier's answers, 0..1
 * @param latencyMs       mean latency of one call, in ms
 * @param escalationRate  in a cascade: the fraction of queries reaching this tier that it passes on
 *                        to the next, 0..1 (the last tier answers everything that reaches it)
 * @param minShare        the optimiser's lower bound on this tier's share, 0..1
 * @param maxShare        the optimiser's upper bound on this tier's share, 0..1
 */
public record RoutingTier(String name, ModelPrice model, double usdPerQueryFlat, double share, double quality,
                          double latencyMs, double escalationRate, double minShare, double maxShare) {
    public RoutingTier {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(model, "model");
    }

    /** A tier with no flat fee, no escalation and no bounds on its share. */
    public RoutingTier(String name, ModelPrice model, double share, double quality, double latencyMs) {
        this(name, model, 0, share, quality, latencyMs, 0, 0, 1);
    }

    /** USD for one call to this tier with the given token counts. */
    public double usdPerQuery(double inputTokens, double outputTokens) {
        return model.usdPerCall(inputTokens, outputTokens) + usdPerQueryFlat;
    }

    public RoutingTier withName(String value) {
        return new RoutingTier(value, model, usdPerQueryFlat, share, quality, latencyMs, escalationRate, minShare, maxShare);
    }

    public RoutingTier withModel(ModelPrice value) {
        return new RoutingTier(name, value, usdPerQueryFlat, share, quality, latencyMs, escalationRate, minShare, maxShare);
    }

    public RoutingTier withUsdPerQueryFlat(double value) {
        return new RoutingTier(name, model, value, share, quality, latencyMs, escalationRate, minShare, maxShare);
    }

    public RoutingTier withShare(double value) {
        return new RoutingTier(name, model, usdPerQueryFlat, value, quality, latencyMs, escalationRate, minShare, maxShare);
    }

    public RoutingTier withQuality(double value) {
        return new RoutingTier(name, model, usdPerQueryFlat, share, value, latencyMs, escalationRate, minShare, maxShare);
    }

    public RoutingTier withLatencyMs(double value) {
        return new RoutingTier(name, model, usdPerQueryFlat, share, quality, value, escalationRate, minShare, maxShare);
    }

    public RoutingTier withEscalationRate(double value) {
        return new RoutingTier(name, model, usdPerQueryFlat, share, quality, latencyMs, value, minShare, maxShare);
    }

    public RoutingTier withMinShare(double value) {
        return new RoutingTier(name, model, usdPerQueryFlat, share, quality, latencyMs, escalationRate, value, maxShare);
    }

    public RoutingTier withMaxShare(double value) {
        return new RoutingTier(name, model, usdPerQueryFlat, share, quality, latencyMs, escalationRate, minShare, value);
    }
}
