package org.llmcostplanner.model.selfhost;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How a replica's sustained throughput was measured. */
public enum ThroughputBasis {
    /** Input (prefill) and output (decode) tokens per second, from a load test at the workload's shape. */
    TOKENS,
    /** Requests per second, measured directly. */
    REQUESTS;

    /** The name in scenario files: {@code tokens} or {@code requests}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ThroughputBasis> fromId(String id) {
        return Arrays.stream(values()).filter(basis -> basis.id().equals(id)).findFirst();
    }
}
