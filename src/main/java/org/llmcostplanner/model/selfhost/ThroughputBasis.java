package org.llmcostplanner.model.selfhost;

/** How a replica's sustained throughput was measured. */
public enum ThroughputBasis {
    /** Input (prefill) and output (decode) tokens per second, from a load test at the workload's shape. */
    TOKENS,
    /** Requests per second, measured directly. */
    REQUESTS
}
