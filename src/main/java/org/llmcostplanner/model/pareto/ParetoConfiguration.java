package org.llmcostplanner.model.pareto;

import java.util.Objects;

/**
 * One benchmarked setup: a model with a prompt, a fine-tune, a router, ...
 *
 * @param name            shown in tables, labels and files; never null
 * @param quality         task quality as a fraction, 0..1 (shown as %)
 * @param costPerQueryUsd USD per query, at least 0
 * @param latencyMs       p50 latency in milliseconds, at least 0
 * @param notes           free text, never null (empty when none)
 */
public record ParetoConfiguration(String name, double quality, double costPerQueryUsd, double latencyMs, String notes) {
    public ParetoConfiguration {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(notes, "notes");
    }

    public ParetoConfiguration(String name, double quality, double costPerQueryUsd, double latencyMs) {
        this(name, quality, costPerQueryUsd, latencyMs, "");
    }

    public ParetoConfiguration withName(String value) {
        return new ParetoConfiguration(value, quality, costPerQueryUsd, latencyMs, notes);
    }

    public ParetoConfiguration withQuality(double value) {
        return new ParetoConfiguration(name, value, costPerQueryUsd, latencyMs, notes);
    }

    public ParetoConfiguration withCostPerQueryUsd(double value) {
        return new ParetoConfiguration(name, quality, value, latencyMs, notes);
    }

    public ParetoConfiguration withLatencyMs(double value) {
        return new ParetoConfiguration(name, quality, costPerQueryUsd, value, notes);
    }

    public ParetoConfiguration withNotes(String value) {
        return new ParetoConfiguration(name, quality, costPerQueryUsd, latencyMs, value);
    }
}
