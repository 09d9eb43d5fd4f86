package org.llmcostplanner.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Slider;
import javafx.stage.Stage;
import org.jfree.chart.plot.ValueMarker;
import org.junit.jupiter.api.Test;
import org.llmcostplanner.chart.ChartMarkers;
import org.junit.jupiter.api.extension.ExtendWith;
import org.llmcostplanner.model.selfhost.ApiBasis;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Self-host tab on saas-support.json: 300,000 queries a month at $0.00325; two replicas of one
 * GPU at $1.20 an hour (720 hours: $864 each) and $2,300 fixed: $4,028 a month, breaking even at
 * 4,028 / 0.00325 = 1,239,385 queries a month.
 */
@ExtendWith(ApplicationExtension.class)
class SelfHostTabTest {
    private PlannerViewModel viewModel;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = WindowShots.openSaasSupport(stage, "selfhost-gui");
        viewModel = window.viewModel();
    }

    private static void awaitCharts(List<ChartPane> charts) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> charts.stream().allMatch(ChartPane::isUpToDate)).get());
    }

    /** The chart's labelled marker whose label starts with {@code prefix}. */
    private static ValueMarker marker(ChartPane pane, String prefix) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> ChartMarkers.labelled(pane.chart(), prefix)).get();
    }

    @Test
    void movingTheGpuPriceSliderMovesTheBreakevenMarkerAndItsLabel(FxRobot robot) throws Exception {
        robot.clickOn("Self-host");
        ChartPane chart = window.selfHost().charts().get(0);
        awaitCharts(window.selfHost().charts());
        ValueMarker before = marker(chart, "Breakeven");
        assertEquals(4_028 / 0.00325, before.getValue(), 1e-6);
        String beforeLabel = before.getLabel();
        assertTrue(beforeLabel.contains("1.24M"), beforeLabel);
        assertEquals(300_000, marker(chart, "Current").getValue(), 1e-9);
        assertEquals("At 300,000 queries a month, self-hosting costs $4,028.00 (2 replicas, 2.6% busy at peak, $19.18 per 1M"
                + " tokens) against the API's $975.00.", WindowShots.label(robot, "#selfhost-current"));
        assertEquals("Breaks even at 1,239,385 queries a month and stays cheaper above it.",
                WindowShots.label(robot, "#selfhost-breakeven"));
        WindowShots.save(robot, window.getScene(), "selfhost.png");

        // $2.40 a GPU hour: two replicas $3,456 + $2,300 = $5,756, breaking even at 5,756 / 0.00325 = 1,771,077.
        Slider gpuPrice = robot.lookup("#selfHost-gpuUsdPerHour-slider").queryAs(Slider.class);
        robot.interact(() -> gpuPrice.setValue(Math.log10(2.4)));
        assertEquals(2.4, viewModel.getScenario().selfHost().gpuUsdPerHour(), 1e-12);
        awaitCharts(window.selfHost().charts());
        ValueMarker after = marker(chart, "Breakeven");
        assertEquals(5_756 / 0.00325, after.getValue(), 1e-6);
        assertTrue(after.getLabel().contains("1.77M"), after.getLabel());
        assertEquals("Breaks even at 1,771,077 queries a month and stays cheaper above it.",
                WindowShots.label(robot, "#selfhost-breakeven"));

        // The Overview shows the same chart, and it follows the slider too.
        robot.clickOn("Overview");
        awaitCharts(window.overview().charts());
        ChartPane overview = window.overview().charts().get(3);
        assertEquals(5_756 / 0.00325, marker(overview, "Breakeven").getValue(), 1e-6);
        WindowShots.save(robot, window.getScene(), "overview-selfhost.png");
    }

    @Test
    void theBasesAndThePlansModelAreChosenInTheTab(FxRobot robot) throws Exception {
        robot.clickOn("Self-host");
        robot.clickOn("#selfhost-api-reference");
        assertEquals(ApiBasis.REFERENCE, viewModel.getScenario().selfHost().apiBasis());
        robot.clickOn("#selfhost-throughput-requests");
        // 5 requests a second: 3,024,000 queries a replica-month; the token rates are greyed out.
        assertEquals(3_024_000, viewModel.getScenario().selfHostFigures(viewModel.getEvaluation()).costs()
                .queriesPerReplicaMonth(), 1e-6);
        assertTrue(robot.lookup("#selfHost-throughput-inputTokensPerSecond-field").query().isDisabled());
        // A Pareto configuration's name and quality become the served model's.
        var names = robot.lookup("#selfhost-from-pareto").queryComboBox();
        String first = (String) names.getItems().get(0);
        robot.interact(() -> names.getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(first, viewModel.getScenario().selfHost().modelName());
        double quality = viewModel.getScenario().pareto().configurations().get(0).quality();
        assertEquals(quality, viewModel.getScenario().selfHost().quality(), 1e-12);
        assertTrue(WindowShots.label(robot, "#selfhost-quality").startsWith(first + ": quality "));
    }
}
