package org.llmcostplanner.model.routing;

import java.util.ArrayList;
import java.util.List;

/**
 * What a traffic mix over the tiers costs and delivers, per query. Quality is the share-weighted
 * quality of the answers (each tier answers its queries at its own quality); latency is the mean
 * over queries.
 *
 * @param usdPerQuery     mean USD per query, router overhead included
 * @param usdPer1MTokens  the same per 1M tokens of the workload (input plus output); 0 when a
 *                        query has no tokens
 * @param quality         blended quality, 0..1
 * @param meanLatencyMs   mean latency per query, router overhead included (a cascade: every call waited for)
 * @param tiers           each tier's load, in the tiers' order
 * @param sharesTotal     the router's shares as entered, summed (1 when they are consistent); the
 *                        figures use the shares scaled to total 1
 */
public record RoutingMix(double usdPerQuery, double usdPer1MTokens, double quality, double meanLatencyMs,
                         List<TierLoad> tiers, double sharesTotal) {
    /** How far from 1 the shares may total and still count as 100% (a typed 33.3 + 33.3 + 33.4 is). */
    public static final double SHARES_TOLERANCE = 1e-6;

    public RoutingMix {
        tiers = List.copyOf(tiers);
    }

    /** Whether the entered shares total 100%. */
    public boolean sharesConsistent() {
        return Math.abs(sharesTotal - 1) <= SHARES_TOLERANCE;
    }

    /**
     * A router: each query goes to one tier by the tiers' shares (scaled to total 1 if they do not),
     * after the router's overhead. Shares that total 0 send nothing anywhere: cost and quality are
     * the overhead's alone.
     */
    public static RoutingMix router(List<RoutingTier> tiers, RouterOverhead overhead, double inputTokens,
                                    double outputTokens) {
        double total = 0;
        for (RoutingTier tier : tiers) {
            total += tier.share();
        }
        double modelUsd = 0;
        double quality = 0;
        double latency = 0;
        double[] shares = new double[tiers.size()];
        double[] calls = new double[tiers.size()];
        for (int i = 0; i < tiers.size(); i++) {
            RoutingTier tier = tiers.get(i);
            shares[i] = total > 0 ? tier.share() / total : 0; // divided, not times 1 / total: that overflows for tiny totals
            calls[i] = tier.usdPerQuery(inputTokens, outputTokens);
            modelUsd += shares[i] * calls[i];
            quality += shares[i] * tier.quality();
            latency += shares[i] * tier.latencyMs();
        }
        return result(tiers, shares, shares, calls, modelUsd, overhead.usdPerQuery(), quality,
                latency + overhead.latencyMs(), inputTokens + outputTokens, total);
    }

    /**
     * A cascade in the tiers' order: all queries call the first tier; of those reaching tier i, its
     * escalation rate goes on to tier i+1 and the rest are answered at tier i's quality. The last
     * tier answers everything that reaches it. An escalated query pays for and waits for every call.
     */
    public static RoutingMix cascade(List<RoutingTier> tiers, double inputTokens, double outputTokens) {
        double[] answered = new double[tiers.size()];
        double[] reached = new double[tiers.size()];
        double[] calls = new double[tiers.size()];
        double reach = tiers.isEmpty() ? 0 : 1;
        double modelUsd = 0;
        double quality = 0;
        double latency = 0;
        for (int i = 0; i < tiers.size(); i++) {
            RoutingTier tier = tiers.get(i);
            boolean last = i == tiers.size() - 1;
            double passedOn = last ? 0 : reach * tier.escalationRate();
            reached[i] = reach;
            answered[i] = reach - passedOn;
            calls[i] = tier.usdPerQuery(inputTokens, outputTokens);
            modelUsd += reach * calls[i];
            latency += reach * tier.latencyMs();
            quality += answered[i] * tier.quality();
            reach = passedOn;
        }
        return result(tiers, answered, reached, calls, modelUsd, 0, quality, latency, inputTokens + outputTokens,
                tiers.isEmpty() ? 0 : 1);
    }

    private static RoutingMix result(List<RoutingTier> tiers, double[] traffic, double[] called, double[] calls,
                                     double modelUsd, double overheadUsd, double quality, double latencyMs,
                                     double tokensPerQuery, double sharesTotal) {
        List<TierLoad> loads = new ArrayList<>(tiers.size());
        for (int i = 0; i < tiers.size(); i++) {
            double spend = called[i] * calls[i];
            loads.add(new TierLoad(tiers.get(i).name(), calls[i], traffic[i], called[i],
                    modelUsd > 0 ? spend / modelUsd : 0));
        }
        double usdPerQuery = modelUsd + overheadUsd;
        return new RoutingMix(usdPerQuery, tokensPerQuery > 0 ? usdPerQuery / tokensPerQuery * 1_000_000 : 0,
                quality, latencyMs, loads, sharesTotal);
    }

    /**
     * The tier a "send everything to the best model" plan would use: the highest quality, the first
     * listed among equals; -1 when there are no tiers.
     */
    public static int topTier(List<RoutingTier> tiers) {
        int top = -1;
        for (int i = 0; i < tiers.size(); i++) {
            if (top < 0 || tiers.get(i).quality() > tiers.get(top).quality()) {
                top = i;
            }
        }
        return top;
    }
}
