package org.llmcostplanner.model.plan;

import org.llmcostplanner.model.Scenario;

/**
 * The optimisation levers in DESIGN.md's fixed order, the order {@link org.llmcostplanner.model.ScenarioEvaluator}
 * composes them in: routing and compression shape each call, the caches skip calls (and the
 * provider's prompt cache discounts the prefix of those that remain), batching discounts the
 * offline share. Each lever is switched by its section's {@code enabled} flag, which keeps every
 * other setting, so switching a lever off and on again restores the plan exactly.
 */
public enum Lever {
    ROUTING("routing", "Routing"),
    COMPRESSION("compression", "Compression"),
    CACHING("caching", "Caching"),
    BATCHING("batching", "Batching");

    private final String id;
    private final String label;

    Lever(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** Lower-case key for files and the command line, e.g. {@code routing}. */
    public String id() {
        return id;
    }

    /** Human-readable name for charts and tables, short enough for a chart column: {@code Compression}. */
    public String label() {
        return label;
    }

    /**
     * Whether the lever's switch is on in {@code scenario}. A lever switched on may still change
     * nothing (routing with no tiers, compression with no compressed prompt yet).
     */
    public boolean isOn(Scenario scenario) {
        return switch (this) {
            case ROUTING -> scenario.routing().enabled();
            case COMPRESSION -> scenario.prompts().enabled();
            case CACHING -> scenario.caching().enabled();
            case BATCHING -> scenario.batching().enabled();
        };
    }

    /** {@code scenario} with this lever switched {@code on} or off, every other value kept. */
    public Scenario switched(Scenario scenario, boolean on) {
        return switch (this) {
            case ROUTING -> scenario.withRouting(scenario.routing().withEnabled(on));
            case COMPRESSION -> scenario.withPrompts(scenario.prompts().withEnabled(on));
            case CACHING -> scenario.withCaching(scenario.caching().withEnabled(on));
            case BATCHING -> scenario.withBatching(scenario.batching().withEnabled(on));
        };
    }
}
