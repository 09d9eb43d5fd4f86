package org.llmcostplanner.model.pareto;

import java.util.Optional;

import org.llmcostplanner.model.format.Ranges;

/** The valid ranges of a configuration's values and of the limits, with the reason a value is refused. */
public final class ParetoInputs {
    /** No query costs more than this in any plan; a larger value is a unit mistake (cents, per 1K queries). */
    public static final double MAX_COST_PER_QUERY_USD = 1_000;
    /** An hour: anything slower is not a per-query latency. */
    public static final double MAX_LATENCY_MS = 3_600_000;

    private ParetoInputs() {
    }

    /** Quality is a fraction of 1 (shown as %). */
    public static Optional<String> qualityProblem(double quality) {
        return Ranges.problem(quality, 0, 1);
    }

    public static Optional<String> costPerQueryProblem(double costPerQueryUsd) {
        return Ranges.problem(costPerQueryUsd, 0, MAX_COST_PER_QUERY_USD);
    }

    public static Optional<String> latencyProblem(double latencyMs) {
        return Ranges.problem(latencyMs, 0, MAX_LATENCY_MS);
    }
}
