package org.llmcostplanner.bench;

import java.util.concurrent.TimeUnit;
import org.llmcostplanner.model.Evaluation;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.model.ScenarioEvaluator;
import org.llmcostplanner.model.TestScenarios;
import org.llmcostplanner.model.VolumeSweep;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long the numbers behind one redraw take, in microseconds: one evaluation of the
 * saas-support scenario (every slider move) and the 120-point volume sweep from 1K to 10M
 * queries a day (every redraw of the shares chart). AverageTime gives the mean; SampleTime gives
 * the distribution (p0.50 is the median).
 *
 * <p>Run: {@code mvn -B -q test-compile exec:exec@bench -Dbench.args="EvaluateBenchmark -f 1 -wi 3 -w 1s -i 5 -r 1s"}.
 * Not a test: surefire never runs it (its name does not end in Test).
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.AverageTime, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class EvaluateBenchmark {
    /** Not final, so the JIT cannot fold the evaluation into a constant. */
    private Scenario scenario;

    @Setup
    public void buildScenario() {
        scenario = TestScenarios.saasSupport();
    }

    @Benchmark
    public Evaluation evaluate() {
        return ScenarioEvaluator.evaluate(scenario);
    }

    @Benchmark
    public VolumeSweep.ShareCurves sharesOver120Volumes() {
        return VolumeSweep.shares(scenario, 1e3, 1e7, 120);
    }
}
