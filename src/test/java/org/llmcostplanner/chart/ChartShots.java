package org.llmcostplanner.chart;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.jfree.chart.JFreeChart;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.model.ScenarioEvaluator;
import org.llmcostplanner.model.price.ModelPrice;
import org.llmcostplanner.model.selfhost.ApiBasis;
import org.llmcostplanner.model.selfhost.SelfHostSection;

/**
 * Writes every chart for a few scenarios to target/shots/ for a person to look at:
 * {@code mvn -B -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.llmcostplanner.chart.ChartShots},
 * or run it from the IDE. Not a test.
 */
public final class ChartShots {
    private ChartShots() {
    }

    public static void main(String[] args) throws IOException {
        System.setProperty("java.awt.headless", "true");
        Path dir = Files.createDirectories(Paths.get(args.length > 0 ? args[0] : "target/shots"));
        write(dir, "saas", TestScenarios.saasSupport());
        write(dir, "untitled", Scenario.untitled());
        write(dir, "1m", TestScenarios.atVolume(TestScenarios.saasSupport(), 1_000_000));
        write(dir, "3k", TestScenarios.atVolume(TestScenarios.saasSupport(), 3_000));
        write(dir, "8m", TestScenarios.atVolume(TestScenarios.saasSupport(), 8_000_000));
        write(dir, "zero", TestScenarios.atVolume(Scenario.untitled(), 1).withFixedCosts(
                Scenario.untitled().fixedCosts().withEngineering(Scenario.untitled().fixedCosts().engineering().withHourlyRateUsd(0))));
        write(dir, "empty", TestScenarios.empty());
        write(dir, "at-crossover", TestScenarios.atVolume(TestScenarios.saasSupport(), 80_000));
        write(dir, "edge-1k", TestScenarios.atVolume(TestScenarios.saasSupport(), 1_000));
        write(dir, "edge-10m", TestScenarios.atVolume(TestScenarios.saasSupport(), 10_000_000));
        Scenario saas = TestScenarios.saasSupport();
        write(dir, "cascade", saas.withRouting(saas.routing().withStrategy(org.llmcostplanner.model.routing.RoutingStrategy.CASCADE)));
        write(dir, "uneven-shares", saas.withRouting(saas.routing().withShares(java.util.List.of(0.5, 0.3, 0.1))));
        write(dir, "latency-cap", saas.withRouting(saas.routing().withMaxLatencyMs(
                org.llmcostplanner.model.pareto.ParetoLimit.of(450))));
        write(dir, "target-96", saas.withRouting(saas.routing().withTargetQuality(
                org.llmcostplanner.model.pareto.ParetoLimit.of(0.96))));
        write(dir, "batched", saas.withBatching(new org.llmcostplanner.model.batching.BatchingSection(true, 0.6, 0.5, 10,
                400, 0.01, 24)));
        write(dir, "wrong-answers-cost", saas.withCaching(saas.caching().withSemantic(
                saas.caching().semantic().withFalseHitUsd(0.05).withEmbeddingUsdPerQuery(0.0001))));

        // The savings waterfall with every lever on, and with a router whose fee outweighs its saving.
        Scenario levers = saas.withRouting(org.llmcostplanner.model.TestScenarios.saasSupportRouting().withEnabled(true))
                .withCaching(saas.caching().withEnabled(true).withSemantic(saas.caching().semantic().withEnabled(true)))
                .withBatching(new org.llmcostplanner.model.batching.BatchingSection(true, 0.6, 0.5, 1, 0, 0, 24));
        write(dir, "all-levers", levers, Charts.SAVINGS_WATERFALL);
        write(dir, "router-fee", saas.withRouting(new org.llmcostplanner.model.routing.RoutingSection(true,
                org.llmcostplanner.model.routing.RoutingStrategy.ROUTER, java.util.List.of(new org.llmcostplanner.model.routing.RoutingTier(
                        "All: GPT-4o", new ModelPrice("gpt-4o", 2.5, 10), 1, 0.93, 600)),
                new org.llmcostplanner.model.routing.RouterOverhead(0.001, 5), org.llmcostplanner.model.pareto.ParetoLimit.off(0.9),
                org.llmcostplanner.model.pareto.ParetoLimit.off(1000))), Charts.SAVINGS_WATERFALL);
        write(dir, "huge", TestScenarios.atVolume(levers, 1e10), Charts.SAVINGS_WATERFALL);
        try {
            write(dir, "legal", org.llmcostplanner.io.ScenarioFiles.read(Paths.get("scenarios", "legal-summarization.json")));
        } catch (org.llmcostplanner.io.ScenarioFileException refused) {
            throw new IOException(refused.getMessage(), refused);
        }

        Scenario untitled = Scenario.untitled();
        SelfHostSection section = SelfHostSection.DEFAULT;
        write(dir, "selfhost-never", untitled.withSelfHost(section.withGpuUsdPerHour(20).withGpusPerReplica(8)),
                Charts.SELF_HOST_BREAKEVEN);
        // A replica at $16.50 an hour earns $13,104 a month against its $11,880: cheaper and dearer in turn from 8M to 50M.
        write(dir, "selfhost-crossings", untitled.withSelfHost(section.withGpuUsdPerHour(16.5)), Charts.SELF_HOST_BREAKEVEN);
        // The reference model at $0.0003 a query and 100 engineering hours: breakeven at about 121M a month.
        write(dir, "selfhost-beyond-100m", untitled.withReferenceModel(new ModelPrice("cheap", 0.20, 1.00))
                .withSelfHost(section.withApiBasis(ApiBasis.REFERENCE).withEngineeringHoursPerMonth(100)),
                Charts.SELF_HOST_BREAKEVEN);
        write(dir, "selfhost-500m", TestScenarios.atVolume(untitled, 500_000_000 / 30.0), Charts.SELF_HOST_BREAKEVEN);
    }

    private static void write(Path dir, String name, Scenario scenario) throws IOException {
        write(dir, name, scenario, Charts.all().toArray(ChartBuilder[]::new));
    }

    /** The builders' charts at slide, screen, Overview and small sizes. */
    private static void write(Path dir, String name, Scenario scenario, ChartBuilder... builders) throws IOException {
        var evaluation = ScenarioEvaluator.evaluate(scenario);
        for (ChartBuilder builder : builders) {
            JFreeChart chart = builder.build(scenario, evaluation);
            ChartExport.writePng(chart, dir.resolve(builder.id() + "-" + name + ".png"), 1920, 1080, 1);
            ChartExport.writePng(chart, dir.resolve(builder.id() + "-" + name + "-screen.png"), 900, 520, 1);
            ChartExport.writePng(chart, dir.resolve(builder.id() + "-" + name + "-overview.png"), 700, 400, 1);
            ChartExport.writePng(chart, dir.resolve(builder.id() + "-" + name + "-small.png"), 460, 300, 1);
        }
    }
}
