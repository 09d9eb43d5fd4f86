package org.llmcostplanner.model.routing;

import java.util.Optional;

import org.llmcostplanner.model.format.Ranges;

/** The valid ranges of routing values, with the reason a value is refused. */
public final class RoutingInputs {
    /** As for a reference model's prices: more is a unit mistake (per 1K tokens, cents). */
    public static final double MAX_USD_PER_1M_TOKENS = 10_000;
    /** No call costs more than this; more is a unit mistake. */
    public static final double MAX_USD_PER_QUERY = 1_000;
    /** An hour: anything slower is not a per-query latency. */
    public static final double MAX_LATENCY_MS = 3_600_000;

    private RoutingInputs() {
    }

    /** Shares, qualities and escalation rates are fractions of 1 (shown as %). */
    public static Optional<String> fractionProblem(double fraction) {
        return Ranges.problem(fraction, 0, 1);
    }

    public static Optional<String> priceProblem(double usdPer1MTokens) {
        return Ranges.problem(usdPer1MTokens, 0, MAX_USD_PER_1M_TOKENS);
    }

    public static Optional<String> usdPerQueryProblem(double usd) {
        return Ranges.problem(usd, 0, MAX_USD_PER_QUERY);
    }

    public static Optional<String> latencyProblem(double latencyMs) {
        return Ranges.problem(latencyMs, 0, MAX_LATENCY_MS);
    }
}
