package org.llmcostplanner.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PiePlot;
import org.jfree.data.general.PieDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.llmcostplanner.io.RecentFiles;
import org.llmcostplanner.io.ScenarioFiles;
import org.llmcostplanner.model.CostCategory;
import org.llmcostplanner.model.Evaluation;
import org.llmcostplanner.model.format.Money;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.model.ScenarioEvaluator;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real window headless (Monocle) the way a user would. */
@ExtendWith(ApplicationExtension.class)
class PlannerWindowTest {
    private static final Path SHOTS = Path.of("target", "screenshots");

    private Path folder;
    private Path file;
    private PlannerViewModel viewModel;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        folder = Files.createTempDirectory("planner-gui");
        file = folder.resolve("saas-support.json");
        Files.copy(Path.of("scenarios", "saas-support.json"), file);
        viewModel = new PlannerViewModel(ScenarioFiles.read(file), file, new RecentFiles(folder.resolve("recent.txt"), 10));
        window = PlannerApp.show(stage, viewModel);
    }

    @Test
    void draggingQueriesSliderRedrawsPieAndKpisWithTheModelsNumbers(FxRobot robot) throws Exception {
        Slider slider = robot.lookup("#workload-queriesPerDay-slider").queryAs(Slider.class);
        Node thumb = slider.lookup(".thumb");
        robot.drag(thumb).moveBy(60, 0).drop();
        WaitForAsyncUtils.waitForFxEvents();

        Scenario dragged = viewModel.getScenario();
        double queriesPerDay = dragged.workload().queriesPerDay();
        assertTrue(queriesPerDay > 10_000, "dragging right raises the volume, was " + queriesPerDay);
        Evaluation expected = ScenarioEvaluator.evaluate(dragged);
        // Independent check of the API figure: queries/day x 30 days x (500 x $2.50 + 200 x $10) / 1M.
        assertEquals(queriesPerDay * 30 * 0.00325, expected.monthly().api(), 1e-6);

        ChartPane piePane = window.overview().charts().get(1);
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(piePane::isUpToDate).get());
        JFreeChart pie = piePane.chart();
        PieDataset<?> dataset = ((PiePlot<?>) pie.getPlot()).getDataset();
        double sum = 0;
        for (int i = 0; i < dataset.getItemCount(); i++) {
            sum += dataset.getValue(i).doubleValue();
        }
        assertEquals(expected.totalUsdPerMonth(), sum, 1e-6);
        assertEquals(expected.monthly().api(), apiSlice(dataset), 1e-6);
        assertEquals(Money.usd(expected.totalUsdPerMonth()), text(robot, "#kpi-total"));
        assertEquals(Money.usdPrecise(expected.costPerQueryUsd()), text(robot, "#kpi-cost-per-query"));
        assertEquals(Money.percent(expected.apiShare()), text(robot, "#kpi-api-share"));
        assertTrue(viewModel.isDirty());
    }

    @Test
    void invalidTypedValueIsRefusedWithAMessageAndTheScenarioIsUntouched(FxRobot robot) {
        Scenario before = viewModel.getScenario();
        TextField field = robot.lookup("#workload-queriesPerDay-field").queryAs(TextField.class);
        robot.doubleClickOn(field).eraseText(field.getText().length() + 2).write("ten thousand").type(KeyCode.ENTER);
        Label error = robot.lookup("#workload-queriesPerDay-error").queryAs(Label.class);
        assertTrue(error.isVisible());
        assertTrue(error.getText().contains("is not a number"), error.getText());
        assertEquals(before, viewModel.getScenario());

        robot.doubleClickOn(field).eraseText(field.getText().length() + 2).write("-5").type(KeyCode.ENTER);
        assertTrue(error.getText().contains("Queries per day"), error.getText());
        assertTrue(error.getText().contains("(was -5)"), error.getText());
        assertEquals(before, viewModel.getScenario());

        robot.doubleClickOn(field).eraseText(field.getText().length() + 2).write("25,000,000").type(KeyCode.ENTER);
        assertFalse(error.isVisible(), "a valid value above the slider's range is accepted");
        assertEquals(25_000_000, viewModel.getScenario().workload().queriesPerDay());
    }

    @Test
    void savedScenarioReopensEqualAndClearsTheUnsavedMarker(FxRobot robot) throws Exception {
        TextField field = robot.lookup("#workload-inputTokensPerQuery-field").queryAs(TextField.class);
        robot.doubleClickOn(field).eraseText(field.getText().length() + 2).write("750").type(KeyCode.ENTER);
        assertEquals(750, viewModel.getScenario().workload().inputTokensPerQuery());
        assertTrue(robot.window(0).getScene() != null);
        assertTrue(viewModel.titleProperty().get().startsWith("*"));

        Path saved = folder.resolve("saved.json");
        robot.interact(() -> assertTrue(window.files().saveTo(saved)));
        assertFalse(viewModel.isDirty());
        assertFalse(viewModel.titleProperty().get().startsWith("*"));
        Scenario onScreen = viewModel.getScenario();
        assertEquals(onScreen, ScenarioFiles.read(saved));

        robot.interact(() -> viewModel.newScenario());
        assertNotEquals(onScreen, viewModel.getScenario());
        robot.interact(() -> assertTrue(window.files().openFile(saved)));
        assertEquals(onScreen, viewModel.getScenario());
        assertEquals(saved.toAbsolutePath(), viewModel.recentFiles().get(0));
    }

    @Test
    void saveTakesTheValueStillBeingTypedWithoutEnter(FxRobot robot) throws Exception {
        TextField field = robot.lookup("#workload-outputTokensPerQuery-field").queryAs(TextField.class);
        robot.doubleClickOn(field).eraseText(field.getText().length() + 2).write("333");
        robot.interact(() -> assertTrue(window.files().save()));
        assertEquals(333, ScenarioFiles.read(file).workload().outputTokensPerQuery());
        assertFalse(viewModel.isDirty());

        robot.clickOn("Notes and sources");
        javafx.scene.control.TextArea notes = robot.lookup("#scenario-description").queryAs(javafx.scene.control.TextArea.class);
        robot.clickOn(notes);
        robot.interact(notes::selectAll);
        robot.write("Prices checked 2026-11-28.");
        robot.interact(() -> assertTrue(window.files().save()));
        assertEquals("Prices checked 2026-11-28.", ScenarioFiles.read(file).description());
    }

    @Test
    void openingABrokenFileShowsWhyAndKeepsTheScenario(FxRobot robot) throws Exception {
        Scenario before = viewModel.getScenario();
        Path broken = folder.resolve("broken.json");
        Files.writeString(broken, Files.readString(file).replace("\"daysPerMonth\" : 30", "\"daysPerMonth\" : \"thirty\""));
        robot.interact(() -> assertFalse(window.files().openFile(broken)));
        String message = window.messages().message();
        assertTrue(message.contains("broken.json"), message);
        assertTrue(message.contains("workload.daysPerMonth"), message);
        assertEquals(before, viewModel.getScenario());
        assertEquals(file.toAbsolutePath(), viewModel.fileProperty().get());
    }

    @Test
    void lineItemsCanBeAddedRenamedRepricedAndRemovedInTheTable(FxRobot robot) {
        robot.clickOn("TCO");
        var table = robot.lookup("#infrastructure-table").queryTableView();
        robot.clickOn("#infrastructure-add");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(5, viewModel.getScenario().fixedCosts().infrastructure().size());
        robot.write("Queue (SQS)").type(KeyCode.ENTER);
        assertEquals("Queue (SQS)", viewModel.getScenario().fixedCosts().infrastructure().get(4).name());

        robot.doubleClickOn(cell(robot, table, 4, 1)).eraseText(3).write("-40").type(KeyCode.ENTER);
        Label error = robot.lookup("#infrastructure-error").queryAs(Label.class);
        assertTrue(error.isVisible() && error.getText().contains("must not be negative"), error.getText());
        assertEquals(0, viewModel.getScenario().fixedCosts().infrastructure().get(4).usdPerMonth());

        robot.doubleClickOn(cell(robot, table, 4, 1)).eraseText(5).write("$45.50").type(KeyCode.ENTER);
        assertEquals(45.5, viewModel.getScenario().fixedCosts().infrastructure().get(4).usdPerMonth());
        assertFalse(error.isVisible());
        // 200 + 50 + 100 + 30 + 45.50, as the subtotal and the pie's infrastructure slice now say.
        assertEquals(425.5, viewModel.getEvaluation().monthly().infrastructure(), 1e-9);
        assertTrue(text(robot, "#infrastructure-subtotal").startsWith("Subtotal $425.50 per month"));

        // Typing a new amount and clicking elsewhere keeps it (the stock cell would drop it).
        robot.doubleClickOn(cell(robot, table, 0, 1)).eraseText(5).write("210");
        robot.clickOn(cell(robot, table, 2, 0));
        assertEquals(210, viewModel.getScenario().fixedCosts().infrastructure().get(0).usdPerMonth());
        robot.doubleClickOn(cell(robot, table, 0, 1)).eraseText(5).write("999").type(KeyCode.ESCAPE);
        assertEquals(210, viewModel.getScenario().fixedCosts().infrastructure().get(0).usdPerMonth());

        robot.clickOn(cell(robot, table, 4, 0));
        robot.clickOn("#infrastructure-remove");
        assertEquals(4, viewModel.getScenario().fixedCosts().infrastructure().size());
        assertEquals(390, viewModel.getEvaluation().monthly().infrastructure(), 1e-9); // 210 + 50 + 100 + 30
    }

    @Test
    void exportAllWritesEveryChartAndCopyPutsAnImageOnTheClipboard(FxRobot robot) throws Exception {
        Path out = folder.resolve("charts");
        robot.interact(() -> window.chartActions().exportAll(out,
                new ExportSettings(960, 540, 2, org.llmcostplanner.chart.ChartExport.Format.PNG)));
        var charts = org.llmcostplanner.chart.Charts.all();
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, () -> charts.stream()
                .allMatch(chart -> Files.exists(out.resolve(chart.id() + ".png")))
                && window.messages().message().startsWith("Exported"));
        WaitForAsyncUtils.waitForFxEvents();
        BufferedImage pie = ImageIO.read(out.resolve("tco-pie.png").toFile());
        assertEquals(1920, pie.getWidth());
        assertEquals(1080, pie.getHeight());
        assertTrue(window.messages().message().startsWith("Exported " + charts.size() + " charts"), window.messages().message());

        robot.interact(() -> window.chartActions().copyToClipboard(org.llmcostplanner.chart.Charts.TCO_PIE));
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                () -> window.messages().message().startsWith("Copied"));
        robot.interact(() -> assertTrue(javafx.scene.input.Clipboard.getSystemClipboard().hasImage()));
    }

    @Test
    void aHiddenTabLeavesTheSceneAndShowsTheCurrentScenarioWhenSelected(FxRobot robot) throws Exception {
        awaitUpToDate(window.overview().charts());
        assertEquals(null, window.tco().getScene(), "the TCO tab is not in the scene while the Overview shows");
        robot.interact(() -> viewModel.edit(scenario -> scenario.withWorkload(scenario.workload().withQueriesPerDay(123_000))));

        robot.clickOn("TCO");
        awaitUpToDate(window.tco().charts());
        assertEquals(null, window.overview().getScene(), "the Overview left the scene");
        robot.interact(() -> viewModel.edit(scenario -> scenario.withWorkload(scenario.workload().withQueriesPerDay(45_600))));
        Evaluation expected = ScenarioEvaluator.evaluate(viewModel.getScenario());
        awaitUpToDate(window.tco().charts());
        assertFalse(WaitForAsyncUtils.asyncFx(() -> window.overview().charts().get(1).isUpToDate()).get(),
                "a hidden chart is not rendered on edits");
        PieDataset<?> dataset = ((PiePlot<?>) window.tco().charts().get(0).chart().getPlot()).getDataset();
        assertEquals(expected.monthly().api(), apiSlice(dataset), 1e-6);
        assertTrue(text(robot, "#infrastructure-subtotal").contains(
                "(" + Money.percent(expected.monthly().share(CostCategory.INFRASTRUCTURE)) + " of TCO)"), text(robot, "#infrastructure-subtotal"));

        robot.clickOn("Overview");
        awaitUpToDate(window.overview().charts());
        assertEquals(Money.usd(expected.totalUsdPerMonth()), text(robot, "#kpi-total"));
    }

    private static void awaitUpToDate(java.util.List<ChartPane> charts) throws java.util.concurrent.TimeoutException {
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> charts.stream().allMatch(ChartPane::isUpToDate)).get());
    }

    @Test
    void snapshotsOfBothTabsShowTheCharts(FxRobot robot) throws Exception {
        Files.createDirectories(SHOTS);
        awaitUpToDate(window.overview().charts());
        snapshot(robot, SHOTS.resolve("overview.png"));
        robot.clickOn("TCO");
        awaitUpToDate(window.tco().charts());
        BufferedImage tco = snapshot(robot, SHOTS.resolve("tco.png"));
        assertEquals((int) window.getScene().getWidth(), tco.getWidth());
        assertTrue(distinctColours(tco) > 50, "a real picture, not a blank window");
    }

    private BufferedImage snapshot(FxRobot robot, Path target) throws IOException {
        BufferedImage[] image = new BufferedImage[1];
        robot.interact(() -> image[0] = SwingFXUtils.fromFXImage(window.getScene().snapshot(null), null));
        ImageIO.write(image[0], "png", target.toFile());
        return image[0];
    }

    private static int distinctColours(BufferedImage image) {
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }

    private static double apiSlice(PieDataset<?> dataset) {
        for (int i = 0; i < dataset.getItemCount(); i++) {
            Comparable<?> key = dataset.getKey(i);
            if (key.equals(CostCategory.API) || key.toString().equals(CostCategory.API.label())) {
                return dataset.getValue(i).doubleValue();
            }
        }
        throw new AssertionError("no API slice in " + dataset.getKeys());
    }

    /** The cell at (row, column), looked up afresh: a table refresh replaces its cell nodes. */
    private static Node cell(FxRobot robot, javafx.scene.control.TableView<?> table, int row, int column) {
        return robot.from(table).lookup(".table-row-cell").nth(row).lookup(".table-cell").nth(column).query();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
