package org.llmcostplanner.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.llmcostplanner.model.pareto.ParetoConstraints;
import org.llmcostplanner.model.pareto.ParetoLimit;
import org.llmcostplanner.model.pareto.ParetoPlan;
import org.llmcostplanner.model.pareto.ParetoSection;

class ScenarioInputsTest {

    static Stream<Named<ScenarioInput>> inputs() {
        return ScenarioInputs.ALL.stream().map(input -> Named.of(input.path(), input));
    }

    /** A valid value for {@code input} that differs from the saas-support scenario's. */
    private static double otherValidValue(ScenarioInput input, Scenario scenario) {
        double value = (input.sliderMin() + input.sliderMax()) / 2;
        return value == input.get(scenario) ? input.sliderMax() : value;
    }

    @Test
    void gettersReadTheScenarioFields() {
        Scenario s = TestScenarios.saasSupport();

        assertEquals(10_000, ScenarioInputs.QUERIES_PER_DAY.get(s), 0);
        assertEquals(500, ScenarioInputs.INPUT_TOKENS.get(s), 0);
        assertEquals(200, ScenarioInputs.OUTPUT_TOKENS.get(s), 0);
        assertEquals(30, ScenarioInputs.DAYS_PER_MONTH.get(s), 0);
        assertEquals(2.5, ScenarioInputs.INPUT_PRICE.get(s), 0);
        assertEquals(10, ScenarioInputs.OUTPUT_PRICE.get(s), 0);
        assertEquals(100, ScenarioInputs.HOURLY_RATE.get(s), 0);
        s = withParetoLimits(s);
        assertEquals(90, ScenarioInputs.MIN_QUALITY.get(s), 0, "0.9 shown as exactly 90 percent");
        assertEquals(1000, ScenarioInputs.MAX_LATENCY.get(s), 0);
        assertEquals(0.01, ScenarioInputs.MAX_COST.get(s), 0);
        assertEquals(93, ScenarioInputs.PLAN_QUALITY.get(s), 0);
        assertEquals(600, ScenarioInputs.PLAN_LATENCY.get(s), 0);
    }

    @Test
    void aPercentTypedBackIsTheFractionExactlyAndTheSwitchStays() {
        Scenario s = withParetoLimits(TestScenarios.saasSupport());
        for (double percent : new double[]{57, 90, 93.5, 99.9, 0.1, 100, 0}) {
            Scenario set = ScenarioInputs.MIN_QUALITY.set(s, percent);
            assertEquals(percent, ScenarioInputs.MIN_QUALITY.get(set), 0);
            assertEquals(Double.parseDouble(java.math.BigDecimal.valueOf(percent).movePointLeft(2).toPlainString()),
                    set.pareto().constraints().minQuality().value(), 0);
            assertTrue(set.pareto().constraints().minQuality().enabled(), "the bundled limit stays on");
        }
        Scenario off = ScenarioInputs.MAX_COST.set(s, 0.5);
        assertEquals(false, off.pareto().constraints().maxCostPerQueryUsd().enabled(), "a switched-off limit stays off");
    }

    /** The bundled file's Pareto settings: at least 90% quality; the plan measured at 93% and 600 ms. */
    private static Scenario withParetoLimits(Scenario s) {
        return s.withPareto(ParetoSection.EMPTY.withConstraints(ParetoConstraints.NONE.withMinQuality(ParetoLimit.of(0.9)))
                .withPlan(new ParetoPlan(ParetoLimit.of(0.93), ParetoLimit.of(600))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void setThenGetReturnsTheValue(ScenarioInput input) {
        Scenario original = TestScenarios.saasSupport();
        double value = otherValidValue(input, original);

        Scenario changed = input.set(original, value);

        assertEquals(value, input.get(changed), 0);
        assertNotEquals(original, changed);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void setLeavesEveryOtherFieldUnchanged(ScenarioInput input) {
        Scenario original = TestScenarios.saasSupport();

        Scenario changed = input.set(original, otherValidValue(input, original));

        for (ScenarioInput other : ScenarioInputs.ALL) {
            if (other != input) {
                assertEquals(other.get(original), other.get(changed), 0, other.path());
            }
        }
        assertEquals(original.name(), changed.name());
        assertEquals(original.description(), changed.description());
        assertEquals(original.referenceModel().name(), changed.referenceModel().name());
        assertEquals(original.fixedCosts().infrastructure(), changed.fixedCosts().infrastructure());
        assertEquals(original.fixedCosts().engineering().tasks(), changed.fixedCosts().engineering().tasks());
        assertEquals(original.fixedCosts().quality(), changed.fixedCosts().quality());
        assertEquals(original.fixedCosts().operational(), changed.fixedCosts().operational());
        // Setting the old value back restores the scenario exactly.
        assertEquals(original, input.set(changed, input.get(original)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void sliderRangeLiesInsideTheValidRange(ScenarioInput input) {
        assertTrue(input.validMin() < input.validMax(), "valid range ascending");
        assertTrue(input.sliderMin() < input.sliderMax(), "slider range ascending");
        assertTrue(input.validMin() <= input.sliderMin(), "slider starts inside valid range");
        assertTrue(input.sliderMax() <= input.validMax(), "slider ends inside valid range");
        assertEquals(Optional.empty(), input.problem(input.sliderMin()));
        assertEquals(Optional.empty(), input.problem(input.sliderMax()));
        if (input.logSlider()) {
            assertTrue(input.sliderMin() > 0, "a log slider cannot reach zero");
        }
        assertTrue(input.decimals() >= 0);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void defaultScenarioValuesLieOnTheSlider(ScenarioInput input) {
        double value = input.get(Scenario.untitled());

        assertTrue(value >= input.sliderMin() && value <= input.sliderMax(), input.path() + " = " + value);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void problemRejectsValuesOutsideTheValidRangeAndNonFiniteValues(ScenarioInput input) {
        assertTrue(input.problem(input.validMin()).isEmpty());
        assertTrue(input.problem(input.validMax()).isEmpty());
        assertTrue(input.problem(Math.nextDown(input.validMin())).isPresent());
        assertTrue(input.problem(Math.nextUp(input.validMax())).isPresent());
        assertEquals(Optional.of("must be a finite number"), input.problem(Double.NaN));
        assertEquals(Optional.of("must be a finite number"), input.problem(Double.POSITIVE_INFINITY));
        assertEquals(Optional.of("must be a finite number"), input.problem(Double.NEGATIVE_INFINITY));
    }

    @Test
    void pathsAreUniqueAndFoundByPath() {
        Set<String> paths = new HashSet<>();
        for (ScenarioInput input : ScenarioInputs.ALL) {
            assertTrue(paths.add(input.path()), "duplicate path " + input.path());
            assertEquals(Optional.of(input), ScenarioInputs.byPath(input.path()));
        }
        assertEquals(Optional.empty(), ScenarioInputs.byPath("workload.nope"));
    }

    @Test
    void groupsPartitionAllInputsExceptTheHourlyRate() {
        List<ScenarioInput> grouped = Stream.of(ScenarioInputs.WORKLOAD.stream(), ScenarioInputs.REFERENCE_MODEL.stream(),
                Stream.of(ScenarioInputs.HOURLY_RATE), ScenarioInputs.PARETO.stream(), ScenarioInputs.ROUTING.stream(),
                ScenarioInputs.PROMPTS.stream(), ScenarioInputs.CACHING.stream(), ScenarioInputs.BATCHING.stream(),
                SelfHostInputs.ALL.stream())
                .flatMap(s -> s).toList();

        assertEquals(ScenarioInputs.ALL, grouped);
    }

    @Test
    void lineAmountsAndTaskHoursHaveTheirOwnLimits() {
        assertTrue(ScenarioInputs.lineAmountProblem(0).isEmpty());
        assertTrue(ScenarioInputs.lineAmountProblem(1e9).isEmpty());
        assertEquals(Optional.of("must not be negative (was -0.01)"), ScenarioInputs.lineAmountProblem(-0.01));
        assertTrue(ScenarioInputs.lineAmountProblem(1e9 + 1).isPresent());
        assertTrue(ScenarioInputs.taskHoursProblem(1e6).isEmpty());
        assertTrue(ScenarioInputs.taskHoursProblem(1e6 + 1).isPresent());
        assertEquals(Optional.of("must be a finite number"), ScenarioInputs.taskHoursProblem(Double.NaN));
    }

    @Test
    void everySwitchableValueTurnsItsValueOnAndOffAndKeepsIt() {
        Scenario s = withParetoLimits(TestScenarios.saasSupport());
        for (SwitchableValue each : SwitchableValue.values()) {
            double shown = each.value().get(s);
            Scenario flipped = each.switched(s, !each.isOn(s));
            assertEquals(!each.isOn(s), each.isOn(flipped), each.name());
            assertEquals(shown, each.value().get(flipped), 0, each + " keeps its value");
            assertEquals(s, each.switched(flipped, each.isOn(s)), each + " switched back is the same scenario");
            Scenario moved = each.value().set(flipped, otherValidValue(each.value(), flipped));
            assertEquals(each.isOn(flipped), each.isOn(moved), each + ": a new value leaves the switch");
            assertTrue(ScenarioInputs.PARETO.contains(each.value()) || ScenarioInputs.ROUTING.contains(each.value()));
        }
    }
}
