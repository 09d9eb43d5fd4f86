package org.llmcostplanner.model;

import static org.llmcostplanner.model.RandomScenarios.forAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalDouble;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.llmcostplanner.model.price.ModelPrice;

/** Properties of {@link ScenarioEvaluator} and {@link VolumeSweep} over random valid scenarios. */
class ScenarioEvaluatorPropertiesTest {

    /** |actual - expected| within {@code relative} of the larger magnitude (exact when both are 0). */
    private static void assertClose(double expected, double actual, double relative, String what) {
        double scale = Math.max(Math.abs(expected), Math.abs(actual));
        assertTrue(Math.abs(actual - expected) <= relative * scale,
                what + ": expected " + expected + " but was " + actual);
    }

    private static Scenario withQueriesPerDay(Scenario scenario, double queriesPerDay) {
        return scenario.withWorkload(scenario.workload().withQueriesPerDay(queriesPerDay));
    }

    @Test
    void generatedScenariosAreValid() {
        forAll(scenario -> assertEquals(List.of(), ScenarioValidator.problems(scenario)));
    }

    @Test
    void evaluationIsFiniteAndNonNegative() {
        forAll(scenario -> {
            Evaluation evaluation = ScenarioEvaluator.evaluate(scenario);

            double[] figures = {
                evaluation.queriesPerMonth(), evaluation.api().baselineUsdPerMonth(),
                evaluation.api().optimisedUsdPerMonth(), evaluation.totalUsdPerMonth(), evaluation.costPerQueryUsd()
            };
            for (double figure : figures) {
                assertTrue(Double.isFinite(figure) && figure >= 0, "figure " + figure);
            }
            for (CostCategory category : CostCategory.values()) {
                double usd = evaluation.monthly().get(category);
                double share = evaluation.monthly().share(category);
                assertTrue(Double.isFinite(usd) && usd >= 0, category + " " + usd);
                assertTrue(share >= 0 && share <= 1, category + " share " + share);
            }
        });
    }

    @Test
    void totalIsTheSumOfIndependentlyComputedCategories() {
        forAll(scenario -> {
            Workload w = scenario.workload();
            ModelPrice m = scenario.referenceModel();
            FixedCosts fixed = scenario.fixedCosts();
            double api = w.queriesPerDay() * w.daysPerMonth()
                    * (w.inputTokensPerQuery() * m.inputUsdPer1MTokens() / 1e6
                            + w.outputTokensPerQuery() * m.outputUsdPer1MTokens() / 1e6);
            double infrastructure = fixed.infrastructure().stream().mapToDouble(LineItem::usdPerMonth).sum();
            double engineering = fixed.engineering().tasks().stream()
                    .mapToDouble(task -> task.hoursPerMonth() * fixed.engineering().hourlyRateUsd()).sum();
            double quality = fixed.quality().stream().mapToDouble(LineItem::usdPerMonth).sum();
            double operational = fixed.operational().stream().mapToDouble(LineItem::usdPerMonth).sum();

            Evaluation evaluation = ScenarioEvaluator.evaluate(scenario);

            assertClose(api, evaluation.monthly().api(), 1e-12, "api");
            assertClose(infrastructure, evaluation.monthly().infrastructure(), 1e-12, "infrastructure");
            assertClose(engineering, evaluation.monthly().engineering(), 1e-12, "engineering");
            assertClose(quality, evaluation.monthly().quality(), 1e-12, "quality");
            assertClose(operational, evaluation.monthly().operational(), 1e-12, "operational");
            assertClose(api + infrastructure + engineering + quality + operational,
                    evaluation.totalUsdPerMonth(), 1e-12, "total");
        });
    }

    @Test
    void doublingQueriesPerDayDoublesApiCostAndLeavesFixedCostsAlone() {
        forAll(scenario -> {
            MonthlyCosts before = ScenarioEvaluator.evaluate(scenario).monthly();
            MonthlyCosts after = ScenarioEvaluator.evaluate(
                    withQueriesPerDay(scenario, 2 * scenario.workload().queriesPerDay())).monthly();

            assertClose(2 * before.api(), after.api(), 1e-12, "api");
            assertEquals(before.infrastructure(), after.infrastructure(), 0);
            assertEquals(before.engineering(), after.engineering(), 0);
            assertEquals(before.quality(), after.quality(), 0);
            assertEquals(before.operational(), after.operational(), 0);
        });
    }

    @Test
    void apiCostScalesLinearlyWithQueriesPerDay() {
        Random factors = new Random(7);
        forAll(scenario -> {
            double factor = Math.pow(10, -3 + 6 * factors.nextDouble());
            double before = ScenarioEvaluator.evaluate(scenario).monthly().api();
            double after = ScenarioEvaluator.evaluate(
                    withQueriesPerDay(scenario, factor * scenario.workload().queriesPerDay())).monthly().api();

            assertClose(factor * before, after, 1e-12, "api x " + factor);
        });
    }

    @Test
    void costPerQueryTimesQueriesPerMonthIsTheTotal() {
        forAll(scenario -> {
            Evaluation evaluation = ScenarioEvaluator.evaluate(scenario);

            assertClose(evaluation.totalUsdPerMonth(), evaluation.costPerQueryUsd() * evaluation.queriesPerMonth(),
                    1e-12, "cost per query x queries");
            assertEquals(scenario.workload().queriesPerDay() * scenario.workload().daysPerMonth(),
                    evaluation.queriesPerMonth(), 0);
        });
    }

    @Test
    void sharesSumToOneWhenAnythingCostsMoney() {
        forAll(scenario -> {
            MonthlyCosts monthly = ScenarioEvaluator.evaluate(scenario).monthly();
            double sum = 0;
            for (CostCategory category : CostCategory.values()) {
                sum += monthly.share(category);
            }

            assertEquals(monthly.total() > 0 ? 1 : 0, sum, 1e-12);
        });
    }

    @Test
    void optimisedApiCostEqualsBaselineWhileThereAreNoLevers() {
        forAll(scenario -> {
            ApiCost api = ScenarioEvaluator.evaluate(scenario).api();

            assertEquals(api.baselineUsdPerMonth(), api.optimisedUsdPerMonth(), 0);
        });
    }

    @Test
    void everySweepRowSumsToOneHundredPercent() {
        forAll(200, scenario -> {
            VolumeSweep.ShareCurves curves = VolumeSweep.shares(scenario, 1e3, 1e7, 40);

            for (int i = 0; i < curves.queriesPerDay().length; i++) {
                double sum = 0;
                for (CostCategory category : CostCategory.values()) {
                    sum += curves.sharePct().get(category)[i];
                }
                double total = ScenarioEvaluator.evaluate(withQueriesPerDay(scenario, curves.queriesPerDay()[i]))
                        .totalUsdPerMonth();
                assertEquals(total > 0 ? 100 : 0, sum, 1e-9, "row " + i);
            }
        });
    }

    @Test
    void atTheCrossingApiCostEqualsEngineeringCost() {
        forAll(200, scenario -> {
            OptionalDouble crossing = VolumeSweep.apiOvertakesEngineeringAt(scenario);
            double engineering = scenario.fixedCosts().engineering().usdPerMonth();
            double apiPerDailyQuery = ScenarioEvaluator.evaluate(scenario).monthly().api()
                    / scenario.workload().queriesPerDay();

            if (crossing.isPresent()) {
                double api = ScenarioEvaluator.evaluate(withQueriesPerDay(scenario, crossing.getAsDouble()))
                        .monthly().api();
                assertClose(engineering, api, 1e-9, "api at the crossing");
            } else {
                // No crossing only when one side is zero or it lies outside the searched 0.001..1e13 a day.
                double expected = engineering / apiPerDailyQuery;
                boolean outsideSearch = engineering > 0 && apiPerDailyQuery > 0 && (expected < 1e-3 || expected > 1e13);
                assertTrue(engineering == 0 || apiPerDailyQuery == 0 || outsideSearch, "missing crossing at " + expected);
            }
        });
    }
}
