package org.llmcostplanner.model;

/**
 * The one pure function from a plan to its numbers. Allocation-light enough to run many thousand
 * times per slider drag (volume sweeps, later goal seek and sensitivity).
 */
public final class ScenarioEvaluator {
    private ScenarioEvaluator() {
    }

    public static Evaluation evaluate(Scenario scenario) {
        Workload workload = scenario.workload();
        double queriesPerMonth = workload.queriesPerMonth();
        double baselinePerQuery = scenario.referenceModel().usdPerCall(workload.inputTokensPerQuery(),
                workload.outputTokensPerQuery());
        double baselineApi = queriesPerMonth * baselinePerQuery;
        // The levers transform the baseline here, in DESIGN.md's order: routing, then compression
        // (fewer input tokens on every routed call), then (as later analyses add them) caching and
        // batching. With none, the plan pays the baseline.
        double inputTokens = workload.inputTokensPerQuery() * scenario.prompts().inputTokenFactor();
        double optimisedPerQuery = scenario.routedUsdPerQuery(inputTokens, workload.outputTokensPerQuery());
        double optimisedApi = queriesPerMonth * optimisedPerQuery;
        FixedCosts fixed = scenario.fixedCosts();
        MonthlyCosts monthly = new MonthlyCosts(
                optimisedApi,
                FixedCosts.sum(fixed.infrastructure()),
                fixed.engineering().usdPerMonth(),
                FixedCosts.sum(fixed.quality()),
                FixedCosts.sum(fixed.operational()));
        return new Evaluation(queriesPerMonth, new ApiCost(baselineApi, optimisedApi, optimisedPerQuery), monthly);
    }
}
