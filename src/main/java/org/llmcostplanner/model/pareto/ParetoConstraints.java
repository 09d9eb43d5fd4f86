package org.llmcostplanner.model.pareto;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.llmcostplanner.model.format.Money;

/**
 * Limits a recommended configuration must meet; each can be switched off.
 *
 * @param minQuality         lowest acceptable quality, 0..1
 * @param maxLatencyMs       highest acceptable p50 latency in milliseconds
 * @param maxCostPerQueryUsd highest acceptable cost per query in USD
 */
public record ParetoConstraints(ParetoLimit minQuality, ParetoLimit maxLatencyMs, ParetoLimit maxCostPerQueryUsd) {
    /** Every limit off, at values a user would start from: 90%, 1,000 ms, $0.01 per query. */
    public static final ParetoConstraints NONE =
            new ParetoConstraints(ParetoLimit.off(0.90), ParetoLimit.off(1000), ParetoLimit.off(0.01));

    public ParetoConstraints {
        Objects.requireNonNull(minQuality, "minQuality");
        Objects.requireNonNull(maxLatencyMs, "maxLatencyMs");
        Objects.requireNonNull(maxCostPerQueryUsd, "maxCostPerQueryUsd");
    }

    /** Whether any limit applies. */
    public boolean any() {
        return minQuality.enabled() || maxLatencyMs.enabled() || maxCostPerQueryUsd.enabled();
    }

    public ParetoConstraints withMinQuality(ParetoLimit limit) {
        return new ParetoConstraints(limit, maxLatencyMs, maxCostPerQueryUsd);
    }

    public ParetoConstraints withMaxLatencyMs(ParetoLimit limit) {
        return new ParetoConstraints(minQuality, limit, maxCostPerQueryUsd);
    }

    public ParetoConstraints withMaxCostPerQueryUsd(ParetoLimit limit) {
        return new ParetoConstraints(minQuality, maxLatencyMs, limit);
    }

    /** One limit, for messages. */
    public enum Limit {
        MIN_QUALITY("the minimum quality"),
        MAX_LATENCY("the maximum latency"),
        MAX_COST("the maximum cost per query");

        private final String label;

        Limit(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The limits {@code configuration} breaks, in {@link Limit} order; empty when it meets them all. */
    public List<Limit> broken(ParetoConfiguration configuration) {
        List<Limit> broken = new ArrayList<>(3);
        if (minQuality.enabled() && configuration.quality() < minQuality.value()) {
            broken.add(Limit.MIN_QUALITY);
        }
        if (maxLatencyMs.enabled() && configuration.latencyMs() > maxLatencyMs.value()) {
            broken.add(Limit.MAX_LATENCY);
        }
        if (maxCostPerQueryUsd.enabled() && configuration.costPerQueryUsd() > maxCostPerQueryUsd.value()) {
            broken.add(Limit.MAX_COST);
        }
        return broken;
    }

    /** The limit as a reader says it: {@code the maximum latency of 300 ms}. */
    public String describe(Limit limit) {
        return switch (limit) {
            case MIN_QUALITY -> limit.label() + " of " + Money.percent(minQuality.value());
            case MAX_LATENCY -> limit.label() + " of " + Money.count(maxLatencyMs.value()) + " ms";
            case MAX_COST -> limit.label() + " of " + Money.usdPrecise(maxCostPerQueryUsd.value());
        };
    }
}
