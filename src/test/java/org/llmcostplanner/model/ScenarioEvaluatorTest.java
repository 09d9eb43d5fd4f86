package org.llmcostplanner.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.llmcostplanner.model.format.Money;
import org.llmcostplanner.model.price.ModelPrice;

/**
 * The chapter's TCO example, with every expected figure worked out by hand (erratum 1 of
 * shared/reference/README.md gives the corrected values).
 */
class ScenarioEvaluatorTest {
    private static final double CENT = 1e-9;

    /** A share as a percentage rounded to one decimal, the way the chapter's table shows it. */
    private static double pctOneDecimal(Evaluation evaluation, CostCategory category) {
        return Math.round(evaluation.monthly().share(category) * 1000) / 10.0;
    }

    @Test
    void chapterExampleWithoutOperationalCostsGivesCorrectedFigures() {
        Evaluation evaluation = ScenarioEvaluator.evaluate(TestScenarios.chapterExample());

        // 10,000 queries/day x 30 days = 300,000 queries a month.
        assertEquals(300_000, evaluation.queriesPerMonth(), 0);
        // Per query: 500 x 2.50 / 1M + 200 x 10.00 / 1M = 0.00125 + 0.002 = $0.00325;
        // x 300,000 = $975.00.
        assertEquals(975.00, evaluation.monthly().api(), CENT);
        // 200 + 50 + 100 + 30 = $380.
        assertEquals(380.00, evaluation.monthly().infrastructure(), CENT);
        // 80 h x $100 = $8,000.
        assertEquals(8_000.00, evaluation.monthly().engineering(), CENT);
        // 500 + 200 = $700.
        assertEquals(700.00, evaluation.monthly().quality(), CENT);
        assertEquals(0, evaluation.monthly().operational(), 0);
        // 975 + 380 + 8,000 + 700 = $10,055.
        assertEquals(10_055.00, evaluation.totalUsdPerMonth(), CENT);
        // 10,055 / 300,000 = 0.0335166..., $0.03352 to five decimals.
        assertEquals(0.03352, evaluation.costPerQueryUsd(), 0.000005);
        assertEquals(10_055.0 / 300_000.0, evaluation.costPerQueryUsd(), 1e-15);
    }

    @Test
    void chapterExampleSharesMatchErratumOneNotThePrintedOnes() {
        Evaluation evaluation = ScenarioEvaluator.evaluate(TestScenarios.chapterExample());

        // 975 / 10,055 = 0.09697  -> 9.7 %   (the chapter prints 8 %)
        // 380 / 10,055 = 0.03779  -> 3.8 %   (prints 3 %)
        // 8,000 / 10,055 = 0.79562 -> 79.6 % (prints 68 %)
        // 700 / 10,055 = 0.06962  -> 7.0 %   (prints 6 %)
        assertEquals(9.7, pctOneDecimal(evaluation, CostCategory.API), 1e-9);
        assertEquals(3.8, pctOneDecimal(evaluation, CostCategory.INFRASTRUCTURE), 1e-9);
        assertEquals(79.6, pctOneDecimal(evaluation, CostCategory.ENGINEERING), 1e-9);
        assertEquals(7.0, pctOneDecimal(evaluation, CostCategory.QUALITY), 1e-9);
        assertEquals(0.0, pctOneDecimal(evaluation, CostCategory.OPERATIONAL), 1e-9);
        assertEquals(975.0 / 10_055.0, evaluation.apiShare(), 1e-15);
    }

    @Test
    void chapterExampleFiguresFormatAsTheCorrectedReport() {
        Evaluation evaluation = ScenarioEvaluator.evaluate(TestScenarios.chapterExample());

        assertEquals("$975.00", Money.usd(evaluation.monthly().api()));
        assertEquals("$10,055.00", Money.usd(evaluation.totalUsdPerMonth()));
        assertEquals("$0.03352", Money.usdPrecise(evaluation.costPerQueryUsd()));
        assertEquals("300,000", Money.count(evaluation.queriesPerMonth()));
        assertEquals("9.7%", Money.percent(evaluation.apiShare()));
        assertEquals("79.6%", Money.percent(evaluation.monthly().share(CostCategory.ENGINEERING)));
    }

    @Test
    void withoutOptimisationLeversOptimisedApiCostEqualsBaseline() {
        Evaluation evaluation = ScenarioEvaluator.evaluate(TestScenarios.chapterExample());

        assertEquals(975.00, evaluation.api().baselineUsdPerMonth(), CENT);
        assertEquals(evaluation.api().baselineUsdPerMonth(), evaluation.api().optimisedUsdPerMonth(), 0);
        assertEquals(0, evaluation.api().savingsUsdPerMonth(), 0);
        assertEquals(evaluation.api().optimisedUsdPerMonth(), evaluation.monthly().api(), 0);
    }

    @Test
    void saasSupportScenarioAddsOperationalLinesToTheChapterExample() {
        Evaluation evaluation = ScenarioEvaluator.evaluate(TestScenarios.saasSupport());

        assertEquals(975.00, evaluation.monthly().api(), CENT);
        assertEquals(380.00, evaluation.monthly().infrastructure(), CENT);
        // (30 + 25 + 25) h x $100 = $8,000.
        assertEquals(8_000.00, evaluation.monthly().engineering(), CENT);
        assertEquals(700.00, evaluation.monthly().quality(), CENT);
        // 150 + 100 + 300 + 200 = $750.
        assertEquals(750.00, evaluation.monthly().operational(), CENT);
        // 10,055 + 750 = $10,805.
        assertEquals(10_805.00, evaluation.totalUsdPerMonth(), CENT);
        // 10,805 / 300,000 = 0.0360166... -> $0.03602.
        assertEquals(10_805.0 / 300_000.0, evaluation.costPerQueryUsd(), 1e-15);
        assertEquals("$0.03602", Money.usdPrecise(evaluation.costPerQueryUsd()));
        assertEquals("$10,805.00", Money.usd(evaluation.totalUsdPerMonth()));
    }

    @Test
    void saasSupportSharesWithOperationalCategory() {
        Evaluation evaluation = ScenarioEvaluator.evaluate(TestScenarios.saasSupport());

        // 975 / 10,805 = 0.09024 -> 9.0 %; 380 / 10,805 = 0.03517 -> 3.5 %;
        // 8,000 / 10,805 = 0.74040 -> 74.0 %; 700 / 10,805 = 0.06478 -> 6.5 %;
        // 750 / 10,805 = 0.06941 -> 6.9 % (inside the chapter's 5-10 % for operational).
        assertEquals(9.0, pctOneDecimal(evaluation, CostCategory.API), 1e-9);
        assertEquals(3.5, pctOneDecimal(evaluation, CostCategory.INFRASTRUCTURE), 1e-9);
        assertEquals(74.0, pctOneDecimal(evaluation, CostCategory.ENGINEERING), 1e-9);
        assertEquals(6.5, pctOneDecimal(evaluation, CostCategory.QUALITY), 1e-9);
        assertEquals(6.9, pctOneDecimal(evaluation, CostCategory.OPERATIONAL), 1e-9);
    }

    @Test
    void engineeringCostIsTotalHoursTimesTheOneHourlyRate() {
        Engineering engineering = new Engineering(120, List.of(
                new EngineeringTask("a", 10), new EngineeringTask("b", 2.5)));

        // (10 + 2.5) h x $120 = $1,500; task b alone: 2.5 x 120 = $300.
        assertEquals(12.5, engineering.hoursPerMonth(), 0);
        assertEquals(1_500, engineering.usdPerMonth(), 1e-9);
        assertEquals(300, engineering.usdPerMonth(engineering.tasks().get(1)), 1e-9);
    }

    @Test
    void scenarioWithNothingToPayCostsNothingPerQuery() {
        Scenario free = TestScenarios.chapterExample()
                .withReferenceModel(new ModelPrice("free", 0, 0))
                .withFixedCosts(new FixedCosts(List.of(), new Engineering(0, List.of()), List.of(), List.of()));

        Evaluation evaluation = ScenarioEvaluator.evaluate(free);

        assertEquals(0, evaluation.totalUsdPerMonth(), 0);
        assertEquals(0, evaluation.costPerQueryUsd(), 0);
        for (CostCategory category : CostCategory.values()) {
            assertEquals(0, evaluation.monthly().share(category), 0, category.name());
        }
    }

    @Test
    void costPerQueryIsZeroWhenThereAreNoQueries() {
        Scenario idle = TestScenarios.chapterExample().withWorkload(new Workload(0, 500, 200, 30));

        Evaluation evaluation = ScenarioEvaluator.evaluate(idle);

        // No traffic: only the fixed $9,080 (380 + 8,000 + 700) remains, spread over no queries.
        assertEquals(9_080, evaluation.totalUsdPerMonth(), CENT);
        assertEquals(0, evaluation.costPerQueryUsd(), 0);
    }

    @Test
    void apiCostPerQueryIsThePricePerCallAtEveryVolumeAndWithNoTraffic() {
        // GPT-4o at 500 input and 200 output tokens: (500 x 2.50 + 200 x 10.00) / 1M = $0.00325.
        Scenario chapter = TestScenarios.chapterExample();
        for (double perDay : new double[]{0, 1, 1331, 10_000, 82_051, 1e7}) {
            Evaluation evaluation = ScenarioEvaluator.evaluate(ScenarioInputs.QUERIES_PER_DAY.set(chapter, perDay));
            assertEquals(0.00325, evaluation.apiUsdPerQuery(), 1e-18, perDay + " a day");
            assertEquals(ScenarioEvaluator.evaluate(chapter).apiUsdPerQuery(), evaluation.apiUsdPerQuery(), 0,
                    "exactly the same at " + perDay + " a day");
        }
    }
}
