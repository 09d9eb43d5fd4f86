package org.llmcostplanner.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.llmcostplanner.model.RandomScenarios.forAll;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.llmcostplanner.model.RandomScenarios;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.model.ScenarioValidator;

/**
 * Saving and reloading random valid scenarios: unicode names and descriptions, whole dollars,
 * cents, {@code -0.0} and {@link Double#MIN_VALUE} among the amounts. Seeded and reproducible,
 * see {@link RandomScenarios#forAll(int, java.util.function.Function, RandomScenarios.Property)}.
 */
class ScenarioRoundTripTest {
    private static final int TRIES = 300;

    @Test
    void anyValidScenarioReloadsEqualAndSavesStably() {
        forAll(TRIES, RandomScenarios::variedScenario, scenario -> {
            assertEquals(List.of(), ScenarioValidator.problems(scenario), "the generator makes valid scenarios");

            String json = ScenarioFiles.toJson(scenario);
            Scenario reloaded = ScenarioFiles.read(json, "p.json");

            assertEquals(scenario, reloaded);
            assertEquals(json, ScenarioFiles.toJson(reloaded));
        });
    }
}
