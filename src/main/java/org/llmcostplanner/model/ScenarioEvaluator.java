package org.llmcostplanner.model;

import org.llmcostplanner.model.caching.CachingSection;

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
        // The levers transform the baseline here, in DESIGN.md's order: routing and compression
        // shape each call, the caches skip calls (the semantic layer paying for its embeddings), the
        // provider's prompt cache and the batch API discount the calls that remain.
        CachingSection caching = scenario.caching();
        double optimisedPerQuery = (1 - caching.servedShare()) * scenario.usdPerModelCall()
                + caching.embeddedShare() * caching.semantic().embeddingUsdPerQuery();
        double optimisedApi = queriesPerMonth * optimisedPerQuery;
        // A wrong cached answer costs what the user set (escalation, refund, churn): an operational cost.
        double falseHitsUsd = queriesPerMonth * caching.wrongShare() * caching.semantic().falseHitUsd();
        FixedCosts fixed = scenario.fixedCosts();
        MonthlyCosts monthly = new MonthlyCosts(
                optimisedApi,
                FixedCosts.sum(fixed.infrastructure()),
                fixed.engineering().usdPerMonth(),
                FixedCosts.sum(fixed.quality()),
                FixedCosts.sum(fixed.operational()) + falseHitsUsd);
        return new Evaluation(queriesPerMonth, new ApiCost(baselineApi, optimisedApi, optimisedPerQuery), monthly);
    }
}
