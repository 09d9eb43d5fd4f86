package org.llmcostplanner.chart;

import java.util.List;

/** Every chart of the planner, in display order. */
public final class Charts {
    /** Benchmarked configurations, cost per query against quality, with the frontier, id {@code pareto-scatter}. */
    public static final ChartBuilder PARETO_SCATTER = new ParetoScatterChart();
    /** Monthly TCO by category, id {@code tco-pie}. */
    public static final ChartBuilder TCO_PIE = new TcoPieChart();
    /** Share of TCO per category over queries per day, id {@code tco-share-vs-volume}. */
    public static final ChartBuilder SHARE_VS_VOLUME = new ShareVsVolumeChart();

    /** Per tier, traffic share next to cost share, id {@code routing-shares}. */
    public static final ChartBuilder ROUTING_SHARES = new RoutingShareChart();
    /** Cheapest cost per query against the quality target, id {@code routing-frontier}. */
    public static final ChartBuilder ROUTING_FRONTIER = new RoutingFrontierChart();

    /** Hit rate, false-hit rate and net savings against the semantic cache's threshold, id {@code cache-threshold}. */
    public static final ChartBuilder CACHE_THRESHOLD = new CacheThresholdChart();

    /** Cost of a batched item over the items packed per prompt, id {@code batch-size}. */
    public static final ChartBuilder BATCH_SIZE = new BatchSizeChart();

    /** Monthly cost of self-hosting (in whole replicas) and of the API by queries per month, id {@code self-host-breakeven}. */
    public static final ChartBuilder SELF_HOST_BREAKEVEN = new SelfHostBreakevenChart();

    /** Monthly API cost from the baseline through each lever to the optimised cost, id {@code savings-waterfall}. */
    public static final ChartBuilder SAVINGS_WATERFALL = new SavingsWaterfallChart();

    private static final List<ChartBuilder> ALL = List.of(PARETO_SCATTER, TCO_PIE, SHARE_VS_VOLUME, ROUTING_SHARES,
            ROUTING_FRONTIER, CACHE_THRESHOLD, BATCH_SIZE, SELF_HOST_BREAKEVEN, SAVINGS_WATERFALL);

    private Charts() {
    }

    /** Every builder in display order; immutable. */
    public static List<ChartBuilder> all() {
        return ALL;
    }
}
