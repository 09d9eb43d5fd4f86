package org.llmcostplanner.model.routing;

/** How the tiers share the traffic. */
public enum RoutingStrategy {
    /** A classifier sends each query to one tier, by the tiers' shares; the router's overhead is paid on every query. */
    ROUTER("Router"),
    /**
     * FrugalGPT's cascade: every query tries the first tier; a share of those reaching a tier (its
     * escalation rate) goes on to the next. An escalated query pays for every call it passed through
     * and waits for each of them.
     */
    CASCADE("Cascade");

    private final String label;

    RoutingStrategy(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The name in scenario files: {@code router} or {@code cascade}. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static java.util.Optional<RoutingStrategy> fromId(String id) {
        return java.util.Arrays.stream(values()).filter(strategy -> strategy.id().equals(id)).findFirst();
    }
}
