package org.llmcostplanner.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llmcostplanner.io.RecentFiles;
import org.llmcostplanner.io.ScenarioFiles;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.model.ScenarioInput;
import org.llmcostplanner.model.ScenarioInputs;
import org.llmcostplanner.model.SwitchableValue;
import org.llmcostplanner.model.prompt.PromptTokens;
import org.llmcostplanner.model.prompt.PromptVariant;

/** Undo and redo in the view model, without a toolkit. */
class PlannerViewModelUndoTest {
    @TempDir
    Path folder;

    private PlannerViewModel viewModelOn(Scenario scenario) throws Exception {
        Path recent = (folder == null ? Files.createTempDirectory("undo") : folder).resolve("recent.txt");
        return new PlannerViewModel(scenario, null, new RecentFiles(recent, 5));
    }

    /**
     * Random edits of every kind the window makes (numbers, switches, names, list edits, gestures),
     * then undo all the way and redo all the way: each earlier and later scenario comes back exactly.
     */
    @Property(tries = 200)
    void undoAndRedoReturnToEachScenarioExactly(@ForAll("seeds") long seed, @ForAll @IntRange(min = 1, max = 40) int edits)
            throws Exception {
        Random random = new Random(seed);
        PlannerViewModel viewModel = viewModelOn(ScenarioFiles.read(Path.of("scenarios", "saas-support.json")));
        List<Scenario> states = new ArrayList<>(List.of(viewModel.getScenario()));
        for (int i = 0; i < edits; i++) {
            Scenario before = viewModel.getScenario();
            randomEdit(viewModel, random);
            if (!viewModel.getScenario().equals(before)) {
                states.add(viewModel.getScenario());
            }
        }
        for (int at = states.size() - 1; at > 0; at--) {
            assertEquals(states.get(at), viewModel.getScenario(), "before undo " + (states.size() - at));
            assertTrue(viewModel.canUndoProperty().get());
            viewModel.undo();
        }
        assertEquals(states.get(0), viewModel.getScenario());
        assertFalse(viewModel.canUndoProperty().get());
        assertFalse(viewModel.isDirty(), "all the way back is the saved scenario");
        for (int at = 1; at < states.size(); at++) {
            viewModel.redo();
            assertEquals(states.get(at), viewModel.getScenario(), "after redo " + at);
        }
        assertFalse(viewModel.canRedoProperty().get());
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<Long> seeds() {
        return net.jqwik.api.Arbitraries.longs();
    }

    /** One edit as a control would make it; a slider drag of several moves counts as one. */
    private static void randomEdit(PlannerViewModel viewModel, Random random) {
        Scenario now = viewModel.getScenario();
        switch (random.nextInt(5)) {
            case 0 -> {
                ScenarioInput input = ScenarioInputs.ALL.get(random.nextInt(ScenarioInputs.ALL.size()));
                double value = input.sliderMin() + random.nextDouble() * (input.sliderMax() - input.sliderMin());
                if (viewModel.conflict(input, value).isEmpty()) {
                    viewModel.setInput(input, value);
                }
            }
            case 1 -> {
                ScenarioInput input = ScenarioInputs.WORKLOAD.get(random.nextInt(ScenarioInputs.WORKLOAD.size()));
                Object drag = new Object();
                for (int move = 0; move < 1 + random.nextInt(5); move++) {
                    viewModel.setInput(input, input.sliderMin() + random.nextDouble() * (input.sliderMax() - input.sliderMin()), drag);
                }
                viewModel.endGesture(drag);
            }
            case 2 -> {
                SwitchableValue value = SwitchableValue.values()[random.nextInt(SwitchableValue.values().length)];
                viewModel.edit(s -> value.switched(s, !value.isOn(s)));
            }
            case 3 -> viewModel.edit(s -> s.withName("Plan " + random.nextInt(4)));
            default -> viewModel.edit(s -> s.withFixedCosts(s.fixedCosts().withLines(
                    org.llmcostplanner.model.CostCategory.INFRASTRUCTURE,
                    now.fixedCosts().infrastructure().subList(0, random.nextInt(now.fixedCosts().infrastructure().size() + 1)))));
        }
    }

    @Test
    void theMarkerClearsWhenUndoReturnsToTheSavedScenarioAndReturnsOnRedo() throws Exception {
        PlannerViewModel viewModel = viewModelOn(Scenario.untitled());
        viewModel.setInput(ScenarioInputs.QUERIES_PER_DAY, 20_000);
        viewModel.setInput(ScenarioInputs.DAYS_PER_MONTH, 31);
        Path file = folder.resolve("saved.json");
        viewModel.saveAs(file);
        assertFalse(viewModel.isDirty());
        viewModel.undo();
        assertTrue(viewModel.isDirty());
        assertTrue(viewModel.titleProperty().get().startsWith("*"));
        viewModel.redo();
        assertFalse(viewModel.isDirty(), "back at the saved scenario");
        assertFalse(viewModel.titleProperty().get().startsWith("*"));
        viewModel.undo();
        viewModel.undo();
        assertTrue(viewModel.isDirty());
        viewModel.redo();
        viewModel.redo();
        assertFalse(viewModel.isDirty());
    }

    @Test
    void menuTextsNameTheStep() throws Exception {
        PlannerViewModel viewModel = viewModelOn(Scenario.untitled());
        assertEquals("Undo", viewModel.undoTextProperty().get());
        assertEquals("Redo", viewModel.redoTextProperty().get());
        viewModel.setInput(ScenarioInputs.QUERIES_PER_DAY, 20_000);
        assertEquals("Undo Change queries per day", viewModel.undoTextProperty().get());
        viewModel.undo();
        assertEquals("Undo", viewModel.undoTextProperty().get());
        assertEquals("Redo Change queries per day", viewModel.redoTextProperty().get());
    }

    @Test
    void aSliderDragIsOneStepFromThePreDragValue() throws Exception {
        PlannerViewModel viewModel = viewModelOn(Scenario.untitled());
        Object drag = new Object();
        for (double value : new double[] {11_000, 15_000, 40_000, 38_000}) {
            viewModel.setInput(ScenarioInputs.QUERIES_PER_DAY, value, drag);
        }
        viewModel.endGesture(drag);
        assertEquals(38_000, viewModel.getScenario().workload().queriesPerDay());
        viewModel.undo();
        assertEquals(10_000, viewModel.getScenario().workload().queriesPerDay());
        assertFalse(viewModel.canUndoProperty().get());
        viewModel.redo();
        assertEquals(38_000, viewModel.getScenario().workload().queriesPerDay());
    }

    @Test
    void newAndOpenStartAFreshHistory() throws Exception {
        PlannerViewModel viewModel = viewModelOn(Scenario.untitled());
        viewModel.setInput(ScenarioInputs.QUERIES_PER_DAY, 20_000);
        viewModel.setInput(ScenarioInputs.QUERIES_PER_DAY, 30_000);
        viewModel.undo();
        viewModel.newScenario();
        assertFalse(viewModel.canUndoProperty().get());
        assertFalse(viewModel.canRedoProperty().get());

        viewModel.setInput(ScenarioInputs.DAYS_PER_MONTH, 20);
        viewModel.open(Path.of("scenarios", "saas-support.json"));
        assertFalse(viewModel.canUndoProperty().get());
        viewModel.undo();
        assertEquals(ScenarioFiles.read(Path.of("scenarios", "saas-support.json")), viewModel.getScenario());
    }

    @Test
    void theHistoryKeepsTwoHundredSteps() throws Exception {
        PlannerViewModel viewModel = viewModelOn(Scenario.untitled());
        for (int i = 1; i <= 250; i++) {
            viewModel.setInput(ScenarioInputs.QUERIES_PER_DAY, 10_000 + i);
        }
        int undone = 0;
        while (viewModel.canUndoProperty().get()) {
            viewModel.undo();
            undone++;
        }
        assertEquals(PlannerViewModel.UNDO_STEPS, undone);
        assertEquals(10_050, viewModel.getScenario().workload().queriesPerDay());
    }

    @Test
    void countsThatLandInTheBackgroundAreNoStepAndSurviveUndoOfLaterSteps() throws Exception {
        PlannerViewModel viewModel = viewModelOn(Scenario.untitled());
        // A long prompt pasted: the edit lands with the old counts, its count later.
        viewModel.edit(s -> s.withPrompts(s.prompts().withOriginal(new PromptVariant("Original", "a long text"))));
        viewModel.setInput(ScenarioInputs.QUERIES_PER_DAY, 20_000); // a step made while the count runs
        PromptTokens counted = new PromptTokens(3, 0);
        viewModel.amend(s -> s.withPrompts(s.prompts().withTokens(counted)));
        assertEquals("Undo Change queries per day", viewModel.undoTextProperty().get(), "the count is no step");

        viewModel.undo(); // back to the paste, kept with stale counts: the counts on screen hold for its text
        assertEquals(10_000, viewModel.getScenario().workload().queriesPerDay());
        assertEquals(counted, viewModel.getScenario().prompts().tokens());
        viewModel.undo();
        assertEquals(Scenario.untitled(), viewModel.getScenario());
        viewModel.redo();
        viewModel.redo();
        assertEquals(counted, viewModel.getScenario().prompts().tokens());
        assertEquals(20_000, viewModel.getScenario().workload().queriesPerDay());
    }

    @Test
    void undoToOtherPromptTextsAsksForThemToBeCounted() throws Exception {
        PlannerViewModel viewModel = viewModelOn(Scenario.untitled());
        AtomicInteger asked = new AtomicInteger();
        viewModel.useRecount(s -> {
            asked.incrementAndGet();
            return s.withPrompts(s.prompts().withTokens(new PromptTokens(s.prompts().original().template().length(), 0)));
        });
        viewModel.edit(s -> s.withPrompts(s.prompts().withOriginal(new PromptVariant("Original", "four"))));
        viewModel.edit(s -> s.withPrompts(s.prompts().withOriginal(new PromptVariant("Original", "seven!!"))));
        viewModel.undo();
        assertEquals(1, asked.get());
        assertEquals(new PromptTokens(4, 0), viewModel.getScenario().prompts().tokens());
        viewModel.redo();
        assertEquals(new PromptTokens(7, 0), viewModel.getScenario().prompts().tokens());
        viewModel.setInput(ScenarioInputs.QUERIES_PER_DAY, 20_000);
        viewModel.undo(); // same texts: the counts on screen are carried over, nothing to count
        assertEquals(2, asked.get());
        assertEquals(new PromptTokens(7, 0), viewModel.getScenario().prompts().tokens());
    }

    @Test
    void anEditThatChangesOnlyCountsOrNothingIsNoStep() throws Exception {
        PlannerViewModel viewModel = viewModelOn(Scenario.untitled());
        viewModel.edit(s -> s);
        viewModel.edit(s -> s.withPrompts(s.prompts().withTokens(new PromptTokens(5, 2))));
        assertFalse(viewModel.canUndoProperty().get());
        viewModel.setInput(ScenarioInputs.QUERIES_PER_DAY, 10_000); // the value it has
        assertFalse(viewModel.canUndoProperty().get());
    }
}
