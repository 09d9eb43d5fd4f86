package org.llmcostplanner.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.llmcostplanner.io.ScenarioFiles;
import org.llmcostplanner.model.LineItem;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.model.ScenarioInput;
import org.llmcostplanner.model.ScenarioInputs;
import org.llmcostplanner.model.SwitchableValue;
import org.llmcostplanner.model.prompt.PromptTokens;
import org.llmcostplanner.model.prompt.PromptVariant;

/** The names the Edit menu gives undo steps. */
class StepNamesTest {
    private static final Scenario SAAS = read();

    private static Scenario read() {
        try {
            return ScenarioFiles.read(Path.of("scenarios", "saas-support.json"));
        } catch (Exception unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    @Test
    void everyNumericInputIsNamedByItsLabel() {
        for (ScenarioInput input : ScenarioInputs.ALL) {
            double now = input.get(SAAS);
            double other = now != input.sliderMin() ? input.sliderMin() : input.sliderMax();
            Scenario changed = input.set(SAAS, other);
            String label = input.label();
            String expected = "Change " + (Character.isUpperCase(label.charAt(1)) ? label
                    : Character.toLowerCase(label.charAt(0)) + label.substring(1));
            assertEquals(expected, StepNames.describe(SAAS, changed), input.path());
        }
    }

    @Test
    void switchesSayOnOrOff() {
        Scenario on = SwitchableValue.MIN_QUALITY.switched(SAAS, true);
        Scenario off = SwitchableValue.MIN_QUALITY.switched(SAAS, false);
        assertEquals("Switch minimum quality on", StepNames.describe(off, on));
        assertEquals("Switch minimum quality off", StepNames.describe(on, off));
        Scenario routingOff = SAAS.withRouting(SAAS.routing().withEnabled(false));
        Scenario routingOn = SAAS.withRouting(SAAS.routing().withEnabled(true));
        assertEquals("Switch routing on", StepNames.describe(routingOff, routingOn));
    }

    @Test
    void listsTextsAndWholeSectionsAreNamedByWhatTheyAre() {
        assertEquals("Change infrastructure costs", StepNames.describe(SAAS, SAAS.withFixedCosts(
                SAAS.fixedCosts().withLines(org.llmcostplanner.model.CostCategory.INFRASTRUCTURE, List.of(new LineItem("GPU", 1))))));
        assertEquals("Change original prompt", StepNames.describe(SAAS, SAAS.withPrompts(
                SAAS.prompts().withOriginal(new PromptVariant("Original", "Classify {message}")))));
        assertEquals("Change scenario name", StepNames.describe(SAAS, SAAS.withName("Other")));
        assertEquals("Change notes", StepNames.describe(SAAS, SAAS.withDescription("Why")));
        Scenario busier = ScenarioInputs.QUERIES_PER_DAY.set(ScenarioInputs.DAYS_PER_MONTH.set(SAAS, 20), 99);
        assertEquals("Change workload", StepNames.describe(SAAS, busier));
        Scenario twoSections = ScenarioInputs.BATCH_SHARE.set(busier, 10);
        assertEquals("Change workload and batching", StepNames.describe(SAAS, twoSections));
        assertEquals("Change 3 parts of the plan", StepNames.describe(SAAS, twoSections.withName("Other")));
    }

    @Test
    void tokenCountsAreNeverNamed() {
        Scenario counted = SAAS.withPrompts(SAAS.prompts().withTokens(new PromptTokens(1, 1)));
        Scenario busier = ScenarioInputs.QUERIES_PER_DAY.set(counted, 99);
        assertEquals("Change queries per day", StepNames.describe(SAAS, busier));
    }
}
