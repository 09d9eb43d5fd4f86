package org.llmcostplanner.model;

/**
 * API spend before and after the optimisation levers.
 *
 * @param baselineUsdPerMonth  all traffic on the reference model, no optimisation
 * @param optimisedUsdPerMonth after the levers, applied in DESIGN.md's fixed order
 * @param optimisedUsdPerQuery the optimised plan's API cost of one query; computed per query (not
 *                             spend over volume), so it does not depend on the volume, and is
 *                             known with no traffic too
 */
public record ApiCost(double baselineUsdPerMonth, double optimisedUsdPerMonth, double optimisedUsdPerQuery) {

    public double savingsUsdPerMonth() {
        return baselineUsdPerMonth - optimisedUsdPerMonth;
    }
}
