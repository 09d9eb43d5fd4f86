package org.llmcostplanner.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Slider;
import javafx.stage.Stage;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.llmcostplanner.model.format.Money;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Caching tab on saas-support.json: the chapter's threshold curve, GPT-4o at $0.00325 a query,
 * 300,000 queries a month; with the caches on, the API line is $975 less 300,000 x hit rate x $0.00325.
 */
@ExtendWith(ApplicationExtension.class)
class CachingTabTest {
    private PlannerViewModel viewModel;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = WindowShots.openSaasSupport(stage, "caching-gui");
        viewModel = window.viewModel();
    }

    private void awaitCharts(List<ChartPane> charts) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> charts.stream().allMatch(ChartPane::isUpToDate)).get());
    }

    private List<String> markerLabels() throws Exception {
        return markerLabels(window.caching().charts().get(0));
    }

    private static List<String> markerLabels(ChartPane pane) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> ((XYPlot) pane.chart().getPlot())
                .getDomainMarkers(Layer.FOREGROUND).stream().map(m -> ((ValueMarker) m).getLabel()).toList()).get();
    }

    @Test
    void movingTheThresholdSliderMovesTheMarkersAndTheKpis(FxRobot robot) throws Exception {
        robot.clickOn("Caching");
        robot.clickOn("#caching-enabled");
        awaitCharts(window.caching().charts());
        assertEquals(List.of("Chosen 0.92", "Best 0.85"), markerLabels());
        // 300,000 x 50% x $0.00325 = $487.50 off $975.00.
        assertEquals(487.50, viewModel.getEvaluation().api().optimisedUsdPerMonth(), 1e-9);
        WindowShots.save(robot, window.getScene(), "caching.png");

        Slider slider = robot.lookup("#caching-semantic-threshold-slider").queryAs(Slider.class);
        robot.interact(() -> slider.setValue(0.95));
        awaitCharts(window.caching().charts());
        assertEquals(0.95, viewModel.getScenario().caching().semantic().threshold(), 1e-9);
        assertEquals(List.of("Chosen 0.95", "Best 0.85"), markerLabels());

        robot.clickOn("#caching-use-best");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0.85, viewModel.getScenario().caching().semantic().threshold(), 1e-9, "the best threshold taken");
        awaitCharts(window.caching().charts());
        assertEquals(List.of("Chosen, and best 0.85"), markerLabels());

        // At 0.85: 62% hits, so $975 x 0.38 = $370.50 of API; the fixed costs are the chapter's.
        robot.clickOn("Overview");
        awaitCharts(window.overview().charts());
        ChartPane overviewCache = window.overview().charts().stream()
                .filter(pane -> pane.chart().getTitle().getText().startsWith("Semantic cache")).findFirst().orElseThrow();
        assertEquals(List.of("Chosen, and best 0.85"), markerLabels(overviewCache));
        WindowShots.save(robot, window.getScene(), "overview-caching.png");
        assertEquals(Money.usd(370.50), WindowShots.label(robot, "#kpi-api-cost"));
        assertEquals(Money.usd(viewModel.getEvaluation().totalUsdPerMonth()), WindowShots.label(robot, "#kpi-total"));

        // The Overview's cache chart moves with the threshold slider too.
        robot.clickOn("Caching");
        Slider again = robot.lookup("#caching-semantic-threshold-slider").queryAs(Slider.class);
        robot.interact(() -> again.setValue(0.98));
        robot.clickOn("Overview");
        awaitCharts(window.overview().charts());
        assertEquals(List.of("Chosen 0.98", "Best 0.85"), markerLabels(overviewCache));
        // At 0.98: 28% hits: $975 x 0.72 = $702.00.
        assertEquals(Money.usd(702.00), WindowShots.label(robot, "#kpi-api-cost"));
    }

    @Test
    void theProviderCachesPricesComeFromTheCatalog(FxRobot robot) throws Exception {
        robot.clickOn("Caching");
        robot.interact(() -> viewModel.edit(s -> s.withCaching(s.caching().withProvider(
                s.caching().provider().withReadMultiplier(0.9).withWriteMultiplier(2)))));
        robot.clickOn("#caching-catalog-prices");
        WaitForAsyncUtils.waitForFxEvents();
        // gpt-4o in the bundled catalog: $2.50 input, $1.25 cached, no write price.
        assertEquals(0.5, viewModel.getScenario().caching().provider().readMultiplier(), 1e-15);
        assertEquals(1, viewModel.getScenario().caching().provider().writeMultiplier(), 1e-15);

        // The batch discount likewise: gpt-4o's batch prices are half its prices.
        robot.interact(() -> viewModel.edit(s -> s.withBatching(s.batching().withDiscount(0.3))));
        robot.interact(() -> robot.lookup("#batching-catalog-discount").queryButton().fire()); // below the fold
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0.5, viewModel.getScenario().batching().discount(), 1e-15);
        // Ten items a prompt at 1% failures: 9.6% of prompts fail; two 24-hour sends bring back 99.1%.
        robot.interact(() -> viewModel.edit(s -> s.withBatching(s.batching().withItemsPerPrompt(10).withItemFailureRate(0.01))));
        assertEquals("A packed prompt of 10 items fails 9.6% of the time and is sent again whole, 1.106 times on average."
                + " Added latency: at most 26.5 hours on average, 48 hours for 95% of items (a 24-hour window per send)."
                + " Batching saves $0.00 a month when on.", WindowShots.label(robot, "#batching-figures"));

        // Routed: 70% to the fine-tuned BERT ($0.0001 flat, no tokens: no batch discount and none needed),
        // 20% to gpt-4o-mini, 10% to gpt-4o, both half price in batch: 50% of the token cost.
        robot.interact(() -> viewModel.edit(s -> s.withRouting(s.routing().withEnabled(true))
                .withBatching(s.batching().withDiscount(0.3))));
        assertEquals("Batch discount of the routed models from the catalog",
                robot.lookup("#batching-catalog-discount").queryButton().getText());
        robot.interact(() -> robot.lookup("#batching-catalog-discount").queryButton().fire()); // below the fold
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0.5, viewModel.getScenario().batching().discount(), 1e-12);
        assertEquals("Batch discount 50.0%, from the catalog's batch prices, weighted by the plan's spend on each model.",
                window.messages().message());
        robot.interact(() -> {
            javafx.scene.Node node = robot.lookup("#batching-catalog-discount").query();
            while (!(node instanceof javafx.scene.control.ScrollPane)) {
                node = node.getParent();
            }
            ((javafx.scene.control.ScrollPane) node).setVvalue(1);
        });
        WindowShots.save(robot, window.getScene(), "caching-batching.png");
    }

    @Test
    void aLayerThatLosesMoneyAtEveryThresholdSaysSo(FxRobot robot) throws Exception {
        robot.clickOn("Caching");
        // $1 a wrong answer: at 0.98 (no wrong answers, 28% hits) 300,000 x 28% x $0.00325 = $273 saved,
        // but $0.001 of embedding on each of 300,000 queries costs $300: -$27 at best.
        robot.interact(() -> viewModel.edit(s -> s.withCaching(s.caching().withSemantic(s.caching().semantic()
                .withFalseHitUsd(1).withEmbeddingUsdPerQuery(0.001)))));
        assertEquals("No threshold pays for the semantic layer: at best (0.98) it loses $27.00 a month in embeddings and"
                + " wrong answers; leave it off.", WindowShots.label(robot, "#caching-figures"));
    }

    @Test
    void aPackTooLargeForTheFailureRateIsRefusedWhereItIsTyped(FxRobot robot) throws Exception {
        robot.clickOn("Caching");
        robot.interact(() -> viewModel.edit(s -> s.withBatching(s.batching().withItemFailureRate(0.5).withItemsPerPrompt(6))));
        // 7 items at 50% failing: 99.2% of prompts would fail. The field says so and the plan keeps 6.
        robot.interact(() -> {
            var field = robot.lookup("#batching-itemsPerPrompt-field").queryTextInputControl();
            field.setText("7");
            ((javafx.scene.control.TextField) field).fireEvent(new javafx.event.ActionEvent());
        });
        assertEquals(6, viewModel.getScenario().batching().itemsPerPrompt());
        assertEquals("Items per prompt is too many at an item failure rate of 50.0%: 99.2% of packed prompts would fail,"
                + " each sent over 100 times on average; pack fewer items or lower the failure rate",
                WindowShots.label(robot, "#batching-itemsPerPrompt-error"));
        // The failure rate's slider likewise cannot push 6 items over the limit: 6 at 60% would fail 99.6%.
        Slider failure = robot.lookup("#batching-itemFailureRate-slider").queryAs(Slider.class);
        robot.interact(() -> failure.setValue(60));
        assertEquals(0.5, viewModel.getScenario().batching().itemFailureRate(), 1e-12);
        assertEquals(50, failure.getValue(), 1e-9, "the slider goes back to the value kept");
        robot.interact(() -> failure.setValue(40));
        assertEquals(0.4, viewModel.getScenario().batching().itemFailureRate(), 1e-12);
        assertEquals(false, robot.lookup("#batching-itemFailureRate-error").query().isVisible());
    }

    @Test
    void theCurveIsEditedInItsTableAndCalibratedFromLabelledQueries(FxRobot robot) throws Exception {
        robot.clickOn("Caching");
        var table = window.caching().curve().table();
        // Row 2 is the point at 0.92: its hit rate from 50% to 45%.
        robot.interact(() -> table.edit(2, table.getColumns().get(1)));
        robot.write("45").type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0.45, viewModel.getScenario().caching().semantic().hitRate(), 1e-12);

        // A false-hit rate above the hit rate is refused, naming the point and the column.
        robot.interact(() -> table.edit(2, table.getColumns().get(2)));
        robot.write("60").type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0.01, viewModel.getScenario().caching().semantic().falseHitRate(), 1e-12);
        assertEquals("False-hit rate of the point at 0.92 must be between 0 and 45 (was 60)",
                WindowShots.label(robot, "#curve-table-error"));

        // A threshold another point has is refused too: the curve needs one rate per threshold.
        robot.interact(() -> table.edit(0, table.getColumns().get(0)));
        robot.write("0.9").type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0.85, viewModel.getScenario().caching().semantic().curve().points().get(0).threshold());
        assertEquals("Threshold of the point at 0.85 must differ from the other points' thresholds (0.9 is one)",
                WindowShots.label(robot, "#curve-table-error"));

        // Add after a point at 1 goes halfway between the last two points.
        robot.interact(() -> viewModel.edit(s -> s.withCaching(s.caching().withSemantic(s.caching().semantic().withCurve(
                new org.llmcostplanner.model.caching.ThresholdCurve(List.of(
                        new org.llmcostplanner.model.caching.CachePoint(0.9, 0.5, 0.02),
                        new org.llmcostplanner.model.caching.CachePoint(1, 0.1, 0))))))));
        robot.clickOn("#curve-add");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(new org.llmcostplanner.model.caching.CachePoint(0.9, 0.5, 0.02),
                new org.llmcostplanner.model.caching.CachePoint(0.95, 0.3, 0.01),
                new org.llmcostplanner.model.caching.CachePoint(1, 0.1, 0)),
                viewModel.getScenario().caching().semantic().curve().points());

        Path pairs = Files.createTempFile("pairs", ".csv");
        Files.writeString(pairs, """
                similarity,same_intent
                0.99,true
                0.97,true
                0.95,true
                0.93,false
                0.91,true
                0.89,true
                0.87,false
                0.85,true
                0.80,false
                0.70,true
                """);
        robot.interact(() -> window.caching().curve().calibrate(pairs.toFile()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("Replace the curve").tryQuery().isPresent());
        WindowShots.save(robot, robot.lookup("Replace the curve").query().getScene(), "caching-calibration.png");
        robot.clickOn("Replace the curve");
        WaitForAsyncUtils.waitForFxEvents();

        // 20 thresholds from 0.80 to 0.99; at 0.90: 5 of 10 hits, 1 wrong (counted in CacheCalibrationTest).
        var curve = viewModel.getScenario().caching().semantic().curve();
        assertEquals(20, curve.points().size());
        assertEquals(0.5, curve.hitRate(0.90), 1e-12);
        assertEquals(0.1, curve.falseHitRate(0.90), 1e-12);
        assertEquals(20, table.getItems().size());
    }
}
