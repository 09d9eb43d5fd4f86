package org.llmcostplanner.bench;

import java.util.concurrent.TimeUnit;
import org.jfree.chart.JFreeChart;
import org.llmcostplanner.chart.Charts;
import org.llmcostplanner.model.Evaluation;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.model.ScenarioEvaluator;
import org.llmcostplanner.model.ScenarioInputs;
import org.llmcostplanner.model.TestScenarios;
import org.llmcostplanner.model.plan.GoalSeek;
import org.llmcostplanner.model.plan.GoalSeekResult;
import org.llmcostplanner.model.plan.Metric;
import org.llmcostplanner.model.plan.Sensitivity;
import org.llmcostplanner.model.plan.Tornado;
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
 * What the sensitivity charts cost per redraw, in microseconds, on the saas-support scenario: the
 * tornado (two evaluations and two validations per input in effect), the charts' whole update
 * (tornado; 121-point sweep), and one goal seek (about 250 to 500 tries and a solve).
 *
 * <p>Run: {@code mvn -B -q test-compile exec:exec@bench -Dbench.args="SensitivityBenchmark -f 1 -wi 3 -w 1s -i 5 -r 1s"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.AverageTime, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class SensitivityBenchmark {
    private Scenario scenario;
    private Evaluation evaluation;
    private JFreeChart tornadoChart;
    private JFreeChart sweepChart;

    @Setup
    public void build() {
        scenario = TestScenarios.saasSupport();
        evaluation = ScenarioEvaluator.evaluate(scenario);
        tornadoChart = Charts.SENSITIVITY_TORNADO.build(scenario, evaluation);
        sweepChart = Charts.SENSITIVITY_SWEEP.build(scenario, evaluation);
    }

    @Benchmark
    public Tornado tornado() {
        return Sensitivity.tornado(scenario, Metric.MONTHLY_TCO, 0.2);
    }

    @Benchmark
    public JFreeChart tornadoChartUpdate() {
        Charts.SENSITIVITY_TORNADO.update(tornadoChart, scenario, evaluation);
        return tornadoChart;
    }

    @Benchmark
    public JFreeChart sweepChartUpdate() {
        Charts.SENSITIVITY_SWEEP.update(sweepChart, scenario, evaluation);
        return sweepChart;
    }

    @Benchmark
    public GoalSeekResult goalSeekQueriesForTco() {
        return GoalSeek.seek(scenario, ScenarioInputs.QUERIES_PER_DAY, Metric.MONTHLY_TCO, 20_000);
    }
}
