package org.llmcostplanner.model.selfhost;

import java.util.Objects;

/**
 * Serving an open model on rented GPUs instead of calling an API, for the same traffic.
 *
 * @param modelName                what is served (e.g. a Pareto configuration's name); never null
 * @param quality                  its task quality, 0..1, measured as the plan's is
 * @param gpuUsdPerHour            the price of one GPU hour
 * @param gpusPerReplica           GPUs one copy of the model needs (tensor parallelism), above 0
 * @param throughput               what one replica sustains
 * @param targetUtilisation        the share of a replica's throughput planned for at peak, 0..1 (headroom for bursts)
 * @param peakToAverage            the busiest hour's load over the month's average, 1 or more
 * @param minReplicas              replicas kept running whatever the load (availability), a whole number
 * @param monitoringUsdPerMonth    monitoring and alerting, a month
 * @param storageUsdPerMonth       model weights, images and logs, a month
 * @param networkingUsdPerMonth    load balancer and egress, a month
 * @param engineeringHoursPerMonth hours a month to run it (updates, incidents, scaling), at the scenario's hourly rate
 * @param apiBasis                 the API cost it is compared with
 */
public record SelfHostSection(String modelName, double quality, double gpuUsdPerHour, double gpusPerReplica,
                              Throughput throughput, double targetUtilisation, double peakToAverage, double minReplicas,
                              double monitoringUsdPerMonth, double storageUsdPerMonth, double networkingUsdPerMonth,
                              double engineeringHoursPerMonth, ApiBasis apiBasis) {
    /**
     * A new plan's section: an 8B open model on one 24 GB GPU at $1.20 an hour, two replicas for
     * availability, sized at 70% of a load-tested throughput for a peak three times the average.
     */
    public static final SelfHostSection DEFAULT = new SelfHostSection("Llama 3.1 8B Instruct (vLLM)", 0.88, 1.20, 1,
            new Throughput(ThroughputBasis.TOKENS, 10_000, 2_000, 5), 0.7, 3, 2, 150, 50, 100, 20, ApiBasis.PLAN);

    public SelfHostSection {
        Objects.requireNonNull(modelName, "modelName");
        Objects.requireNonNull(throughput, "throughput");
        Objects.requireNonNull(apiBasis, "apiBasis");
    }

    /** The fixed costs that are not GPUs or engineering, a month. */
    public double fixedUsdPerMonth() {
        return monitoringUsdPerMonth + storageUsdPerMonth + networkingUsdPerMonth;
    }

    public SelfHostSection withModelName(String value) {
        return new SelfHostSection(value, quality, gpuUsdPerHour, gpusPerReplica, throughput, targetUtilisation,
                peakToAverage, minReplicas, monitoringUsdPerMonth, storageUsdPerMonth, networkingUsdPerMonth,
                engineeringHoursPerMonth, apiBasis);
    }

    public SelfHostSection withQuality(double value) {
        return new SelfHostSection(modelName, value, gpuUsdPerHour, gpusPerReplica, throughput, targetUtilisation,
                peakToAverage, minReplicas, monitoringUsdPerMonth, storageUsdPerMonth, networkingUsdPerMonth,
                engineeringHoursPerMonth, apiBasis);
    }

    public SelfHostSection withGpuUsdPerHour(double value) {
        return new SelfHostSection(modelName, quality, value, gpusPerReplica, throughput, targetUtilisation,
                peakToAverage, minReplicas, monitoringUsdPerMonth, storageUsdPerMonth, networkingUsdPerMonth,
                engineeringHoursPerMonth, apiBasis);
    }

    public SelfHostSection withGpusPerReplica(double value) {
        return new SelfHostSection(modelName, quality, gpuUsdPerHour, value, throughput, targetUtilisation,
                peakToAverage, minReplicas, monitoringUsdPerMonth, storageUsdPerMonth, networkingUsdPerMonth,
                engineeringHoursPerMonth, apiBasis);
    }

    public SelfHostSection withThroughput(Throughput value) {
        return new SelfHostSection(modelName, quality, gpuUsdPerHour, gpusPerReplica, value, targetUtilisation,
                peakToAverage, minReplicas, monitoringUsdPerMonth, storageUsdPerMonth, networkingUsdPerMonth,
                engineeringHoursPerMonth, apiBasis);
    }

    public SelfHostSection withTargetUtilisation(double value) {
        return new SelfHostSection(modelName, quality, gpuUsdPerHour, gpusPerReplica, throughput, value,
                peakToAverage, minReplicas, monitoringUsdPerMonth, storageUsdPerMonth, networkingUsdPerMonth,
                engineeringHoursPerMonth, apiBasis);
    }

    public SelfHostSection withPeakToAverage(double value) {
        return new SelfHostSection(modelName, quality, gpuUsdPerHour, gpusPerReplica, throughput, targetUtilisation,
                value, minReplicas, monitoringUsdPerMonth, storageUsdPerMonth, networkingUsdPerMonth,
                engineeringHoursPerMonth, apiBasis);
    }

    public SelfHostSection withMinReplicas(double value) {
        return new SelfHostSection(modelName, quality, gpuUsdPerHour, gpusPerReplica, throughput, targetUtilisation,
                peakToAverage, value, monitoringUsdPerMonth, storageUsdPerMonth, networkingUsdPerMonth,
                engineeringHoursPerMonth, apiBasis);
    }

    public SelfHostSection withMonitoringUsdPerMonth(double value) {
        return new SelfHostSection(modelName, quality, gpuUsdPerHour, gpusPerReplica, throughput, targetUtilisation,
                peakToAverage, minReplicas, value, storageUsdPerMonth, networkingUsdPerMonth,
                engineeringHoursPerMonth, apiBasis);
    }

    public SelfHostSection withStorageUsdPerMonth(double value) {
        return new SelfHostSection(modelName, quality, gpuUsdPerHour, gpusPerReplica, throughput, targetUtilisation,
                peakToAverage, minReplicas, monitoringUsdPerMonth, value, networkingUsdPerMonth,
                engineeringHoursPerMonth, apiBasis);
    }

    public SelfHostSection withNetworkingUsdPerMonth(double value) {
        return new SelfHostSection(modelName, quality, gpuUsdPerHour, gpusPerReplica, throughput, targetUtilisation,
                peakToAverage, minReplicas, monitoringUsdPerMonth, storageUsdPerMonth, value,
                engineeringHoursPerMonth, apiBasis);
    }

    public SelfHostSection withEngineeringHoursPerMonth(double value) {
        return new SelfHostSection(modelName, quality, gpuUsdPerHour, gpusPerReplica, throughput, targetUtilisation,
                peakToAverage, minReplicas, monitoringUsdPerMonth, storageUsdPerMonth, networkingUsdPerMonth,
                value, apiBasis);
    }

    public SelfHostSection withApiBasis(ApiBasis value) {
        return new SelfHostSection(modelName, quality, gpuUsdPerHour, gpusPerReplica, throughput, targetUtilisation,
                peakToAverage, minReplicas, monitoringUsdPerMonth, storageUsdPerMonth, networkingUsdPerMonth,
                engineeringHoursPerMonth, value);
    }
}
