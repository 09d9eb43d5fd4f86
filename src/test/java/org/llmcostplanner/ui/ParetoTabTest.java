package org.llmcostplanner.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.llmcostplanner.io.ParetoCsv;
import org.llmcostplanner.io.RecentFiles;
import org.llmcostplanner.io.ScenarioFiles;
import org.llmcostplanner.model.pareto.ParetoConfiguration;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Pareto tab driven as a user would, on the bundled scenario's ten configurations. */
@ExtendWith(ApplicationExtension.class)
class ParetoTabTest {
    private static final Path SHOTS = Path.of("target", "screenshots");
    /** Row of "Bad prompt (GPT-4o-mini)" in the bundled file, and the table's columns. */
    private static final int BAD_PROMPT = 9;
    private static final int STANDING = 0;
    private static final int QUALITY = 2;

    private Path folder;
    private PlannerViewModel viewModel;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        folder = Files.createTempDirectory("pareto-gui");
        Path file = folder.resolve("saas-support.json");
        Files.copy(Path.of("scenarios", "saas-support.json"), file);
        viewModel = new PlannerViewModel(ScenarioFiles.read(file), file, new RecentFiles(folder.resolve("recent.txt"), 10));
        window = PlannerApp.show(stage, viewModel);
    }

    private void openTab(FxRobot robot) throws Exception {
        robot.clickOn("Pareto");
        awaitChart();
    }

    private void awaitChart() throws Exception {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                    () -> WaitForAsyncUtils.asyncFx(() -> window.pareto().charts().get(0).isUpToDate()).get());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("chart not redrawn; message bar: " + window.messages().message(), e);
        }
    }

    private XYPlot plot() {
        return (XYPlot) window.pareto().charts().get(0).chart().getPlot();
    }

    private static List<String> names(List<ParetoConfiguration> configurations) {
        return configurations.stream().map(ParetoConfiguration::name).toList();
    }

    @Test
    void givingTheBadPromptNinetyNinePercentPutsItOnTheFrontierAndMakesItTheRecommendation(FxRobot robot) throws Exception {
        openTab(robot);
        TableView<Integer> table = window.pareto().table().table();
        assertEquals("Bad prompt (GPT-4o-mini)", viewModel.getScenario().pareto().configurations().get(BAD_PROMPT).name());
        assertEquals(ParetoTable.DOMINATED, cellText(robot, table, BAD_PROMPT, STANDING));
        assertEquals(ParetoTable.RECOMMENDED, cellText(robot, table, 8, STANDING), "the Hybrid, row 8");
        assertEquals("10 configurations, 6 on the frontier", text(robot, "#pareto-count"));

        robot.doubleClickOn(cell(robot, table, BAD_PROMPT, QUALITY));
        robot.eraseText(8).write("99").type(KeyCode.ENTER);
        awaitChart();

        // Independently: at 99% and $0.0035 it beats everything from $0.0035 up in quality, so it
        // dominates GPT-4o-mini (few-shot, $0.004), GPT-4o both and Claude Opus; the cheapest at
        // 90% or more is still the Hybrid ($0.002, 93%).
        assertEquals(0.99, viewModel.getScenario().pareto().configurations().get(BAD_PROMPT).quality(), 0);
        assertEquals(List.of("TF-IDF + LogReg", "Fine-tuned DistilBERT", "Fine-tuned BERT-base", "Hybrid (BERT + GPT-4o)",
                "Bad prompt (GPT-4o-mini)"), names(viewModel.getParetoAnalysis().frontier()));
        assertEquals(ParetoTable.FRONTIER, cellText(robot, table, BAD_PROMPT, STANDING));
        assertEquals(ParetoTable.DOMINATED, cellText(robot, table, 7, STANDING), "Claude Opus is dominated now");
        assertEquals("10 configurations, 5 on the frontier", text(robot, "#pareto-count"));
        List<Point2D> frontierLine = points(plot().getDataset(0), 0);
        assertEquals(new Point2D.Double(0.0035, 99), frontierLine.get(frontierLine.size() - 1), "the step line ends at it");

        // Ask for the highest quality instead: the bad prompt, now the best, is recommended everywhere.
        robot.clickOn("#pareto-rule").clickOn("The highest quality within the limits");
        awaitChart();
        String summary = summary();
        assertTrue(summary.startsWith("Recommended: Bad prompt (GPT-4o-mini), 99.0% quality at $0.003500 per query"), summary);
        assertEquals(ParetoTable.RECOMMENDED, cellText(robot, table, BAD_PROMPT, STANDING));
        XYDataset dots = plot().getDataset(1);
        int recommended = java.util.stream.IntStream.range(0, dots.getSeriesCount())
                .filter(k -> dots.getSeriesKey(k).equals("Recommended")).findFirst().orElseThrow();
        assertEquals(List.of(new Point2D.Double(0.0035, 99)), points(dots, recommended), "highlighted in the chart");
        // The plan (93% at $0.00325) is still dominated most cheaply by the Hybrid; the bad prompt costs more.
        assertTrue(text(robot, "#pareto-plan").contains("dominated by Hybrid (BERT + GPT-4o)"), text(robot, "#pareto-plan"));
    }

    @Test
    void invalidCellsAreRefusedWithAMessageAndTheScenarioKeepsItsValue(FxRobot robot) throws Exception {
        openTab(robot);
        TableView<Integer> table = window.pareto().table().table();
        var before = viewModel.getScenario();
        robot.doubleClickOn(cell(robot, table, 0, QUALITY));
        robot.eraseText(8).write("120").type(KeyCode.ENTER);
        Label error = robot.lookup("#pareto-table-error").queryAs(Label.class);
        assertTrue(error.isVisible());
        assertEquals("Quality (%) of 'TF-IDF + LogReg' must be between 0 and 100 (was 120)", error.getText());
        assertEquals(before, viewModel.getScenario());
        assertEquals("72", cellText(robot, table, 0, QUALITY), "the cell shows the model's value again");

        robot.doubleClickOn(cell(robot, table, 0, 3));
        robot.eraseText(12).write("cheap").type(KeyCode.ENTER);
        assertEquals("Cost per query (USD) of 'TF-IDF + LogReg': 'cheap' is not a number", error.getText());
        assertEquals(before, viewModel.getScenario());

        robot.interact(() -> viewModel.newScenario());
        assertFalse(error.isVisible(), "a message about rows that are gone goes with them");
    }

    @Test
    void aCellCommittedAsShownKeepsTheExactValueBehindTheRoundedText(FxRobot robot) throws Exception {
        openTab(robot);
        robot.interact(() -> viewModel.edit(s -> s.withPareto(s.pareto().withConfigurations(List.of(
                new ParetoConfiguration("Sweep point", 0.87345678, 0.0000012345678, 123.456)))))); 
        TableView<Integer> table = window.pareto().table().table();
        var before = viewModel.getScenario();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "87.35".equals(cellText(robot, table, 0, QUALITY))); // after a layout
        robot.doubleClickOn(cell(robot, table, 0, QUALITY)).type(KeyCode.ENTER);
        robot.doubleClickOn(cell(robot, table, 0, 3)).type(KeyCode.ENTER);
        robot.doubleClickOn(cell(robot, table, 0, 4)).type(KeyCode.ENTER);
        assertEquals(before, viewModel.getScenario(), "nothing rounded to what the cells show");
        robot.doubleClickOn(cell(robot, table, 0, QUALITY)).eraseText(8).write("90").type(KeyCode.ENTER);
        assertEquals(0.9, viewModel.getScenario().pareto().configurations().get(0).quality(), 0, "a real edit still lands");
    }

    @Test
    void addDuplicateMoveAndRemoveRows(FxRobot robot) throws Exception {
        openTab(robot);
        TableView<Integer> table = window.pareto().table().table();
        robot.interact(() -> table.getSelectionModel().clearAndSelect(1));
        robot.clickOn("#pareto-duplicate");
        List<String> names = names(viewModel.getScenario().pareto().configurations());
        assertEquals("Fine-tuned DistilBERT (copy)", names.get(2));
        assertEquals(11, names.size());
        assertEquals(2, table.getSelectionModel().getSelectedIndex(), "the copy is selected");

        robot.clickOn("#pareto-up");
        assertEquals("Fine-tuned DistilBERT (copy)", viewModel.getScenario().pareto().configurations().get(1).name());
        robot.clickOn("#pareto-down").clickOn("#pareto-down");
        assertEquals("Fine-tuned DistilBERT (copy)", viewModel.getScenario().pareto().configurations().get(3).name());

        robot.clickOn("#pareto-add");
        robot.write("Llama 3.1 8B (LoRA)").type(KeyCode.ENTER);
        assertEquals("Llama 3.1 8B (LoRA)", viewModel.getScenario().pareto().configurations().get(4).name(),
                "added after the selected row, its name being edited");

        robot.clickOn(cell(robot, table, 4, 1)).press(KeyCode.CONTROL).clickOn(cell(robot, table, 3, 1)).release(KeyCode.CONTROL);
        assertEquals(List.of(3, 4), table.getSelectionModel().getSelectedIndices().stream().sorted().toList());
        robot.type(KeyCode.DELETE);
        assertEquals(names(viewModel.getScenario().pareto().configurations()),
                names(ScenarioFiles.read(Path.of("scenarios", "saas-support.json")).pareto().configurations()),
                "back to the bundled ten");
        assertEquals("10 configurations, 6 on the frontier", text(robot, "#pareto-count"));
    }

    @Test
    void aSwitchedOffLimitStopsApplyingAndKeepsItsValue(FxRobot robot) throws Exception {
        openTab(robot);
        robot.clickOn("#pareto-constraints-minQuality-value-enabled");
        assertFalse(viewModel.getScenario().pareto().constraints().minQuality().enabled());
        assertEquals(0.9, viewModel.getScenario().pareto().constraints().minQuality().value(), 0);
        assertTrue(summary().startsWith("Recommended: TF-IDF + LogReg"), summary());

        robot.clickOn("#pareto-constraints-minQuality-value-enabled");
        var field = robot.lookup("#pareto-constraints-minQuality-value-field").queryAs(javafx.scene.control.TextField.class);
        robot.doubleClickOn(field).eraseText(field.getText().length() + 2).write("96").type(KeyCode.ENTER);
        assertEquals(0.96, viewModel.getScenario().pareto().constraints().minQuality().value(), 0);
        assertTrue(summary().startsWith("Recommended: Claude Opus (few-shot)"), summary());
    }

    @Test
    void csvExportThenImportRoundTripsAndABrokenFileChangesNothing(FxRobot robot) throws Exception {
        openTab(robot);
        Path csv = folder.resolve("sweep.csv");
        var before = viewModel.getScenario().pareto().configurations();
        robot.interact(() -> window.paretoFiles().exportCsv(csv));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.messages().message().startsWith("Exported 10 configurations"));
        assertEquals(before, ParetoCsv.read(csv));

        Path broken = folder.resolve("broken.csv");
        Files.writeString(broken, "name,quality,cost_per_query,latency_ms\nA,0.9,0.001,100\nB,ninety,0.002,200\n");
        robot.interact(() -> window.paretoFiles().importCsv(broken, ParetoFiles.Mode.REPLACE));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.messages().message().startsWith("Could not import"));
        String message = window.messages().message();
        assertTrue(message.contains("broken.csv") && message.contains("line 3") && message.contains("quality"), message);
        assertEquals(before, viewModel.getScenario().pareto().configurations());

        robot.interact(() -> window.paretoFiles().importCsv(csv, ParetoFiles.Mode.APPEND));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.messages().message().startsWith("Appended 10"));
        assertEquals(20, viewModel.getScenario().pareto().configurations().size());
        awaitChart();
        assertEquals("20 configurations, 12 on the frontier", text(robot, "#pareto-count"), "duplicates both stay on it");
    }

    @Test
    void aCancelledImportLeavesTheTableAsItWas(FxRobot robot) throws Exception {
        openTab(robot);
        Path big = bigCsv("big-sweep.csv", 400_000);
        var before = viewModel.getScenario();
        javafx.concurrent.Task<?>[] task = new javafx.concurrent.Task<?>[1];
        robot.interact(() -> task[0] = window.paretoFiles().importCsv(big, ParetoFiles.Mode.REPLACE));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> task[0].getProgress() > 0).get());
        robot.interact(() -> task[0].cancel());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, task[0]::isDone);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(javafx.concurrent.Worker.State.CANCELLED, WaitForAsyncUtils.asyncFx(task[0]::getState).get());
        assertEquals(before, viewModel.getScenario(), "nothing imported");
        assertFalse(window.messages().message().startsWith("Could not"), window.messages().message());
    }

    @Test
    void anAppendAddsToTheRowsAsTheyAreWhenTheReadEnds(FxRobot robot) throws Exception {
        openTab(robot);
        Path big = bigCsv("append.csv", 200_000);
        javafx.concurrent.Task<?>[] task = new javafx.concurrent.Task<?>[1];
        robot.interact(() -> {
            task[0] = window.paretoFiles().importCsv(big, ParetoFiles.Mode.APPEND);
            // An edit while the file is read (here: one row less) must survive the append.
            viewModel.edit(s -> s.withPareto(s.pareto().withConfigurations(s.pareto().configurations().subList(0, 9))));
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.messages().message().startsWith("Appended 200,000"));
        List<ParetoConfiguration> now = viewModel.getScenario().pareto().configurations();
        assertEquals(9 + 200_000, now.size());
        assertEquals("Hybrid (BERT + GPT-4o)", now.get(8).name());
        assertEquals("config 0", now.get(9).name());
    }

    @Test
    void anImportReadWhileAnotherScenarioWasOpenedIsDropped(FxRobot robot) throws Exception {
        openTab(robot);
        Path big = bigCsv("late.csv", 200_000);
        robot.interact(() -> {
            window.paretoFiles().importCsv(big, ParetoFiles.Mode.REPLACE);
            viewModel.newScenario();
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.messages().message().startsWith("Import of late.csv dropped"));
        assertEquals(0, viewModel.getScenario().pareto().configurations().size(), "the new scenario stays empty");
        assertFalse(viewModel.isDirty());
    }

    @Test
    void snapshotOfTheParetoTab(FxRobot robot) throws Exception {
        openTab(robot);
        Files.createDirectories(SHOTS);
        BufferedImage[] image = new BufferedImage[1];
        robot.interact(() -> image[0] = SwingFXUtils.fromFXImage(window.getScene().snapshot(null), null));
        ImageIO.write(image[0], "png", SHOTS.resolve("pareto.png").toFile());
        assertTrue(image[0].getWidth() > 1000);

        robot.clickOn("#pareto-objectives").clickOn("Cost, quality and latency");
        awaitChart();
        assertEquals(org.llmcostplanner.model.pareto.ParetoObjectives.COST_QUALITY_LATENCY,
                viewModel.getScenario().pareto().objectives());
        robot.interact(() -> image[0] = SwingFXUtils.fromFXImage(window.getScene().snapshot(null), null));
        ImageIO.write(image[0], "png", SHOTS.resolve("pareto-latency.png").toFile());
    }

    /** A CSV of {@code count} configurations named "config 0" on, big enough to take a while to read. */
    private Path bigCsv(String name, int count) throws java.io.IOException {
        StringBuilder rows = new StringBuilder("name,quality,cost_per_query,latency_ms\n");
        for (int i = 0; i < count; i++) {
            rows.append("config ").append(i).append(',').append(i % 1000 / 1000.0).append(',').append(0.00001 + i * 1e-9)
                    .append(",100\n");
        }
        Path file = folder.resolve(name);
        Files.writeString(file, rows);
        return file;
    }

    /** The summary line, the chart's subtitle. */
    private String summary() throws Exception {
        awaitChart();
        return WaitForAsyncUtils.asyncFx(() -> ((TextTitle) window.pareto().charts().get(0).chart().getSubtitle(0)).getText()).get();
    }

    @Test
    void aNewScenarioShowsAnEmptyTableAndSaysHowToStart(FxRobot robot) throws Exception {
        robot.interact(() -> viewModel.newScenario());
        openTab(robot);
        assertEquals(0, window.pareto().table().table().getItems().size());
        assertEquals("0 configurations, 0 on the frontier", text(robot, "#pareto-count"));
        assertTrue(summary().startsWith("No configurations yet"), summary());
        assertTrue(text(robot, "#pareto-plan").contains("quality not measured"), text(robot, "#pareto-plan"));
        Files.createDirectories(SHOTS);
        BufferedImage[] image = new BufferedImage[1];
        robot.interact(() -> image[0] = SwingFXUtils.fromFXImage(window.getScene().snapshot(null), null));
        ImageIO.write(image[0], "png", SHOTS.resolve("pareto-empty.png").toFile());
    }

    private static List<Point2D> points(XYDataset dataset, int series) {
        List<Point2D> points = new ArrayList<>();
        for (int i = 0; i < dataset.getItemCount(series); i++) {
            points.add(new Point2D.Double(dataset.getXValue(series, i), dataset.getYValue(series, i)));
        }
        return points;
    }

    /** The cell at (row, column), looked up afresh: a refresh replaces cell nodes. */
    private static Node cell(FxRobot robot, TableView<?> table, int row, int column) {
        robot.interact(() -> {
            table.scrollTo(0);
            table.layout();
        });
        @SuppressWarnings("rawtypes")
        javafx.scene.control.TableRow tableRow = robot.from(table).lookup(".table-row-cell")
                .queryAllAs(javafx.scene.control.TableRow.class).stream()
                .filter(r -> r.getIndex() == row && !r.isEmpty()).findFirst().orElseThrow();
        return robot.from(tableRow).lookup(".table-cell").nth(column).query();
    }

    private static String cellText(FxRobot robot, TableView<?> table, int row, int column) {
        return ((javafx.scene.control.Labeled) cell(robot, table, row, column)).getText();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
