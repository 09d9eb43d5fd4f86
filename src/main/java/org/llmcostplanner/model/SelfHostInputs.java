package org.llmcostplanner.model;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.ToDoubleFunction;
import java.util.function.UnaryOperator;

import org.llmcostplanner.model.format.Percent;
import org.llmcostplanner.model.selfhost.SelfHostSection;
import org.llmcostplanner.model.selfhost.Throughput;

/** The self-host section's scalar inputs, in the order the Self-host tab shows them. */
public final class SelfHostInputs {
    private SelfHostInputs() {
    }

    public static final ScenarioInput QUALITY = new ScenarioInput(
            "selfHost.quality", "Quality of the open model", "%", 0, 100, 50, 100, false, 1,
            s -> Percent.fromFraction(s.selfHost().quality()),
            (s, v) -> edit(s, h -> h.withQuality(Percent.toFraction(v))));

    public static final ScenarioInput GPU_PRICE = new ScenarioInput(
            "selfHost.gpuUsdPerHour", "GPU price", "USD / GPU hour", 0, 1_000, 0.1, 20, true, 2,
            s -> s.selfHost().gpuUsdPerHour(), (s, v) -> edit(s, h -> h.withGpuUsdPerHour(v)));

    public static final ScenarioInput GPUS_PER_REPLICA = new ScenarioInput(
            "selfHost.gpusPerReplica", "GPUs per replica", "GPUs", 0, 1_024, 1, 16, false, 2,
            s -> s.selfHost().gpusPerReplica(), (s, v) -> edit(s, h -> h.withGpusPerReplica(v)));

    public static final ScenarioInput INPUT_TOKENS_PER_SECOND = throughput(
            "selfHost.throughput.inputTokensPerSecond", "Input tokens per second", "tokens / s", 100, 200_000,
            Throughput::inputTokensPerSecond, Throughput::withInputTokensPerSecond);

    public static final ScenarioInput OUTPUT_TOKENS_PER_SECOND = throughput(
            "selfHost.throughput.outputTokensPerSecond", "Output tokens per second", "tokens / s", 10, 50_000,
            Throughput::outputTokensPerSecond, Throughput::withOutputTokensPerSecond);

    public static final ScenarioInput REQUESTS_PER_SECOND = throughput(
            "selfHost.throughput.requestsPerSecond", "Requests per second", "requests / s", 0.1, 1_000,
            Throughput::requestsPerSecond, Throughput::withRequestsPerSecond);

    public static final ScenarioInput TARGET_UTILISATION = new ScenarioInput(
            "selfHost.targetUtilisation", "Target utilisation at peak", "%", 1, 100, 10, 100, false, 1,
            s -> Percent.fromFraction(s.selfHost().targetUtilisation()),
            (s, v) -> edit(s, h -> h.withTargetUtilisation(Percent.toFraction(v))));

    public static final ScenarioInput PEAK_TO_AVERAGE = new ScenarioInput(
            "selfHost.peakToAverage", "Peak to average load", "x", 1, 1_000, 1, 10, false, 2,
            s -> s.selfHost().peakToAverage(), (s, v) -> edit(s, h -> h.withPeakToAverage(v)));

    public static final ScenarioInput MIN_REPLICAS = new ScenarioInput(
            "selfHost.minReplicas", "Minimum replicas", "replicas", 0, 10_000, 0, 10, false, 0,
            s -> s.selfHost().minReplicas(), (s, v) -> edit(s, h -> h.withMinReplicas(v)));

    public static final ScenarioInput MONITORING = monthly("selfHost.monitoringUsdPerMonth", "Monitoring",
            h -> h.monitoringUsdPerMonth(), SelfHostSection::withMonitoringUsdPerMonth);

    public static final ScenarioInput STORAGE = monthly("selfHost.storageUsdPerMonth", "Storage",
            h -> h.storageUsdPerMonth(), SelfHostSection::withStorageUsdPerMonth);

    public static final ScenarioInput NETWORKING = monthly("selfHost.networkingUsdPerMonth", "Networking",
            h -> h.networkingUsdPerMonth(), SelfHostSection::withNetworkingUsdPerMonth);

    public static final ScenarioInput ENGINEERING_HOURS = new ScenarioInput(
            "selfHost.engineeringHoursPerMonth", "Engineering to run it", "hours / month", 0, ScenarioInputs.MAX_TASK_HOURS_PER_MONTH,
            0, 200, false, 1,
            s -> s.selfHost().engineeringHoursPerMonth(), (s, v) -> edit(s, h -> h.withEngineeringHoursPerMonth(v)));

    /** Every scalar input of the section, in the tab's order. */
    public static final List<ScenarioInput> ALL = List.of(QUALITY, GPU_PRICE, GPUS_PER_REPLICA, INPUT_TOKENS_PER_SECOND,
            OUTPUT_TOKENS_PER_SECOND, REQUESTS_PER_SECOND, TARGET_UTILISATION, PEAK_TO_AVERAGE, MIN_REPLICAS, MONITORING,
            STORAGE, NETWORKING, ENGINEERING_HOURS);

    private static Scenario edit(Scenario scenario, UnaryOperator<SelfHostSection> change) {
        return scenario.withSelfHost(change.apply(scenario.selfHost()));
    }

    private static ScenarioInput throughput(String path, String label, String unit, double sliderMin, double sliderMax,
                                            ToDoubleFunction<Throughput> get, BiFunction<Throughput, Double, Throughput> set) {
        return new ScenarioInput(path, label, unit, 0, 1e9, sliderMin, sliderMax, true, 2,
                s -> get.applyAsDouble(s.selfHost().throughput()),
                (s, v) -> edit(s, h -> h.withThroughput(set.apply(h.throughput(), v))));
    }

    private static ScenarioInput monthly(String path, String label, ToDoubleFunction<SelfHostSection> get,
                                         BiFunction<SelfHostSection, Double, SelfHostSection> set) {
        return new ScenarioInput(path, label, "USD / month", 0, ScenarioInputs.MAX_LINE_USD_PER_MONTH, 0, 2_000, false, 2,
                s -> get.applyAsDouble(s.selfHost()), (s, v) -> edit(s, h -> set.apply(h, v)));
    }
}
