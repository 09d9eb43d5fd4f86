package org.llmcostplanner.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llmcostplanner.io.RecentFiles;
import org.llmcostplanner.io.ScenarioFileException;
import org.llmcostplanner.io.ScenarioFiles;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.model.ScenarioInputs;
import org.llmcostplanner.model.prompt.PromptTokens;

/** The view model without a toolkit: bindings and verbs only. */
class PlannerViewModelTest {
    @TempDir
    Path folder;

    private PlannerViewModel viewModelOn(Scenario scenario, Path file) {
        return new PlannerViewModel(scenario, file, new RecentFiles(folder.resolve("recent.txt"), 5));
    }

    @Test
    void evaluationFollowsEveryEdit() {
        PlannerViewModel viewModel = viewModelOn(Scenario.untitled(), null);
        assertEquals(975.0, viewModel.getEvaluation().monthly().api(), 1e-9);
        viewModel.setInput(ScenarioInputs.QUERIES_PER_DAY, 20_000);
        assertEquals(1950.0, viewModel.getEvaluation().monthly().api(), 1e-9);
    }

    @Test
    void unsavedMarkerClearsWhenTheStateReturnsToTheSavedOne() {
        PlannerViewModel viewModel = viewModelOn(Scenario.untitled(), null);
        assertFalse(viewModel.isDirty());
        viewModel.setInput(ScenarioInputs.DAYS_PER_MONTH, 31);
        assertTrue(viewModel.isDirty());
        assertTrue(viewModel.titleProperty().get().startsWith("*Untitled"));
        viewModel.setInput(ScenarioInputs.DAYS_PER_MONTH, 30);
        assertFalse(viewModel.isDirty());
        assertEquals("Untitled (not saved) - LLM Cost Planner", viewModel.titleProperty().get());
    }

    @Test
    void countsLandingAfterASaveLeaveTheDocumentSaved() {
        // A long prompt saved while its count runs: the file holds the text, not the count.
        Scenario saved = Scenario.untitled();
        PlannerViewModel viewModel = viewModelOn(saved, null);
        viewModel.edit(s -> s.withPrompts(s.prompts().withTokens(new PromptTokens(189, 32))));
        assertFalse(viewModel.isDirty());
        viewModel.edit(s -> s.withPrompts(s.prompts().withInputTokenShare(0.5)));
        assertTrue(viewModel.isDirty());
    }

    @Test
    void saveAsWritesTheFileRemembersItAndTitlesTheWindowWithIt() throws Exception {
        PlannerViewModel viewModel = viewModelOn(Scenario.untitled(), null);
        viewModel.edit(s -> s.withName("Pilot"));
        Path target = folder.resolve("pilot.json");
        viewModel.saveAs(target);
        assertFalse(viewModel.isDirty());
        assertEquals("Pilot (pilot.json) - LLM Cost Planner", viewModel.titleProperty().get());
        assertEquals(viewModel.getScenario(), ScenarioFiles.read(target));
        assertEquals(target.toAbsolutePath(), viewModel.recentFiles().get(0));
    }

    @Test
    void openingABadFileKeepsTheScenarioAndFile() throws Exception {
        PlannerViewModel viewModel = viewModelOn(Scenario.untitled(), null);
        viewModel.setInput(ScenarioInputs.QUERIES_PER_DAY, 123);
        Scenario edited = viewModel.getScenario();
        Path bad = folder.resolve("bad.json");
        Files.writeString(bad, "{ not json");
        assertThrows(ScenarioFileException.class, () -> viewModel.open(bad));
        assertEquals(edited, viewModel.getScenario());
        assertNull(viewModel.fileProperty().get());
        assertTrue(viewModel.isDirty());
    }

    @Test
    void newScenarioStartsCleanWithoutAFile() throws Exception {
        Path file = folder.resolve("s.json");
        ScenarioFiles.write(Scenario.untitled().withName("Saved"), file);
        PlannerViewModel viewModel = viewModelOn(ScenarioFiles.read(file), file);
        viewModel.newScenario();
        assertNull(viewModel.fileProperty().get());
        assertEquals(Scenario.untitled(), viewModel.getScenario());
        assertFalse(viewModel.isDirty());
    }
}
