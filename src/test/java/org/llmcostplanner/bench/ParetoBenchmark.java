package org.llmcostplanner.bench;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.llmcostplanner.model.pareto.ParetoFrontier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The frontier of a large evaluation sweep, in milliseconds: random configurations with costs
 * over five orders of magnitude (log-uniform, $0.00001 to $1 per query), quality rising with
 * cost plus noise, latency unrelated, and values rounded so ties occur as in real benchmark data.
 *
 * <p>Run: {@code mvn -B -q test-compile exec:exec@bench -Dbench.args="ParetoBenchmark -f 1 -wi 3 -i 5"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ParetoBenchmark {
    @Param({"1000000"})
    private int configurations;

    private double[] cost;
    private double[] quality;
    private double[] latency;

    @Setup
    public void sweep() {
        Random random = new Random(42);
        cost = new double[configurations];
        quality = new double[configurations];
        latency = new double[configurations];
        for (int i = 0; i < configurations; i++) {
            double decades = random.nextDouble() * 5;
            cost[i] = Math.round(Math.pow(10, decades - 5) * 1e7) / 1e7;
            quality[i] = Math.min(1, Math.max(0, Math.round((0.5 + decades / 10 + random.nextGaussian() * 0.08) * 1000) / 1000.0));
            latency[i] = Math.round(5 + random.nextDouble() * 2000);
        }
    }

    @Benchmark
    public boolean[] twoObjectives() {
        return ParetoFrontier.twoObjectives(cost, quality);
    }

    @Benchmark
    public boolean[] threeObjectives() {
        return ParetoFrontier.threeObjectives(cost, quality, latency);
    }
}
