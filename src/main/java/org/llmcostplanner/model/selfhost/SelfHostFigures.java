package org.llmcostplanner.model.selfhost;

import java.util.OptionalDouble;

/**
 * Self-hosting against the API at the scenario's volume and across volumes.
 *
 * @param section            the inputs
 * @param queriesPerMonth    the scenario's current volume
 * @param apiUsdPerQuery     the API's cost per query on the chosen basis (levers included on the plan's)
 * @param costs              self-hosting's cost function
 * @param breakeven          where the two meet
 * @param tokensPerQuery     tokens the self-hosted model processes per query, input and output
 *                           (already net of the queries the caches answer)
 * @param selfHostQuality    the self-hosted model's quality in the plan (after wrong cached answers on the plan's basis)
 * @param apiQuality         the API side's quality, when measured
 */
public record SelfHostFigures(SelfHostSection section, double queriesPerMonth, double apiUsdPerQuery, SelfHostCosts costs,
                              Breakeven breakeven, double tokensPerQuery, double selfHostQuality, OptionalDouble apiQuality) {

    public double apiUsdPerMonth(double queries) {
        return apiUsdPerQuery * queries;
    }

    public double selfHostUsdPerMonth(double queries) {
        return costs.monthlyUsd(queries);
    }

    /** Replicas at the current volume. */
    public double replicas() {
        return costs.replicas(queriesPerMonth);
    }

    /** The share of the replicas' full throughput the peak uses, at the current volume. */
    public double peakUtilisation() {
        return costs.peakUtilisation(queriesPerMonth, section.targetUtilisation());
    }

    /** The share of the replicas' full throughput the month's average load uses. */
    public double averageUtilisation() {
        return peakUtilisation() / section.peakToAverage();
    }

    /** Self-hosting's monthly cost over the tokens it processes, per 1M tokens; 0 with no tokens. */
    public double usdPer1MTokens() {
        double tokens = queriesPerMonth * tokensPerQuery;
        return tokens > 0 ? selfHostUsdPerMonth(queriesPerMonth) / tokens * 1_000_000 : 0;
    }

    /** Self-hosted quality less the API side's, in points of 0..1; empty when the API side's is not measured. */
    public OptionalDouble qualityDifference() {
        return apiQuality.isPresent() ? OptionalDouble.of(selfHostQuality - apiQuality.getAsDouble()) : OptionalDouble.empty();
    }

    /** What self-hosting saves a month at the current volume (negative when it costs more). */
    public double savingUsdPerMonth() {
        return apiUsdPerMonth(queriesPerMonth) - selfHostUsdPerMonth(queriesPerMonth);
    }
}
