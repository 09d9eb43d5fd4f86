package org.llmcostplanner.model;

/**
 * Monthly API spend before and after the optimisation levers.
 *
 * @param baselineUsdPerMonth  all traffic on the reference model, no optimisation
 * @param optimisedUsdPerMonth after the levers, applied in DESIGN.md's fixed order
 */
public record ApiCost(double baselineUsdPerMonth, double optimisedUsdPerMonth) {

    public double savingsUsdPerMonth() {
        return baselineUsdPerMonth - optimisedUsdPerMonth;
    }
}
