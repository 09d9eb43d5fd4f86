package org.llmcostplanner.model.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalDouble;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.llmcostplanner.model.RandomScenarios;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.model.ScenarioInput;
import org.llmcostplanner.model.ScenarioInputs;
import org.llmcostplanner.model.ScenarioValidator;

/**
 * Goal seek over random valid plans (jqwik draws a seed for {@link RandomScenarios#variedScenario},
 * an input, a metric and a point of the input's range): a target the metric takes somewhere in the
 * range is never called unreachable, and an answer is valid and, when met, meets it.
 */
class GoalSeekPropertiesTest {

    @Provide
    Arbitrary<Scenario> scenarios() {
        return Arbitraries.longs().map(seed -> RandomScenarios.variedScenario(new Random(seed)));
    }

    @Property(tries = 300)
    void aTargetTakenInTheRangeIsMetOrComeClosestTo(@ForAll("scenarios") Scenario scenario, @ForAll Metric metric,
                                                   @ForAll @IntRange(min = 0, max = 44) int inputIndex,
                                                   @ForAll @DoubleRange(min = 0, max = 1) double where) {
        ScenarioInput input = ScenarioInputs.ALL.get(inputIndex % ScenarioInputs.ALL.size());
        double[] grid = InputGrid.of(input, input.get(scenario));
        double value = grid[(int) Math.round(where * (grid.length - 1))];
        Scenario there = input.set(scenario, value);
        Assume.that(ScenarioValidator.introduced(scenario, there).isEmpty());
        OptionalDouble target = metric.of(there);
        Assume.that(target.isPresent());

        GoalSeekResult result = GoalSeek.seek(scenario, input, metric, target.getAsDouble());

        String what = input.path() + " " + metric.id() + " to " + target.getAsDouble() + ": " + result.explanation();
        assertNotEquals(GoalSeekResult.Outcome.UNREACHABLE, result.outcome(), what);
        assertNotEquals(GoalSeekResult.Outcome.UNDEFINED, result.outcome(), what);
        Scenario applied = result.applyTo(scenario).orElseThrow();
        assertTrue(ScenarioValidator.introduced(scenario, applied).isEmpty(), what);
        assertEquals(metric.of(applied).getAsDouble(), result.metricAtValue().getAsDouble(), 0, what);
        if (result.outcome() == GoalSeekResult.Outcome.MET) {
            assertEquals(target.getAsDouble(), result.metricAtValue().getAsDouble(),
                    GoalSeek.RELATIVE_TOLERANCE * Math.max(1, Math.abs(target.getAsDouble())), what);
        }
    }
}
