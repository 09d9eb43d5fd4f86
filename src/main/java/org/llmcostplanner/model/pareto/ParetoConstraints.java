package org.llmcostplanner.model.pareto;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import org.llmcostplanner.model.Money;

/**
 * Limits a recommended configuration must meet; each is optional.
 *
 * @param minQuality         lowest acceptable quality, 0..1
 * @param maxLatencyMs       highest acceptable p50 latency in milliseconds
 * @param maxCostPerQueryUsd highest acceptable cost per query in USD
 */
public record ParetoConstraints(OptionalDouble minQuality, OptionalDouble maxLatencyMs, OptionalDouble maxCostPerQueryUsd) {
    public static final ParetoConstraints NONE =
            new ParetoConstraints(OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty());

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
        if (minQuality.isPresent() && configuration.quality() < minQuality.getAsDouble()) {
            broken.add(Limit.MIN_QUALITY);
        }
        if (maxLatencyMs.isPresent() && configuration.latencyMs() > maxLatencyMs.getAsDouble()) {
            broken.add(Limit.MAX_LATENCY);
        }
        if (maxCostPerQueryUsd.isPresent() && configuration.costPerQueryUsd() > maxCostPerQueryUsd.getAsDouble()) {
            broken.add(Limit.MAX_COST);
        }
        return broken;
    }

    /** The limit as a reader says it: {@code the maximum latency of 300 ms}. */
    public String describe(Limit limit) {
        return switch (limit) {
            case MIN_QUALITY -> limit.label() + " of " + Money.percent(minQuality.orElse(0));
            case MAX_LATENCY -> limit.label() + " of " + Money.count(maxLatencyMs.orElse(0)) + " ms";
            case MAX_COST -> limit.label() + " of " + Money.usdPrecise(maxCostPerQueryUsd.orElse(0));
        };
    }
}
