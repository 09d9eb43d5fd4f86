package org.llmcostplanner.chart;

import java.util.List;

import org.llmcostplanner.model.ScenarioInput;
import org.llmcostplanner.model.plan.Metric;
import org.llmcostplanner.model.plan.Sensitivity;

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

    /** Monthly TCO with each input lowered and raised by 20%, the top ten inputs by swing, id {@code sensitivity-tornado}. */
    public static final ChartBuilder SENSITIVITY_TORNADO = new SensitivityTornadoChart();
    /** Monthly TCO over the queries-per-day slider's range, id {@code sensitivity-sweep}. */
    public static final ChartBuilder SENSITIVITY_SWEEP = new SensitivitySweepChart();

    private static final List<ChartBuilder> ALL = List.of(PARETO_SCATTER, TCO_PIE, SHARE_VS_VOLUME, ROUTING_SHARES,
            ROUTING_FRONTIER, CACHE_THRESHOLD, BATCH_SIZE, SELF_HOST_BREAKEVEN, SAVINGS_WATERFALL, SENSITIVITY_TORNADO,
            SENSITIVITY_SWEEP);

    private Charts() {
    }

    /**
     * A tornado of {@code metric} with each input moved by {@code delta} of its value, the top
     * {@code mostBars} inputs; same id as {@link #SENSITIVITY_TORNADO}.
     *
     * @param delta above 0 and at most {@link Sensitivity#MOST_DELTA}
     */
    public static ChartBuilder sensitivityTornado(Metric metric, double delta, int mostBars) {
        return new SensitivityTornadoChart(metric, delta, mostBars);
    }

    /**
     * {@code metric} at {@code points} values of {@code input} over its slider's range; same id as
     * {@link #SENSITIVITY_SWEEP}.
     */
    public static ChartBuilder sensitivitySweep(ScenarioInput input, Metric metric, int points) {
        return new SensitivitySweepChart(input, metric, points);
    }

    /** Every builder in display order; immutable. */
    public static List<ChartBuilder> all() {
        return ALL;
    }
}
