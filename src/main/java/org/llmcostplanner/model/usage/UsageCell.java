package org.llmcostplanner.model.usage;

/**
 * The running counters of one group of calls (one day, model and feature), filled row by row
 * without allocating; {@link #totals()} takes an immutable copy. Not thread-safe.
 */
final class UsageCell {
    /** An HTTP status at or above this is a failed call. */
    static final int FIRST_ERROR_STATUS = 400;

    private long calls;
    private long costNanoUsd;
    private long inputTokens;
    private long outputTokens;
    private long cachedTokens;
    private long retryCalls;
    private long retryCostNanoUsd;
    private long retryInputTokens;
    private long retryOutputTokens;
    private long estimatedCalls;
    private long estimatedCostNanoUsd;
    private long errorCalls;
    private final LatencyHistogram latency = new LatencyHistogram();

    /** Counts one call whose cost is {@code costNanoUsd}. */
    void add(UsageRecord record, long costNanoUsd) {
        calls++;
        this.costNanoUsd = Math.addExact(this.costNanoUsd, costNanoUsd);
        inputTokens = Math.addExact(inputTokens, record.inputTokens());
        outputTokens = Math.addExact(outputTokens, record.outputTokens());
        cachedTokens = Math.addExact(cachedTokens, record.cachedTokens());
        if (record.retry()) {
            retryCalls++;
            retryCostNanoUsd = Math.addExact(retryCostNanoUsd, costNanoUsd);
            retryInputTokens = Math.addExact(retryInputTokens, record.inputTokens());
            retryOutputTokens = Math.addExact(retryOutputTokens, record.outputTokens());
        }
        if (record.costEstimated()) {
            estimatedCalls++;
            estimatedCostNanoUsd = Math.addExact(estimatedCostNanoUsd, costNanoUsd);
        }
        if (record.statusCode() >= FIRST_ERROR_STATUS) {
            errorCalls++;
        }
        latency.record(record.latencyMs());
    }

    UsageTotals totals() {
        return new UsageTotals(calls, costNanoUsd, inputTokens, outputTokens, cachedTokens, retryCalls, retryCostNanoUsd,
                retryInputTokens, retryOutputTokens, estimatedCalls, estimatedCostNanoUsd, errorCalls);
    }

    /** The cell's latencies; the caller only reads or copies them. */
    LatencyHistogram latency() {
        return latency;
    }
}
