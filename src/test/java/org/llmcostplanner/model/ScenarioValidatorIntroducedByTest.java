package org.llmcostplanner.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** {@link ScenarioValidator#introducedBy} answers as {@link ScenarioValidator#introduced} does, edit by edit. */
class ScenarioValidatorIntroducedByTest {

    @Test
    void sameAnswersAsIntroducedForRandomEdits() {
        RandomScenarios.forAll(200, RandomScenarios::variedScenario, scenario -> {
            Function<Scenario, java.util.Optional<String>> introduced = ScenarioValidator.introducedBy(scenario);
            Random random = new Random(scenario.hashCode());
            for (int edit = 0; edit < 20; edit++) {
                ScenarioInput input = ScenarioInputs.ALL.get(random.nextInt(ScenarioInputs.ALL.size()));
                // Inside and outside the valid range, whole and not.
                double value = input.validMin() + (input.validMax() - input.validMin()) * (random.nextDouble() * 1.2 - 0.1);
                Scenario after = input.set(scenario, random.nextBoolean() ? Math.rint(value) : value);
                assertEquals(ScenarioValidator.introduced(scenario, after), introduced.apply(after), input.path() + " = " + value);
            }
        });
    }
}
