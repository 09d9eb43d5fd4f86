package org.llmcostplanner.model;

import java.util.List;

/**
 * The fixed monthly costs of running the feature, in the chapter's TCO categories (all but API,
 * which the workload drives).
 *
 * @param infrastructure vector DB, caches, logging, storage and user-added lines
 * @param engineering    labour in hours at one hourly rate
 * @param quality        human evaluation, LLM-as-judge runs, A/B infrastructure
 * @param operational    monitoring, alerting, incident response, compliance
 */
public record FixedCosts(List<LineItem> infrastructure, Engineering engineering,
                         List<LineItem> quality, List<LineItem> operational) {
    public FixedCosts {
        infrastructure = List.copyOf(infrastructure);
        java.util.Objects.requireNonNull(engineering, "engineering");
        quality = List.copyOf(quality);
        operational = List.copyOf(operational);
    }

    /** The line items of a category that is priced per line (every category but API and engineering). */
    public List<LineItem> lines(CostCategory category) {
        return switch (category) {
            case INFRASTRUCTURE -> infrastructure;
            case QUALITY -> quality;
            case OPERATIONAL -> operational;
            case API, ENGINEERING -> throw new IllegalArgumentException(category + " has no USD line items");
        };
    }

    /** A copy whose lines of {@code category} are {@code lines}; see {@link #lines(CostCategory)}. */
    public FixedCosts withLines(CostCategory category, List<LineItem> lines) {
        return switch (category) {
            case INFRASTRUCTURE -> new FixedCosts(lines, engineering, quality, operational);
            case QUALITY -> new FixedCosts(infrastructure, engineering, lines, operational);
            case OPERATIONAL -> new FixedCosts(infrastructure, engineering, quality, lines);
            case API, ENGINEERING -> throw new IllegalArgumentException(category + " has no USD line items");
        };
    }

    public FixedCosts withEngineering(Engineering newEngineering) {
        return new FixedCosts(infrastructure, newEngineering, quality, operational);
    }

    static double sum(List<LineItem> lines) {
        double usd = 0;
        for (LineItem line : lines) {
            usd += line.usdPerMonth();
        }
        return usd;
    }
}
