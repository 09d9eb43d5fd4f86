package org.llmcostplanner.model.usage;

/**
 * What a set of calls adds up to. Costs are held in nano-USD (1e-9 USD) as whole numbers, so sums
 * are exact and the same in any order: a file read shuffled gives the same totals to the last
 * digit, and a budget crossing does not depend on the order of the rows. Rounding each call's cost
 * to the nano-USD moves a million calls' total by at most $0.0005.
 *
 * @param calls                 calls, retries included
 * @param costNanoUsd           their cost, nano-USD
 * @param inputTokens           prompt tokens, cached ones included (OpenAI's convention)
 * @param outputTokens          completion tokens
 * @param cachedTokens          prompt tokens read from the provider's cache (part of inputTokens)
 * @param retryCalls            calls marked as repeating a failed one
 * @param retryCostNanoUsd      their cost, nano-USD
 * @param retryInputTokens      their prompt tokens
 * @param retryOutputTokens     their completion tokens
 * @param estimatedCalls        calls whose cost the log lacked and the catalog priced
 * @param estimatedCostNanoUsd  their cost, nano-USD
 * @param errorCalls            calls with an HTTP status of 400 or more
 */
public record UsageTotals(long calls, long costNanoUsd, long inputTokens, long outputTokens, long cachedTokens,
                          long retryCalls, long retryCostNanoUsd, long retryInputTokens, long retryOutputTokens,
                          long estimatedCalls, long estimatedCostNanoUsd, long errorCalls) {
    public static final UsageTotals ZERO = new UsageTotals(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    private static final double NANO_USD_PER_USD = 1e9;

    /** A cost in USD (0 or more, finite) as whole nano-USD, rounded half up. */
    public static long nanoUsd(double usd) {
        if (!(usd >= 0) || usd * NANO_USD_PER_USD >= Long.MAX_VALUE) {
            throw new IllegalArgumentException("a cost must be finite and not negative (was " + usd + ")");
        }
        return Math.round(usd * NANO_USD_PER_USD);
    }

    /** Whole nano-USD as USD. */
    public static double usd(long nanoUsd) {
        return nanoUsd / NANO_USD_PER_USD;
    }

    /** Both sets of calls together; throws ArithmeticException past Long.MAX_VALUE ($9.2 billion). */
    public UsageTotals plus(UsageTotals other) {
        return new UsageTotals(Math.addExact(calls, other.calls), Math.addExact(costNanoUsd, other.costNanoUsd),
                Math.addExact(inputTokens, other.inputTokens), Math.addExact(outputTokens, other.outputTokens),
                Math.addExact(cachedTokens, other.cachedTokens), Math.addExact(retryCalls, other.retryCalls),
                Math.addExact(retryCostNanoUsd, other.retryCostNanoUsd),
                Math.addExact(retryInputTokens, other.retryInputTokens),
                Math.addExact(retryOutputTokens, other.retryOutputTokens),
                Math.addExact(estimatedCalls, other.estimatedCalls),
                Math.addExact(estimatedCostNanoUsd, other.estimatedCostNanoUsd),
                Math.addExact(errorCalls, other.errorCalls));
    }

    public double costUsd() {
        return usd(costNanoUsd);
    }

    public double retryCostUsd() {
        return usd(retryCostNanoUsd);
    }

    public double estimatedCostUsd() {
        return usd(estimatedCostNanoUsd);
    }

    /** Calls that were not retries: the queries the product made, each counted once. */
    public long firstCalls() {
        return calls - retryCalls;
    }

    /** Prompt tokens of the calls that were not retries. */
    public long firstInputTokens() {
        return inputTokens - retryInputTokens;
    }

    /** Completion tokens of the calls that were not retries. */
    public long firstOutputTokens() {
        return outputTokens - retryOutputTokens;
    }

    /** Retries' share of the cost, 0..1; 0 when nothing cost anything. */
    public double retryCostShare() {
        return costNanoUsd > 0 ? (double) retryCostNanoUsd / costNanoUsd : 0;
    }

    /** Share of the calls priced from the catalog, 0..1; 0 with no calls. */
    public double estimatedCallShare() {
        return calls > 0 ? (double) estimatedCalls / calls : 0;
    }

    /** Share of the cost priced from the catalog, 0..1; 0 when nothing cost anything. */
    public double estimatedCostShare() {
        return costNanoUsd > 0 ? (double) estimatedCostNanoUsd / costNanoUsd : 0;
    }

    /** Share of the calls that failed (status 400 or more), 0..1; 0 with no calls. */
    public double errorShare() {
        return calls > 0 ? (double) errorCalls / calls : 0;
    }

    /** Mean prompt tokens per call, retries included; 0 with no calls. */
    public double meanInputTokensPerCall() {
        return calls > 0 ? (double) inputTokens / calls : 0;
    }
}
