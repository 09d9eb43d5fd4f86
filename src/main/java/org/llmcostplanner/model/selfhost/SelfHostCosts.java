package org.llmcostplanner.model.selfhost;

/**
 * The monthly cost of self-hosting as a function of monthly queries: whole replicas sized for the
 * peak, plus fixed and engineering costs, plus what every query costs on either side (the plan's
 * cache lookups, which sit in front of a self-hosted model as they do in front of an API).
 *
 * @param queriesPerReplicaMonth a replica's capacity, in the month's queries: its throughput at the
 *                               target utilisation over the month, divided by the peak-to-average
 *                               ratio and the share of queries that reach a model; infinite when none do
 * @param replicaUsdPerMonth     one replica's GPUs for the month
 * @param minReplicas            replicas kept running at any load, a whole number
 * @param fixedUsdPerMonth       monitoring, storage, networking and engineering, a month
 * @param usdPerQuery            what each query costs besides the model (the semantic cache's lookup)
 */
public record SelfHostCosts(double queriesPerReplicaMonth, double replicaUsdPerMonth, double minReplicas,
                            double fixedUsdPerMonth, double usdPerQuery) {
    /** Seconds in a day, for a month of {@code days} days. */
    public static final double SECONDS_PER_DAY = 86_400;

    /**
     * The costs of {@code section} for queries of the given tokens over months of {@code days}
     * days, engineering at {@code hourlyRateUsd}; {@code modelShare} of the queries reach the model.
     */
    public static SelfHostCosts of(SelfHostSection section, double inputTokens, double outputTokens, double days,
                                   double hourlyRateUsd, double modelShare, double usdPerQuery) {
        double queriesPerSecond = section.throughput().queriesPerSecond(inputTokens, outputTokens);
        double perReplica = modelShare > 0
                ? queriesPerSecond * section.targetUtilisation() * days * SECONDS_PER_DAY / (section.peakToAverage() * modelShare)
                : Double.POSITIVE_INFINITY;
        return new SelfHostCosts(perReplica, section.gpusPerReplica() * section.gpuUsdPerHour() * days * 24,
                section.minReplicas(), section.fixedUsdPerMonth() + section.engineeringHoursPerMonth() * hourlyRateUsd,
                usdPerQuery);
    }

    /** Replicas needed for {@code queriesPerMonth}: max(minimum, ceil(queries / capacity)). */
    public double replicas(double queriesPerMonth) {
        if (!(queriesPerMonth > 0)) {
            return minReplicas;
        }
        return Math.max(minReplicas, Math.ceil(queriesPerMonth / queriesPerReplicaMonth));
    }

    /** The month's self-hosting cost at {@code queriesPerMonth}. */
    public double monthlyUsd(double queriesPerMonth) {
        return replicas(queriesPerMonth) * replicaUsdPerMonth + fixedUsdPerMonth + usdPerQuery * queriesPerMonth;
    }

    /** What one more replica's worth of queries costs in GPUs, per query: the marginal GPU cost. */
    public double marginalUsdPerQuery() {
        return replicaUsdPerMonth / queriesPerReplicaMonth + usdPerQuery;
    }

    /**
     * The share of the running replicas' full throughput that the peak uses, 0..1: the target
     * utilisation when the replicas are just enough, less when the minimum or rounding up adds some.
     */
    public double peakUtilisation(double queriesPerMonth, double targetUtilisation) {
        double replicas = replicas(queriesPerMonth);
        return replicas > 0 && Double.isFinite(queriesPerReplicaMonth)
                ? queriesPerMonth / (replicas * queriesPerReplicaMonth) * targetUtilisation : 0;
    }
}
