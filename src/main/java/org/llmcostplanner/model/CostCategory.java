package org.llmcostplanner.model;

/** The chapter's five TCO categories, in the order tables, charts and reports list them. */
public enum CostCategory {
    API("API / inference"),
    INFRASTRUCTURE("Infrastructure"),
    ENGINEERING("Engineering"),
    QUALITY("Quality / eval"),
    OPERATIONAL("Operational");

    private final String label;

    CostCategory(String label) {
        this.label = label;
    }

    /** Human-readable name, as shown in legends and tables. */
    public String label() {
        return label;
    }
}
