package org.llmcostplanner.model.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

import org.llmcostplanner.model.Evaluation;
import org.llmcostplanner.model.RandomScenarios;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.model.ScenarioEvaluator;

/**
 * The savings waterfall over random valid plans (jqwik drives the seed of
 * {@link RandomScenarios#variedScenario} and the four lever switches): its steps add up exactly,
 * its ends are the evaluation's, and each step is the evaluation with the levers up to it on.
 */
class WaterfallPropertiesTest {

    private static Scenario plan(long seed, boolean routing, boolean compression, boolean caching, boolean batching) {
        Scenario scenario = RandomScenarios.variedScenario(new Random(seed));
        scenario = scenario.withRouting(scenario.routing().withEnabled(routing));
        scenario = scenario.withPrompts(scenario.prompts().withEnabled(compression));
        scenario = scenario.withCaching(scenario.caching().withEnabled(caching));
        return scenario.withBatching(scenario.batching().withEnabled(batching));
    }

    @Property(tries = 1_000)
    void theSavingsAddUpExactlyToBaselineLessOptimised(@ForAll long seed, @ForAll boolean routing,
                                                       @ForAll boolean compression, @ForAll boolean caching,
                                                       @ForAll boolean batching) {
        Scenario scenario = plan(seed, routing, compression, caching, batching);
        Evaluation evaluation = ScenarioEvaluator.evaluate(scenario);
        SavingsWaterfall waterfall = SavingsWaterfall.of(scenario, evaluation);

        BigDecimal sum = waterfall.steps().stream().map(WaterfallStep::savingUsdPerMonthExact)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal expected = new BigDecimal(evaluation.api().baselineUsdPerMonth())
                .subtract(new BigDecimal(evaluation.api().optimisedUsdPerMonth()));
        assertEquals(0, sum.compareTo(expected), () -> "sum " + sum + " against " + expected);
        assertEquals(0, waterfall.totalSavingUsdPerMonthExact().compareTo(expected));
    }

    @Property(tries = 1_000)
    void theEndsAreTheEvaluationsAndEachStepIsTheLeversUpToItOn(@ForAll long seed, @ForAll boolean routing,
                                                                @ForAll boolean compression, @ForAll boolean caching,
                                                                @ForAll boolean batching) {
        Scenario scenario = plan(seed, routing, compression, caching, batching);
        Evaluation evaluation = ScenarioEvaluator.evaluate(scenario);
        SavingsWaterfall waterfall = SavingsWaterfall.of(scenario, evaluation);

        assertTrue(waterfall.baselineUsdPerMonth() == evaluation.api().baselineUsdPerMonth());
        assertTrue(waterfall.optimisedUsdPerMonth() == evaluation.api().optimisedUsdPerMonth());
        // Recomputed here with the sections' own switches, not through Lever.
        Scenario routed = plan(seed, routing, false, false, false);
        Scenario compressed = plan(seed, routing, compression, false, false);
        Scenario cached = plan(seed, routing, compression, caching, false);
        double[] expected = {optimised(routed), optimised(compressed), optimised(cached), optimised(scenario)};
        boolean[] on = {routing, compression, caching, batching};
        for (int k = 0; k < expected.length; k++) {
            WaterfallStep step = waterfall.steps().get(k);
            assertTrue(step.monthlyApiCostUsd() == expected[k], step + " against " + expected[k]);
            assertEquals(on[k], step.on());
            assertTrue(Double.isFinite(step.savingUsdPerMonth()), step.toString());
        }
    }

    @Property(tries = 1_000)
    void aLeverThatIsOffSavesExactlyNothingAndAllOffIsTheBaseline(@ForAll long seed, @ForAll boolean routing,
                                                                  @ForAll boolean compression, @ForAll boolean caching,
                                                                  @ForAll boolean batching) {
        Scenario scenario = plan(seed, routing, compression, caching, batching);
        SavingsWaterfall waterfall = SavingsWaterfall.of(scenario);

        for (WaterfallStep step : waterfall.steps()) {
            if (!step.on()) {
                assertEquals(0, step.savingUsdPerMonthExact().signum(), step.toString());
            }
        }
        Scenario none = plan(seed, false, false, false, false);
        assertTrue(optimised(none) == ScenarioEvaluator.evaluate(scenario).api().baselineUsdPerMonth(),
                "with every lever off the plan costs the baseline");
    }

    @Property(tries = 1_000)
    void theShownFiguresAddUpToTheShownEnds(@ForAll long seed, @ForAll boolean routing, @ForAll boolean compression,
                                            @ForAll boolean caching, @ForAll boolean batching) {
        SavingsWaterfall waterfall = SavingsWaterfall.of(plan(seed, routing, compression, caching, batching));
        int last = waterfall.levelCount() - 1;

        BigDecimal usd = BigDecimal.ZERO;
        for (int step = 0; step < waterfall.steps().size(); step++) {
            usd = usd.add(waterfall.shownSavingUsd(step));
        }
        assertEquals(0, usd.compareTo(waterfall.shownLevelUsd(0).subtract(waterfall.shownLevelUsd(last))));
        assertEquals(2, waterfall.shownLevelUsd(last).scale());
        if (waterfall.baselineUsdPerMonth() > 0) {
            BigDecimal percent = BigDecimal.ZERO;
            for (int step = 0; step < waterfall.steps().size(); step++) {
                percent = percent.add(waterfall.shownSavingPercent(step).orElseThrow());
            }
            assertEquals(0, new BigDecimal("100.0").subtract(percent).compareTo(waterfall.shownLevelPercent(last).orElseThrow()));
        } else {
            assertTrue(waterfall.shownSavingPercent(0).isEmpty(), "no share of a zero baseline");
        }
    }

    private static double optimised(Scenario scenario) {
        return ScenarioEvaluator.evaluate(scenario).api().optimisedUsdPerMonth();
    }
}
