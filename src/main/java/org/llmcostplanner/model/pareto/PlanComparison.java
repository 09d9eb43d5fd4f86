package org.llmcostplanner.model.pareto;

import org.llmcostplanner.model.format.Money;

/** Where the current plan stands against the benchmarked configurations, in one line for the Pareto tab. */
public final class PlanComparison {
    private PlanComparison() {
    }

    /**
     * @param analysis        the frontier of the scenario's configurations
     * @param planName        what the plan runs on, e.g. the reference model {@code gpt-4o}
     * @param costPerQueryUsd the plan's API cost per query; 0 for a free model
     * @param plan            the plan's measured quality and latency
     */
    public static String describe(ParetoAnalysis analysis, String planName, double costPerQueryUsd, ParetoPlan plan) {
        String subject = "Current plan (" + planName + ")";
        if (!(costPerQueryUsd > 0)) {
            return subject + ": costs nothing per query, so it has no place on the chart's log scale";
        }
        String cost = Money.usdPrecise(costPerQueryUsd) + " per query";
        if (!plan.quality().enabled()) {
            return subject + ": " + cost + ", quality not measured; enter it to see whether a configuration beats the plan";
        }
        double quality = plan.quality().value();
        double latencyMs = plan.latencyMs().enabled() ? plan.latencyMs().value() : Double.NaN;
        String position = subject + ": " + Money.percent(quality) + " quality at " + cost;
        return analysis.cheapestDominating(costPerQueryUsd, quality, latencyMs)
                .map(better -> position + ", dominated by " + better.name() + " (" + Money.percent(better.quality())
                        + " at " + Money.usdPrecise(better.costPerQueryUsd()) + " per query, " + saving(better, costPerQueryUsd) + ")")
                .orElse(position + "; no configuration is as good for less");
    }

    private static String saving(ParetoConfiguration better, double costPerQueryUsd) {
        return better.costPerQueryUsd() < costPerQueryUsd
                ? Money.percent(1 - better.costPerQueryUsd() / costPerQueryUsd) + " cheaper"
                : "the same cost";
    }
}
