package org.llmcostplanner.model.routing;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

import org.llmcostplanner.model.pareto.ParetoLimit;

/**
 * The scenario's routing lever: the tiers, how they share the traffic, the router's own cost, and
 * the optimiser's target and latency cap.
 *
 * @param enabled      whether the plan routes; when off, all traffic stays on the reference model
 * @param strategy     a router or a cascade over the same tiers
 * @param tiers        in the user's order (the cascade's order); never null
 * @param router       the classifier's cost and latency per query (router strategy)
 * @param targetQuality the optimiser's quality target, 0..1; off: no target
 * @param maxLatencyMs  the optimiser's cap on mean latency per query; off: no cap
 */
public record RoutingSection(boolean enabled, RoutingStrategy strategy, List<RoutingTier> tiers, RouterOverhead router,
                             ParetoLimit targetQuality, ParetoLimit maxLatencyMs) {
    /** No tiers, routing off, a 92% target and a 1 s cap kept switched off until asked for. */
    public static final RoutingSection EMPTY = new RoutingSection(false, RoutingStrategy.ROUTER, List.of(),
            RouterOverhead.NONE, ParetoLimit.off(0.92), ParetoLimit.off(1_000));

    public RoutingSection {
        Objects.requireNonNull(strategy, "strategy");
        tiers = List.copyOf(tiers);
        Objects.requireNonNull(router, "router");
        Objects.requireNonNull(targetQuality, "targetQuality");
        Objects.requireNonNull(maxLatencyMs, "maxLatencyMs");
    }

    /** The mix the plan runs, at the workload's tokens per query. */
    public RoutingMix mix(double inputTokens, double outputTokens) {
        return strategy == RoutingStrategy.ROUTER ? RoutingMix.router(tiers, router, inputTokens, outputTokens)
                : RoutingMix.cascade(tiers, inputTokens, outputTokens);
    }

    /** Whether the routing changes the plan: on, with tiers, and (for a router) some traffic to send. */
    public boolean applies() {
        if (!enabled || tiers.isEmpty()) {
            return false;
        }
        return strategy == RoutingStrategy.CASCADE || tiers.stream().anyMatch(tier -> tier.share() > 0);
    }

    /** The optimiser's answer for the target, when a target is set. */
    public Optional<OptimalMix> optimal(double inputTokens, double outputTokens) {
        if (!targetQuality.enabled()) {
            return Optional.empty();
        }
        return Optional.of(RoutingOptimiser.cheapest(tiers, router, inputTokens, outputTokens, targetQuality.value(),
                latencyCap()));
    }

    public OptionalDouble latencyCap() {
        return maxLatencyMs.enabled() ? OptionalDouble.of(maxLatencyMs.value()) : OptionalDouble.empty();
    }

    /** The tiers with the given shares, in the tiers' order (the optimiser's answer applied). */
    public RoutingSection withShares(List<Double> shares) {
        if (shares.size() != tiers.size()) {
            throw new IllegalArgumentException(shares.size() + " shares for " + tiers.size() + " tiers");
        }
        List<RoutingTier> updated = new java.util.ArrayList<>(tiers.size());
        for (int i = 0; i < tiers.size(); i++) {
            updated.add(tiers.get(i).withShare(shares.get(i)));
        }
        return withTiers(updated);
    }

    /** The shares scaled to total 100%; unchanged when they total 0. */
    public RoutingSection normalised() {
        double total = tiers.stream().mapToDouble(RoutingTier::share).sum();
        return total > 0 ? withShares(tiers.stream().map(tier -> tier.share() / total).toList()) : this;
    }

    public RoutingSection withEnabled(boolean value) {
        return new RoutingSection(value, strategy, tiers, router, targetQuality, maxLatencyMs);
    }

    public RoutingSection withStrategy(RoutingStrategy value) {
        return new RoutingSection(enabled, value, tiers, router, targetQuality, maxLatencyMs);
    }

    public RoutingSection withTiers(List<RoutingTier> value) {
        return new RoutingSection(enabled, strategy, value, router, targetQuality, maxLatencyMs);
    }

    public RoutingSection withRouter(RouterOverhead value) {
        return new RoutingSection(enabled, strategy, tiers, value, targetQuality, maxLatencyMs);
    }

    public RoutingSection withTargetQuality(ParetoLimit value) {
        return new RoutingSection(enabled, strategy, tiers, router, value, maxLatencyMs);
    }

    public RoutingSection withMaxLatencyMs(ParetoLimit value) {
        return new RoutingSection(enabled, strategy, tiers, router, targetQuality, value);
    }
}
