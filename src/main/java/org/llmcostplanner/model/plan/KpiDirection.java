package org.llmcostplanner.model.plan;

/**
 * Which way a compared figure is better for the plan: down for a cost or a latency, up for a saving
 * or quality. Volumes, shares of the TCO and breakeven volumes are circumstances, not goals: neither.
 */
public enum KpiDirection {
    LOWER_IS_BETTER,
    HIGHER_IS_BETTER,
    NEITHER
}
