package org.llmcostplanner.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llmcostplanner.io.RecentFiles;
import org.llmcostplanner.io.ScenarioFiles;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.model.ScenarioInputs;
import org.llmcostplanner.model.plan.ScenarioComparison;

/** The Compare tab's view model without a toolkit: plan A's verbs, and the comparison following B while shown. */
class CompareViewModelTest {
    private static final Clock FIVE_PAST_TWO = Clock.fixed(Instant.parse("2026-11-28T14:05:30Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    private PlannerViewModel document() {
        return new PlannerViewModel(Scenario.untitled(), null, new RecentFiles(folder.resolve("recent.txt"), 5));
    }

    @Test
    void aPinnedPlanIsASnapshotThatLaterEditsDoNotChange() {
        PlannerViewModel document = document();
        CompareViewModel compare = new CompareViewModel(document, FIVE_PAST_TWO);
        compare.activeProperty().set(true);
        assertFalse(compare.hasPlanAProperty().get());
        assertTrue(compare.comparisonProperty().get().isEmpty());

        compare.pinDocument();
        document.setInput(ScenarioInputs.QUERIES_PER_DAY, 20_000);

        assertEquals("pinned at 14:05", compare.planAProperty().get().origin());
        assertEquals(10_000, compare.planAProperty().get().scenario().workload().queriesPerDay());
        ScenarioComparison comparison = compare.comparisonProperty().get().orElseThrow();
        assertEquals(975.0, comparison.row("monthly.api").orElseThrow().a().orElseThrow(), 1e-9);
        assertEquals(1_950.0, comparison.row("monthly.api").orElseThrow().b().orElseThrow(), 1e-9);
    }

    @Test
    void theComparisonFollowsTheDocumentOnlyWhileTheTabShows() {
        PlannerViewModel document = document();
        CompareViewModel compare = new CompareViewModel(document, FIVE_PAST_TWO);
        compare.activeProperty().set(true);
        compare.pinDocument();
        Object shown = compare.comparisonProperty().get();

        compare.activeProperty().set(false);
        document.setInput(ScenarioInputs.QUERIES_PER_DAY, 30_000);
        assertSame(shown, compare.comparisonProperty().get(), "hidden: nothing is compared");

        compare.activeProperty().set(true);
        assertEquals(2_925.0, compare.comparisonProperty().get().orElseThrow().row("monthly.api").orElseThrow()
                .b().orElseThrow(), 1e-9);
    }

    @Test
    void aPlanReadFromAFileSaysWhichAndClearRemovesIt() throws Exception {
        PlannerViewModel document = document();
        CompareViewModel compare = new CompareViewModel(document, FIVE_PAST_TWO);
        compare.activeProperty().set(true);
        Path legal = Path.of("scenarios", "legal-summarization.json");

        compare.useFile(ScenarioFiles.read(legal), legal);
        assertEquals("from legal-summarization.json", compare.planAProperty().get().origin());
        assertEquals(legal.toAbsolutePath(), compare.planAProperty().get().file());
        assertEquals("Legal contract summarisation", compare.comparisonProperty().get().orElseThrow().nameA());

        compare.clear();
        assertNull(compare.planAProperty().get());
        assertTrue(compare.comparisonProperty().get().isEmpty());
    }
}
