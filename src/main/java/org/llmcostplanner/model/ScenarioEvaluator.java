package org.llmcostplanner.model;

/**
 * The one pure function from a plan to its numbers. Allocation-light and branch-free enough to
 * run many thousand times per slider drag (volume sweeps, later goal seek and sensitivity).
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
        // The levers (routing, compression, caching, batching) transform the baseline here, in
        // DESIGN.md's order, as later analyses add them; with none, the plan pays the baseline.
        double optimisedPerQuery = baselinePerQuery;
        double optimisedApi = baselineApi;
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
