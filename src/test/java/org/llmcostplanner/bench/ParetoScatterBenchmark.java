package org.llmcostplanner.bench;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.llmcostplanner.chart.Charts;
import org.llmcostplanner.model.Evaluation;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.model.ScenarioEvaluator;
import org.llmcostplanner.model.TestScenarios;
import org.llmcostplanner.model.pareto.ParetoConfiguration;
import org.llmcostplanner.model.pareto.ParetoConstraints;
import org.llmcostplanner.model.pareto.ParetoLimit;
import org.llmcostplanner.model.pareto.ParetoSection;
import org.llmcostplanner.model.pareto.SweepConfigurations;
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
 * One redraw of the Pareto scatter after a table edit, in milliseconds: what the chart's worker
 * thread does between the edit and the new picture (update the chart from the scenario, which
 * recomputes the frontier, then draw it with Java2D at the on-screen size with tooltips
 * collected). Each call edits one configuration's quality, so every redraw is real work.
 * Configurations are an evaluation sweep ({@link SweepConfigurations}).
 *
 * <p>Run: {@code mvn -B -q test-compile exec:exec@bench -Dbench.args="ParetoScatterBenchmark -f 1 -wi 5 -i 10"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
public class ParetoScatterBenchmark {
    @Param({"10000"})
    private int configurations;

    private Scenario[] edits;
    private Evaluation evaluation;
    private JFreeChart chart;
    private BufferedImage image;
    private int next;

    @Setup
    public void sweep() {
        List<ParetoConfiguration> sweep = SweepConfigurations.random(configurations, 7);
        Random random = new Random(11);
        Scenario base = TestScenarios.saasSupport().withPareto(ParetoSection.EMPTY.withConfigurations(sweep)
                .withConstraints(ParetoConstraints.NONE.withMinQuality(ParetoLimit.of(0.9))));
        edits = new Scenario[64];
        for (int k = 0; k < edits.length; k++) {
            List<ParetoConfiguration> edited = new ArrayList<>(sweep);
            int row = random.nextInt(sweep.size());
            edited.set(row, edited.get(row).withQuality(random.nextDouble()));
            edits[k] = base.withPareto(base.pareto().withConfigurations(edited));
        }
        evaluation = ScenarioEvaluator.evaluate(base);
        chart = Charts.PARETO_SCATTER.build(base, evaluation);
        image = new BufferedImage(1000, 700, BufferedImage.TYPE_INT_ARGB_PRE); // half of a 1920x1080 window's tab area
    }

    @Benchmark
    public ChartRenderingInfo updateAndDraw() {
        Scenario scenario = edits[next++ % edits.length];
        Charts.PARETO_SCATTER.update(chart, scenario, evaluation);
        Graphics2D g2 = image.createGraphics(); // the chart's own rendering hints (antialiasing on) apply
        ChartRenderingInfo info = new ChartRenderingInfo();
        try {
            chart.draw(g2, new Rectangle2D.Double(0, 0, image.getWidth(), image.getHeight()), null, info);
        } finally {
            g2.dispose();
        }
        return info;
    }
}
