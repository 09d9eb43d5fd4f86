package org.llmcostplanner.model.pareto;

import java.util.Objects;

/**
 * What the Pareto chart needs to know of the current plan besides its cost per query (which the
 * connected scenario computes): its quality and p50 latency as measured on the same evaluation as
 * the configurations. A switched-off value is not measured; it keeps the value last typed.
 *
 * @param quality   measured quality, 0..1
 * @param latencyMs measured p50 latency in milliseconds
 */
public record ParetoPlan(ParetoLimit quality, ParetoLimit latencyMs) {
    /** Neither measured, at values a user would start from: 90%, 500 ms. */
    public static final ParetoPlan UNMEASURED = new ParetoPlan(ParetoLimit.off(0.90), ParetoLimit.off(500));

    public ParetoPlan {
        Objects.requireNonNull(quality, "quality");
        Objects.requireNonNull(latencyMs, "latencyMs");
    }

    public ParetoPlan withQuality(ParetoLimit value) {
        return new ParetoPlan(value, latencyMs);
    }

    public ParetoPlan withLatencyMs(ParetoLimit value) {
        return new ParetoPlan(quality, value);
    }
}
