package org.llmcostplanner.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.llmcostplanner.model.price.ModelPrice;

class VolumeSweepTest {
    private static final double TOLERANCE_PCT = 1e-9;

    private static Scenario withoutEngineering(Scenario scenario) {
        return scenario.withFixedCosts(scenario.fixedCosts().withEngineering(new Engineering(100, List.of())));
    }

    @Test
    void sharesAreLogSpacedFromMinToMax() {
        VolumeSweep.ShareCurves curves = VolumeSweep.shares(TestScenarios.chapterExample(), 1e3, 1e7, 5);

        assertArrayEquals(new double[] {1e3, 1e4, 1e5, 1e6, 1e7}, curves.queriesPerDay(), 1e-6);
        for (CostCategory category : CostCategory.values()) {
            assertEquals(5, curves.sharePct().get(category).length, category.name());
        }
    }

    @Test
    void chapterExampleSharesAtKnownVolumes() {
        VolumeSweep.ShareCurves curves = VolumeSweep.shares(TestScenarios.chapterExample(), 1e3, 1e5, 3);

        // API per month = queries/day x 30 x $0.00325 = queries/day x $0.0975; fixed = 380 + 8,000 + 700 = 9,080.
        // 1,000/day: API 97.5, total 9,177.5.
        assertShares(curves, 0, 97.5, 9_177.5);
        // 10,000/day: API 975, total 10,055 (the chapter's point: engineering 79.6 %).
        assertShares(curves, 1, 975, 10_055);
        // 100,000/day: API 9,750, total 18,830; API now above engineering (51.8 % vs 42.5 %).
        assertShares(curves, 2, 9_750, 18_830);
        assertEquals(51.779, curves.sharePct().get(CostCategory.API)[2], 0.001);
        assertEquals(42.485, curves.sharePct().get(CostCategory.ENGINEERING)[2], 0.001);
    }

    private static void assertShares(VolumeSweep.ShareCurves curves, int i, double apiUsd, double totalUsd) {
        assertEquals(100 * apiUsd / totalUsd, curves.sharePct().get(CostCategory.API)[i], TOLERANCE_PCT);
        assertEquals(100 * 380 / totalUsd, curves.sharePct().get(CostCategory.INFRASTRUCTURE)[i], TOLERANCE_PCT);
        assertEquals(100 * 8_000 / totalUsd, curves.sharePct().get(CostCategory.ENGINEERING)[i], TOLERANCE_PCT);
        assertEquals(100 * 700 / totalUsd, curves.sharePct().get(CostCategory.QUALITY)[i], TOLERANCE_PCT);
        assertEquals(0, curves.sharePct().get(CostCategory.OPERATIONAL)[i], 0);
    }

    @Test
    void everyShareRowSumsToOneHundredPercent() {
        VolumeSweep.ShareCurves curves = VolumeSweep.shares(TestScenarios.saasSupport(), 1e3, 1e7, 120);

        for (int i = 0; i < curves.queriesPerDay().length; i++) {
            double sum = 0;
            for (CostCategory category : CostCategory.values()) {
                sum += curves.sharePct().get(category)[i];
            }
            assertEquals(100, sum, 1e-9, "row " + i);
        }
    }

    @Test
    void sharesAreAllZeroWhenNothingCostsAnything() {
        Scenario free = TestScenarios.chapterExample()
                .withReferenceModel(new ModelPrice("free", 0, 0))
                .withFixedCosts(new FixedCosts(List.of(), new Engineering(0, List.of()), List.of(), List.of()));

        VolumeSweep.ShareCurves curves = VolumeSweep.shares(free, 1, 100, 3);

        for (CostCategory category : CostCategory.values()) {
            assertArrayEquals(new double[3], curves.sharePct().get(category), category.name());
        }
    }

    @Test
    void sharesRejectFewerThanTwoPointsOrABadRange() {
        Scenario scenario = TestScenarios.chapterExample();
        assertThrows(IllegalArgumentException.class, () -> VolumeSweep.shares(scenario, 1e3, 1e7, 1));
        assertThrows(IllegalArgumentException.class, () -> VolumeSweep.shares(scenario, 0, 1e7, 10));
        assertThrows(IllegalArgumentException.class, () -> VolumeSweep.shares(scenario, 1e7, 1e3, 10));
        assertThrows(IllegalArgumentException.class, () -> VolumeSweep.shares(scenario, Double.NaN, 1e3, 10));
    }

    @Test
    void apiOvertakesEngineeringWhereMonthlyApiCostReachesEngineeringCost() {
        OptionalDouble crossing = VolumeSweep.apiOvertakesEngineeringAt(TestScenarios.chapterExample());

        // q x 30 days x $0.00325 = $8,000  =>  q = 8,000 / 0.0975 = 82,051.282051... queries a day.
        double expected = 8_000 / (0.00325 * 30);
        assertTrue(crossing.isPresent());
        assertEquals(expected, crossing.getAsDouble(), expected * 1e-6);
        assertEquals(82_051.282051, crossing.getAsDouble(), 82_051.282051 * 1e-6);
    }

    @Test
    void apiOvertakesEngineeringIgnoresTheOtherFixedCosts() {
        // saas-support adds $750 operational; the crossing only compares API with engineering.
        OptionalDouble crossing = VolumeSweep.apiOvertakesEngineeringAt(TestScenarios.saasSupport());

        assertEquals(8_000 / 0.0975, crossing.orElseThrow(), 8_000 / 0.0975 * 1e-6);
    }

    @Test
    void apiNeverOvertakesEngineeringWhenThereIsNoEngineeringCost() {
        Scenario noHours = withoutEngineering(TestScenarios.chapterExample());
        Scenario noRate = TestScenarios.chapterExample().withFixedCosts(TestScenarios.chapterExample().fixedCosts()
                .withEngineering(TestScenarios.chapterExample().fixedCosts().engineering().withHourlyRateUsd(0)));

        assertTrue(VolumeSweep.apiOvertakesEngineeringAt(noHours).isEmpty());
        assertTrue(VolumeSweep.apiOvertakesEngineeringAt(noRate).isEmpty());
    }

    @Test
    void apiNeverOvertakesEngineeringWhenCallsAreFree() {
        Scenario freeModel = TestScenarios.chapterExample().withReferenceModel(new ModelPrice("free", 0, 0));
        Scenario noTokens = TestScenarios.chapterExample().withWorkload(new Workload(10_000, 0, 0, 30));

        assertTrue(VolumeSweep.apiOvertakesEngineeringAt(freeModel).isEmpty());
        assertTrue(VolumeSweep.apiOvertakesEngineeringAt(noTokens).isEmpty());
    }

    @Test
    void crossingDoesNotDependOnTheScenarioCurrentVolume() {
        Scenario busy = TestScenarios.chapterExample().withWorkload(new Workload(5_000_000, 500, 200, 30));

        assertEquals(8_000 / 0.0975, VolumeSweep.apiOvertakesEngineeringAt(busy).orElseThrow(), 8_000 / 0.0975 * 1e-6);
    }
}
