package org.llmcostplanner.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import javafx.concurrent.Task;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Slider;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.llmcostplanner.io.UsageColumns;
import org.llmcostplanner.io.UsageLogGenerator;
import org.llmcostplanner.io.UsageLogReader;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.model.pareto.ParetoAnalysis;
import org.llmcostplanner.model.prompt.PromptTokens;
import org.llmcostplanner.model.usage.UsageAggregator;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every tab shows the undone value: an edit made with a tab's own control, Ctrl+Z, and the
 * control shows the value before; Ctrl+Y, and it shows the edited one. Undo must not make edits of
 * its own either (a control echoing the restored value back as a new step would clear the redo).
 */
@ExtendWith(ApplicationExtension.class)
class UndoTabsTest {
    private MainWindow window;
    private PlannerViewModel viewModel;

    @Start
    void start(Stage stage) throws Exception {
        window = WindowShots.openSaasSupport(stage, "undo-tabs", UsageLogGenerator.catalog());
        viewModel = window.viewModel();
    }

    private void showTab(FxRobot robot, String id) {
        robot.interact(() -> window.tabs().getTabs().stream().filter(tab -> id.equals(tab.getId())).findFirst()
                .ifPresent(tab -> window.tabs().getSelectionModel().select(tab)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Ctrl+Z then Ctrl+Y after one edit from {@code before} to the scenario now: {@code shown}
     * reads what the tab's control shows, which must follow both ways.
     */
    private <T> void undoRedo(FxRobot robot, Scenario before, Supplier<T> shown) {
        Scenario after = viewModel.getScenario();
        assertNotEquals(before, after, "the edit changed the scenario");
        T shownAfter = shown.get();
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(before, viewModel.getScenario());
        T shownBefore = shown.get();
        assertNotEquals(shownAfter, shownBefore, "the control shows the undone value");
        assertTrue(viewModel.canRedoProperty().get(), "undo made no edit of its own");
        robot.push(KeyCode.CONTROL, KeyCode.Y);
        assertEquals(after, viewModel.getScenario());
        assertEquals(shownAfter, shown.get(), "the control shows the redone value");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(shownBefore, shown.get());
    }

    private static String cellText(FxRobot robot, TableView<?> table, int row, int column) {
        Node cell = robot.from(table).lookup(".table-row-cell").nth(row).lookup(".table-cell").nth(column).query();
        return ((Labeled) cell).getText();
    }

    @Test
    void tcoTableAndOverviewKpis(FxRobot robot) {
        Scenario before = viewModel.getScenario();
        showTab(robot, "tco-tab");
        TableView<?> table = robot.lookup("#infrastructure-table").queryTableView();
        Node amount = robot.from(table).lookup(".table-row-cell").nth(0).lookup(".table-cell").nth(1).query();
        robot.doubleClickOn(amount).eraseText(8).write("210").type(KeyCode.ENTER);
        assertEquals(210, viewModel.getScenario().fixedCosts().infrastructure().get(0).usdPerMonth());
        undoRedo(robot, before, () -> cellText(robot, table, 0, 1));

        showTab(robot, "overview-tab");
        robot.push(KeyCode.CONTROL, KeyCode.Y);
        String total = WindowShots.label(robot, "#kpi-total");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertNotEquals(total, WindowShots.label(robot, "#kpi-total"));
        assertEquals(org.llmcostplanner.model.format.Money.usd(viewModel.getEvaluation().totalUsdPerMonth()),
                WindowShots.label(robot, "#kpi-total"));
    }

    @Test
    void ctrlZInACellEditorWithNothingTypedClosesItAndUndoesTheScenario(FxRobot robot) {
        showTab(robot, "tco-tab");
        TableView<?> table = robot.lookup("#infrastructure-table").queryTableView();
        Supplier<Node> amount = () -> robot.from(table).lookup(".table-row-cell").nth(0).lookup(".table-cell").nth(1).query();
        robot.doubleClickOn(amount.get()).eraseText(8).write("210").type(KeyCode.ENTER);
        assertEquals(210, viewModel.getScenario().fixedCosts().infrastructure().get(0).usdPerMonth());

        robot.doubleClickOn(amount.get()); // the editor opens on "$210.00"; nothing typed
        assertTrue(table.getEditingCell() != null);
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(200, viewModel.getScenario().fixedCosts().infrastructure().get(0).usdPerMonth());
        assertEquals(null, table.getEditingCell(), "the editor closed as with Escape");
        robot.clickOn(robot.from(table).lookup(".table-row-cell").nth(2).lookup(".table-cell").nth(0).queryAs(Node.class));
        assertEquals(200, viewModel.getScenario().fixedCosts().infrastructure().get(0).usdPerMonth(),
                "the editor's old text was not committed over the undone value");
        assertTrue(viewModel.canRedoProperty().get());
        assertEquals("200", cellText(robot, table, 0, 1));
    }

    @Test
    void routingSwitchAndTierShares(FxRobot robot) {
        showTab(robot, "routing-tab");
        CheckBox enabled = robot.lookup("#routing-enabled").queryAs(CheckBox.class);
        Scenario before = viewModel.getScenario();
        robot.clickOn(enabled);
        undoRedo(robot, before, enabled::isSelected);
        robot.push(KeyCode.CONTROL, KeyCode.Y);

        TableView<?> tiers = robot.lookup("#routing-table").queryTableView();
        int shareColumn = tiers.getVisibleLeafColumns().indexOf(tiers.getVisibleLeafColumns().stream()
                .filter(column -> "routing-column-share".equals(column.getId())).findFirst().orElseThrow());
        Scenario enabledOnly = viewModel.getScenario();
        robot.clickOn("#routing-apply");
        undoRedo(robot, enabledOnly, () -> List.of(cellText(robot, tiers, 0, shareColumn),
                cellText(robot, tiers, 1, shareColumn), cellText(robot, tiers, 2, shareColumn)));
    }

    @Test
    void promptTextTokenCountsAndTypingUndoneWordByWordInTheArea(FxRobot robot) {
        showTab(robot, "prompts-tab");
        Scenario before = viewModel.getScenario();
        TextArea compressed = robot.lookup("#prompt-compressed-template").queryAs(TextArea.class);
        String text = compressed.getText();
        robot.clickOn(compressed);
        robot.press(KeyCode.CONTROL, KeyCode.END).release(KeyCode.END, KeyCode.CONTROL);
        robot.write(" Be brief.");
        assertEquals(new PromptTokens(189, 35), viewModel.getScenario().prompts().tokens());

        // In the area, Ctrl+Z takes the typing back in the area first, and the scenario follows.
        assertEquals("Undo Typing", window.undoCommands().undoText().get());
        for (int i = 0; i < 10 && "Undo Typing".equals(window.undoCommands().undoText().get()); i++) {
            robot.push(KeyCode.CONTROL, KeyCode.Z);
        }
        assertEquals(text, compressed.getText());
        assertEquals(before, viewModel.getScenario(), "the typing taken back, counts included");

        robot.write(" Be brief.");
        robot.clickOn("#prompt-original-template"); // the typing, from focus to focus lost, is one step
        assertFalse("Undo Typing".equals(window.undoCommands().undoText().get()));
        assertEquals("Undo Change compressed prompt", window.undoCommands().undoText().get());
        undoRedo(robot, before, () -> compressed.getText() + " / " + WindowShots.label(robot, "#prompt-compressed-figures"));
        assertTrue(WindowShots.label(robot, "#prompt-compressed-figures").startsWith("32 tokens"),
                "the counts of the restored text: " + WindowShots.label(robot, "#prompt-compressed-figures"));
        assertEquals(new PromptTokens(189, 32), viewModel.getScenario().prompts().tokens());

        Scenario modelBefore = viewModel.getScenario();
        TextField model = robot.lookup("#prompts-model").queryAs(TextField.class);
        robot.clickOn(model).push(KeyCode.CONTROL, KeyCode.A).write("my-own-model").type(KeyCode.ENTER);
        assertEquals("my-own-model", viewModel.getScenario().prompts().model());
        undoRedo(robot, modelBefore, model::getText); // with the field still focused
    }

    /**
     * A long pasted text is counted in the background: its count lands on the paste's step (no
     * step of its own), and undo and redo across it show the counts of the texts they restore, also
     * when the paste was undone before its count landed (the step kept then holds stale counts).
     */
    @Test
    void countsOfALongPasteFollowUndoAndRedo(FxRobot robot) throws Exception {
        showTab(robot, "prompts-tab");
        Scenario before = viewModel.getScenario();
        String pasted = "Refunds are issued within 5-7 business days.\n".repeat(40_000); // 1.8 MB, 12 tokens a line
        PromptTokens counted = new PromptTokens(12L * 40_000, 32);
        robot.interact(() -> viewModel.edit(s -> s.withName("Support, long prompt"))); // a step before the paste
        Scenario named = viewModel.getScenario();

        robot.interact(() -> {
            // A paste too long for the area goes to the scenario like this (PromptEditor), counted in the background.
            window.prompts().counting().edit(p -> p.withOriginal(p.original().withTemplate(pasted)));
            assertTrue(window.prompts().counting().countingProperty().get());
            viewModel.undo(); // before its count lands
        });
        awaitCount();
        assertEquals(named, viewModel.getScenario(), "the short prompt with its own counts");

        robot.interact(viewModel::redo); // the paste again, kept with the old counts: counted again
        assertEquals(new PromptTokens(189, 32), viewModel.getScenario().prompts().tokens(), "stale until the count lands");
        awaitCount();
        assertEquals(pasted, viewModel.getScenario().prompts().original().template());
        assertEquals(counted, viewModel.getScenario().prompts().tokens());
        assertTrue(WindowShots.label(robot, "#prompt-original-figures").startsWith("480,000 tokens"),
                WindowShots.label(robot, "#prompt-original-figures"));
        assertEquals("Undo Change original prompt", viewModel.undoTextProperty().get(), "the count is no step");

        robot.interact(viewModel::undo);
        awaitCount();
        assertEquals(named, viewModel.getScenario());
        robot.interact(viewModel::undo);
        assertEquals(before, viewModel.getScenario());
        assertFalse(viewModel.isDirty());
        robot.interact(viewModel::redo);
        robot.interact(viewModel::redo);
        awaitCount();
        assertEquals(counted, viewModel.getScenario().prompts().tokens(), "the landed count was kept with the step");
    }

    private void awaitCount() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !window.prompts().counting().countingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void cachingSliderAndSwitch(FxRobot robot) {
        showTab(robot, "caching-tab");
        Scenario before = viewModel.getScenario();
        Slider threshold = robot.lookup("#caching-semantic-threshold-slider").queryAs(Slider.class);
        TextField field = robot.lookup("#caching-semantic-threshold-field").queryAs(TextField.class);
        robot.drag(threshold.lookup(".thumb")).moveBy(-15, 0).moveBy(-15, 0).drop();
        undoRedo(robot, before, () -> threshold.getValue() + " " + field.getText());

        robot.push(KeyCode.CONTROL, KeyCode.Y);
        Scenario dragged = viewModel.getScenario();
        CheckBox semantic = robot.lookup("#caching-semantic").queryAs(CheckBox.class);
        robot.clickOn(semantic);
        undoRedo(robot, dragged, semantic::isSelected);
    }

    @Test
    void selfHostRadioButtonsAndParetoChoices(FxRobot robot) {
        showTab(robot, "selfhost-tab");
        Scenario before = viewModel.getScenario();
        RadioButton reference = robot.lookup("#selfhost-api-reference").queryAs(RadioButton.class);
        robot.clickOn(reference);
        undoRedo(robot, before, reference::isSelected);

        showTab(robot, "pareto-tab");
        Scenario beforeRule = viewModel.getScenario();
        @SuppressWarnings("unchecked")
        ChoiceBox<ParetoAnalysis.Rule> rule = robot.lookup("#pareto-rule").queryAs(ChoiceBox.class);
        robot.interact(() -> rule.getSelectionModel().select(ParetoAnalysis.Rule.values()[1]));
        undoRedo(robot, beforeRule, rule::getValue);
    }

    @Test
    void usageCalibrationIsOneStep(FxRobot robot) throws Exception {
        Path folder = Files.createTempDirectory("undo-usage");
        Path log = folder.resolve("month.csv");
        UsageLogGenerator.writeCsv(log, 3_000, 11, 0.03, ZoneOffset.UTC);
        showTab(robot, "usage-tab");
        UsageColumns columns = UsageColumns.guess(UsageLogReader.columnsOf(log, UsageLogReader.Format.CSV));
        @SuppressWarnings("unchecked")
        Task<UsageAggregator>[] task = new Task[1];
        robot.interact(() -> task[0] = window.usage().importer().start(Map.of(log, columns), ZoneOffset.UTC));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> task[0].isDone());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> !window.usage().usage().busyProperty().get()).get());
        WaitForAsyncUtils.waitForFxEvents();

        Scenario before = viewModel.getScenario();
        robot.clickOn("#usage-calibrate");
        robot.clickOn("Apply");
        WaitForAsyncUtils.waitForFxEvents();
        TextField queries = robot.lookup("#workload-queriesPerDay-field").queryAs(TextField.class);
        undoRedo(robot, before, queries::getText);
    }
}
