package org.llmcostplanner.model.selfhost;

import java.util.Objects;

/**
 * What one replica sustains under load (a serving engine such as vLLM with continuous batching,
 * measured at the target latency), either as tokens per second or as requests per second.
 *
 * @param basis                 which of the figures below counts
 * @param inputTokensPerSecond  prompt tokens processed per second (prefill), over all concurrent requests
 * @param outputTokensPerSecond tokens generated per second (decode), over all concurrent requests
 * @param requestsPerSecond     requests completed per second
 */
public record Throughput(ThroughputBasis basis, double inputTokensPerSecond, double outputTokensPerSecond,
                         double requestsPerSecond) {
    public Throughput {
        Objects.requireNonNull(basis, "basis");
    }

    /**
     * Queries a second one replica sustains at the given tokens per query. On the tokens basis the
     * prefill and the decode of a query share the replica's time: 1 / (in / inTps + out / outTps).
     * 0 when a figure the basis needs is 0; infinite for a query with no tokens.
     */
    public double queriesPerSecond(double inputTokens, double outputTokens) {
        if (basis == ThroughputBasis.REQUESTS) {
            return Math.max(0, requestsPerSecond);
        }
        double seconds = (inputTokens > 0 ? inputTokens / inputTokensPerSecond : 0)
                + (outputTokens > 0 ? outputTokens / outputTokensPerSecond : 0);
        return seconds > 0 ? 1 / seconds : Double.POSITIVE_INFINITY;
    }

    public Throughput withBasis(ThroughputBasis value) {
        return new Throughput(value, inputTokensPerSecond, outputTokensPerSecond, requestsPerSecond);
    }

    public Throughput withInputTokensPerSecond(double value) {
        return new Throughput(basis, value, outputTokensPerSecond, requestsPerSecond);
    }

    public Throughput withOutputTokensPerSecond(double value) {
        return new Throughput(basis, inputTokensPerSecond, value, requestsPerSecond);
    }

    public Throughput withRequestsPerSecond(double value) {
        return new Throughput(basis, inputTokensPerSecond, outputTokensPerSecond, value);
    }
}
