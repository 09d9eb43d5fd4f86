package org.llmcostplanner.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.llmcostplanner.model.ScenarioInputs;
import org.llmcostplanner.model.plan.Metric;
import org.llmcostplanner.model.plan.SweepPoint;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Plan tab on saas-support: goal seek of queries per day for a monthly TCO, checked by hand;
 * an unreachable target explained; new sensitivity settings draw new charts and a sweep table
 * that follows the hand formula; a snapshot of the legal scenario's waterfall and tornado.
 * <p>
 * saas-support by hand: a query costs 500 x $2.50/1M + 200 x $10/1M = $0.00325 with no lever on,
 * so a month of 30 days adds $0.0975 per query a day; at 10,000 a day the TCO is $10,805.00, of
 * which $975.00 is API, so the fixed costs are $9,830.00 and TCO = 9,830 + 0.0975 x queries a day.
 */
@ExtendWith(ApplicationExtension.class)
class PlanTabTest {
    private static final double FIXED_USD = 9_830;
    private static final double USD_PER_QUERY_A_DAY = 30 * 0.00325;

    private PlannerViewModel viewModel;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = WindowShots.openSaasSupport(stage, "plan-gui");
        viewModel = window.viewModel();
    }

    private void showPlan(FxRobot robot) throws Exception {
        robot.interact(() -> window.tabs().getTabs().stream().filter(tab -> "plan-tab".equals(tab.getId())).findFirst()
                .ifPresent(tab -> window.tabs().getSelectionModel().select(tab)));
        awaitCharts();
    }

    private void awaitCharts() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> window.plan().charts().stream().allMatch(ChartPane::isUpToDate)).get());
    }

    private void seek(FxRobot robot, String target) {
        TextField field = robot.lookup("#goal-seek-target").queryAs(TextField.class);
        robot.interact(() -> field.setText(target));
        robot.clickOn("#goal-seek-solve");
    }

    private void awaitAnswer(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !WindowShots.label(robot, "#goal-seek-answer").startsWith("Solving"));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void goalSeekFindsTheQueriesPerDayOfATcoAndAppliesThem(FxRobot robot) throws Exception {
        assertEquals(FIXED_USD + USD_PER_QUERY_A_DAY * 10_000, viewModel.getEvaluation().totalUsdPerMonth(), 1e-9);
        showPlan(robot);
        seek(robot, "12,000");
        awaitAnswer(robot);
        // (12,000 - 9,830) / 0.0975 = 22,256.41 queries a day.
        double expected = (12_000 - FIXED_USD) / USD_PER_QUERY_A_DAY;
        assertFalse(robot.lookup("#goal-seek-apply").queryAs(Button.class).isDisabled(), WindowShots.label(robot, "#goal-seek-answer"));
        robot.clickOn("#goal-seek-apply");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(expected, viewModel.getScenario().workload().queriesPerDay(), expected * 1e-8);
        assertEquals(12_000, viewModel.getEvaluation().totalUsdPerMonth(), 1e-4);
        assertTrue(robot.lookup("#goal-seek-apply").queryAs(Button.class).isDisabled(), "applied once");

        // Below the fixed costs no volume reaches it: the answer names the reachable range (from
        // 9,830 + 0.0975 = $9,830.10 at the least valid volume, 1 a day) and nothing applies.
        seek(robot, "5000");
        awaitAnswer(robot);
        String answer = WindowShots.label(robot, "#goal-seek-answer");
        assertTrue(answer.startsWith("Monthly TCO runs from $9,830.10 (at 1 queries / day)"), answer);
        assertTrue(robot.lookup("#goal-seek-apply").queryAs(Button.class).isDisabled());

        seek(robot, "lots");
        assertTrue(WindowShots.label(robot, "#goal-seek-answer").startsWith("Target: "));
    }

    @Test
    void newSensitivitySettingsDrawNewChartsAndATableThatFollowsThePlan(FxRobot robot) throws Exception {
        showPlan(robot);
        List<ChartPane> before = window.plan().charts();
        @SuppressWarnings("unchecked")
        ComboBox<Metric> metric = robot.lookup("#sensitivity-metric").queryAs(ComboBox.class);
        robot.interact(() -> metric.setValue(Metric.API_COST));
        awaitCharts();
        List<ChartPane> after = window.plan().charts();
        assertEquals(before.get(0), after.get(0), "the waterfall stays");
        assertNotSame(before.get(1), after.get(1));
        assertNotSame(before.get(2), after.get(2));

        // The sweep of queries per day: API cost = 0.0975 x queries a day at every row.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !window.plan().sensitivity().table().getItems().isEmpty()
                && window.plan().sensitivity().table().getColumns().get(1).getText().startsWith("Monthly API cost"));
        List<SweepPoint> rows = List.copyOf(window.plan().sensitivity().table().getItems());
        assertEquals(61, rows.size());
        for (SweepPoint row : rows) {
            assertEquals(USD_PER_QUERY_A_DAY * row.inputValue(), row.metricValue(), 1e-9 * Math.max(1, row.metricValue()));
        }
        assertEquals(ScenarioInputs.QUERIES_PER_DAY.sliderMin(), rows.get(0).inputValue(), 1e-9);

        TextField percent = robot.lookup("#sensitivity-percent").queryAs(TextField.class);
        robot.clickOn(percent).eraseText(2).write("250").type(KeyCode.ENTER);
        assertEquals("Move each input by: must be between 1 and 100 (was 250)", WindowShots.label(robot, "#sensitivity-error"));
        assertEquals(0.2, window.plan().sensitivity().settings().delta());
        robot.clickOn(percent).eraseText(3).write("10").type(KeyCode.ENTER);
        assertEquals(0.1, window.plan().sensitivity().settings().delta(), 1e-12);
        assertEquals("", WindowShots.label(robot, "#sensitivity-error"));
    }

    @Test
    void theLegalScenariosWaterfallAndTornadoAtSlideSize(FxRobot robot) throws Exception {
        robot.interact(() -> {
            try {
                viewModel.open(Path.of("scenarios", "legal-summarization.json"));
            } catch (Exception failed) {
                throw new IllegalStateException(failed);
            }
        });
        showPlan(robot);
        robot.interact(() -> {
            // At the origin first: a window reaching past the headless screen's edge fails to paint.
            window.getScene().getWindow().setX(0);
            window.getScene().getWindow().setY(0);
            window.getScene().getWindow().setWidth(1920);
            window.getScene().getWindow().setHeight(1080);
        });
        WaitForAsyncUtils.waitForFxEvents();
        awaitCharts();
        Thread.sleep(300);
        awaitCharts();
        WindowShots.save(robot, window.getScene(), "plan.png");
    }
}
