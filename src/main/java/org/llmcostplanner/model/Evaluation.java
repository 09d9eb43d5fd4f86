package org.llmcostplanner.model;

/**
 * Everything the planner shows about one scenario, computed by {@link ScenarioEvaluator}.
 *
 * @param queriesPerMonth queries per day times days per month
 * @param api             baseline and optimised API spend
 * @param monthly         TCO per category (API at the optimised figure)
 */
public record Evaluation(double queriesPerMonth, ApiCost api, MonthlyCosts monthly) {

    public double totalUsdPerMonth() {
        return monthly.total();
    }

    /** Total monthly cost over queries per month, in USD; 0 when there are no queries. */
    public double costPerQueryUsd() {
        return queriesPerMonth > 0 ? monthly.total() / queriesPerMonth : 0;
    }

    /** The optimised plan's API cost of one query, in USD, at any volume (also with no traffic). */
    public double apiUsdPerQuery() {
        return api.optimisedUsdPerQuery();
    }

    /** API's share of TCO, 0..1. */
    public double apiShare() {
        return monthly.share(CostCategory.API);
    }
}
