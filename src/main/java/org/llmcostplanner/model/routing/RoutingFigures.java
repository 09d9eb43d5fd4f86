package org.llmcostplanner.model.routing;

import java.util.Optional;

/**
 * Everything the Routing tab and the report show of a routing section at the workload's tokens:
 * the router's and the cascade's mix over the same tiers, the one the plan runs, the savings, and
 * the optimiser's answer.
 *
 * @param router              the tiers as a router with the section's shares and overhead
 * @param cascade             the tiers as a cascade with their escalation rates
 * @param topTierUsdPerQuery  all traffic on the highest-quality tier, per query; 0 without tiers
 * @param referenceUsdPerQuery all traffic on the scenario's reference model, per query
 * @param optimal             the optimiser's answer, when a target is set
 */
public record RoutingFigures(RoutingStrategy strategy, RoutingMix router, RoutingMix cascade, double topTierUsdPerQuery,
                             double referenceUsdPerQuery, Optional<OptimalMix> optimal) {

    public static RoutingFigures of(RoutingSection section, double inputTokens, double outputTokens,
                                    double referenceUsdPerQuery) {
        int top = RoutingMix.topTier(section.tiers());
        double topUsd = top < 0 ? 0 : section.tiers().get(top).usdPerQuery(inputTokens, outputTokens);
        return new RoutingFigures(section.strategy(), RoutingMix.router(section.tiers(), section.router(), inputTokens, outputTokens),
                RoutingMix.cascade(section.tiers(), inputTokens, outputTokens), topUsd, referenceUsdPerQuery,
                section.optimal(inputTokens, outputTokens));
    }

    /** The mix of the chosen strategy. */
    public RoutingMix active() {
        return strategy == RoutingStrategy.ROUTER ? router : cascade;
    }

    /** The active mix's savings against all traffic on the top tier; see {@link #savingsVsTopTier(RoutingMix)}. */
    public double savingsVsTopTier() {
        return savingsVsTopTier(active());
    }

    /** The active mix's savings against all traffic on the reference model; see {@link #savingsVsReference(RoutingMix)}. */
    public double savingsVsReference() {
        return savingsVsReference(active());
    }

    /** 1 - mix / all-on-the-top-tier; 0 when the top tier costs nothing. Negative when the mix costs more. */
    public double savingsVsTopTier(RoutingMix mix) {
        return topTierUsdPerQuery > 0 ? 1 - mix.usdPerQuery() / topTierUsdPerQuery : 0;
    }

    /** 1 - mix / all-on-the-reference-model; 0 when the reference costs nothing. */
    public double savingsVsReference(RoutingMix mix) {
        return referenceUsdPerQuery > 0 ? 1 - mix.usdPerQuery() / referenceUsdPerQuery : 0;
    }
}
