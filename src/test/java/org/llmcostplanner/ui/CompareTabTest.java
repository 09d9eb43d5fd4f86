package org.llmcostplanner.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.llmcostplanner.chart.ChartExport;
import org.llmcostplanner.io.ScenarioFiles;
import org.llmcostplanner.model.CostCategory;
import org.llmcostplanner.model.Evaluation;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.model.ScenarioEvaluator;
import org.llmcostplanner.model.plan.KpiDelta;
import org.llmcostplanner.model.plan.ScenarioComparison;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Compare tab on saas-support.json. Pinned and then edited to 25,000 queries a day: 750,000
 * queries at $0.00325 make the API $2,437.50 a month (A: $975.00), the TCO $12,267.50 (A:
 * $10,805.00), +$1,462.50 or +13.5%; the cost per query falls from $0.036017 to $0.016357.
 */
@ExtendWith(ApplicationExtension.class)
class CompareTabTest {
    private Stage stage;
    private MainWindow window;
    private PlannerViewModel viewModel;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        window = WindowShots.openSaasSupport(stage, "compare-gui");
        viewModel = window.viewModel();
    }

    private CompareView view() {
        return window.compare();
    }

    @SuppressWarnings("unchecked")
    private TableView<KpiDelta> table(FxRobot robot) {
        return robot.lookup("#compare-table").queryAs(TableView.class);
    }

    /** The figure {@code id} of the comparison the tab shows. */
    private KpiDelta row(String id) {
        return view().compare().comparisonProperty().get().orElseThrow().row(id)
                .orElseThrow(() -> new AssertionError("no row " + id));
    }

    /** The texts on screen of the cells of {@code id}'s row: the figure's name, A, B, B - A, the change in %. */
    @SuppressWarnings("unchecked")
    private static List<String> shownRow(FxRobot robot, String id) {
        TableRow<KpiDelta> row = robot.lookup(".compare-table .table-row-cell").queryAll().stream()
                .map(node -> (TableRow<KpiDelta>) node)
                .filter(candidate -> candidate.getItem() != null && id.equals(candidate.getItem().id())).findFirst()
                .orElseThrow(() -> new AssertionError("no row on screen for " + id));
        return row.getChildrenUnmodifiable().stream().filter(node -> node instanceof Labeled)
                .map(node -> ((Labeled) node).getText()).toList();
    }

    /** The text on screen of {@code id}'s row in column {@code column} (0 the figure's name, 3 B - A, 4 the change in %). */
    private static String cell(FxRobot robot, String id, int column) {
        return shownRow(robot, id).get(column);
    }

    /** The texts of the table cells on screen in the state {@code verdict}. */
    private static Set<String> cellsStyled(FxRobot robot, PseudoClass verdict) {
        return robot.lookup(".compare-table .table-cell").queryAll().stream()
                .filter(node -> node.getPseudoClassStates().contains(verdict)).map(node -> ((Labeled) node).getText())
                .collect(Collectors.toSet());
    }

    private void awaitCharts() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> !view().charts().isEmpty() && view().charts().stream().allMatch(ChartPane::isUpToDate)).get());
    }

    private static String title(ChartPane pane) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> pane.chart().getTitle().getText()).get();
    }

    private static double axisTop(ChartPane pane) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> ((CategoryPlot) pane.chart().getPlot()).getRangeAxis().getUpperBound()).get();
    }

    private void assertRow(String id, Evaluation a, Evaluation b, ToDoubleFunction<Evaluation> figure) {
        KpiDelta row = row(id);
        double expectedA = figure.applyAsDouble(a);
        double expectedB = figure.applyAsDouble(b);
        assertEquals(expectedA, row.a().orElseThrow(), Math.abs(expectedA) * 1e-12, id + " A");
        assertEquals(expectedB, row.b().orElseThrow(), Math.abs(expectedB) * 1e-12, id + " B");
        assertEquals(expectedB - expectedA, row.delta().orElseThrow(), Math.max(Math.abs(expectedA), Math.abs(expectedB)) * 1e-12,
                id + " B - A");
    }

    @Test
    void pinnedPlanAgainstTheEditedPlanShowsEachChangeAsComputedByHand(FxRobot robot) throws Exception {
        robot.clickOn("Compare");
        assertTrue(robot.lookup("#compare-placeholder").query().isVisible(), "before A, the tab says what to do");
        assertTrue(robot.lookup("#compare-clear").queryAs(Button.class).isDisabled());
        assertTrue(view().charts().isEmpty());

        robot.clickOn("#compare-pin");
        assertFalse(robot.lookup("#compare-placeholder").query().isVisible());
        assertEquals("SaaS support classifier", WindowShots.label(robot, "#compare-a-name"));
        assertTrue(WindowShots.label(robot, "#compare-a-origin").matches("pinned at \\d\\d:\\d\\d"),
                WindowShots.label(robot, "#compare-a-origin"));

        TextField queries = robot.lookup("#workload-queriesPerDay-field").queryAs(TextField.class);
        robot.doubleClickOn(queries).eraseText(queries.getText().length() + 2).write("25000").type(KeyCode.ENTER);
        assertEquals(25_000, viewModel.getScenario().workload().queriesPerDay());

        // Independently: each plan evaluated on its own.
        Scenario saas = ScenarioFiles.read(Path.of("scenarios", "saas-support.json"));
        Evaluation a = ScenarioEvaluator.evaluate(saas);
        Evaluation b = ScenarioEvaluator.evaluate(saas.withWorkload(saas.workload().withQueriesPerDay(25_000)));
        assertEquals(21, table(robot).getItems().size());
        assertRow("queriesPerMonth", a, b, Evaluation::queriesPerMonth);
        assertRow("monthlyTco", a, b, Evaluation::totalUsdPerMonth);
        for (CostCategory category : CostCategory.values()) {
            assertRow("monthly." + category.name().toLowerCase(java.util.Locale.ROOT), a, b,
                    evaluation -> evaluation.monthly().get(category));
        }
        assertRow("costPerQuery", a, b, Evaluation::costPerQueryUsd);
        assertRow("apiCostPerQuery", a, b, Evaluation::apiUsdPerQuery);
        assertRow("apiShareOfTotal", a, b, Evaluation::apiShare);
        assertRow("apiBaseline", a, b, evaluation -> evaluation.api().baselineUsdPerMonth());

        // As printed, by hand.
        assertEquals("$10,805.00", cell(robot, "monthlyTco", 1));
        assertEquals("$12,267.50", cell(robot, "monthlyTco", 2));
        assertEquals("+$1,462.50", cell(robot, "monthlyTco", 3));
        assertEquals("+13.5%", cell(robot, "monthlyTco", 4));
        assertEquals("+450,000", cell(robot, "queriesPerMonth", 3));
        assertEquals("-$0.019660", cell(robot, "costPerQuery", 3));
        assertEquals("-54.6%", cell(robot, "costPerQuery", 4));
        assertEquals("$0.00", cell(robot, "monthly.engineering", 3));
        assertEquals("", cell(robot, "waterfall.routing", 4), "a change from 0 has no percentage");
        // Costs up in orange, down in blue; a figure with no better direction (volume) in neither.
        Set<String> worse = cellsStyled(robot, CompareTable.WORSE);
        Set<String> better = cellsStyled(robot, CompareTable.BETTER);
        assertTrue(worse.containsAll(List.of("+$1,462.50", "+13.5%")), worse.toString());
        assertTrue(better.containsAll(List.of("-$0.019660", "-54.6%")), better.toString());
        assertFalse(worse.contains("+450,000") || better.contains("+450,000"));

        // The charts: A as pinned, B live, each titled with its plan.
        awaitCharts();
        List<ChartPane> charts = view().charts();
        assertEquals("A: SaaS support classifier", title(charts.get(0)));
        assertEquals("B: SaaS support classifier", title(charts.get(1)));
        double sharedTop = axisTop(charts.get(1));
        assertEquals(2_437.50 * 1.24, sharedTop, 1e-6, "B's $2,437.50 baseline tops both waterfalls");
        assertEquals(sharedTop, axisTop(charts.get(0)), 1e-9);
    }

    @Test
    void aHiddenTabComputesNothingAndCatchesUpWhenShown(FxRobot robot) throws Exception {
        robot.clickOn("Compare");
        robot.clickOn("#compare-pin");
        awaitCharts();
        CompareViewModel compare = view().compare();
        Object shown = compare.comparisonProperty().get();
        robot.clickOn("Overview");
        robot.interact(() -> viewModel.setInput(org.llmcostplanner.model.ScenarioInputs.QUERIES_PER_DAY, 40_000));

        assertFalse(compare.activeProperty().get());
        assertSame(shown, compare.comparisonProperty().get(), "nothing is compared while the tab is hidden");
        assertFalse(WaitForAsyncUtils.asyncFx(() -> view().charts().get(1).isUpToDate()).get(), "B's charts wait");

        robot.clickOn("Compare");
        assertEquals(1_200_000, row("queriesPerMonth").b().orElseThrow(), 1e-6);
        assertEquals("1,200,000", cell(robot, "queriesPerMonth", 2));
        awaitCharts();
    }

    @Test
    void planAFromAFileAgainstTheDocumentAndASnapshotAtSlideSize(FxRobot robot) throws Exception {
        robot.clickOn("Compare");
        Path legalFile = Path.of("scenarios", "legal-summarization.json");
        robot.interact(() -> assertTrue(view().readPlanA(legalFile)));

        assertEquals("Legal contract summarisation", WindowShots.label(robot, "#compare-a-name"));
        assertEquals("from legal-summarization.json", WindowShots.label(robot, "#compare-a-origin"));
        assertEquals("SaaS support classifier", WindowShots.label(robot, "#compare-b-name"));
        assertEquals("SaaS support classifier", viewModel.getScenario().name(), "the document is untouched");
        assertTrue(viewModel.fileProperty().get().endsWith("saas-support.json"));
        assertFalse(viewModel.isDirty());
        Scenario legal = ScenarioFiles.read(legalFile);
        ScenarioComparison expected = ScenarioComparison.of(legal, viewModel.getScenario());
        assertEquals(expected, view().compare().comparisonProperty().get().orElseThrow());
        assertEquals(expected.rows(), table(robot).getItems());
        assertEquals(List.of("Monthly TCO", "$68,769.12", "$10,805.00", "-$57,964.12", "-84.3%"), shownRow(robot, "monthlyTco"));
        assertEquals("$68,769.12", cell(robot, "monthlyTco", 1));
        assertEquals("$10,805.00", cell(robot, "monthlyTco", 2));
        assertEquals("-$57,964.12", cell(robot, "monthlyTco", 3));

        robot.interact(() -> {
            stage.setX(0); // inside the headless screen (1920 x 1200), which its painter needs
            stage.setY(0);
            stage.setWidth(1920);
            stage.setHeight(1080);
        });
        WaitForAsyncUtils.waitForFxEvents();
        awaitCharts();
        List<ChartPane> charts = view().charts();
        assertEquals("A: Legal contract summarisation", title(charts.get(0)));
        assertEquals("B: SaaS support classifier", title(charts.get(1)));
        assertEquals("A: Legal contract summarisation", title(charts.get(2)));
        assertEquals("B: SaaS support classifier", title(charts.get(3)));
        assertEquals(157_500 * 1.24, axisTop(charts.get(0)), 1e-6, "A's baseline tops both waterfalls");
        assertEquals(157_500 * 1.24, axisTop(charts.get(1)), 1e-6);
        BufferedImage shot = WindowShots.save(robot, window.getScene(), "compare.png");
        assertEquals(1920, shot.getWidth());
        assertEquals(1080, shot.getHeight());

        // Right-click export draws the same pair at slide size, from A's snapshot and B as it is.
        for (ChartPane pane : List.of(charts.get(0), charts.get(1))) {
            Path target = WindowShots.FOLDER.resolve("compare-" + pane.builder().id() + ".png");
            Files.deleteIfExists(target);
            robot.interact(() -> window.chartActions().exportOne(pane.builder(), ChartExport.Format.PNG, target));
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(target)
                    && window.messages().message().startsWith("Exported " + target));
            BufferedImage exported = ImageIO.read(target.toFile());
            assertEquals(1920, exported.getWidth());
            assertEquals(1080, exported.getHeight());
        }

        // Each waterfall on its own scale.
        robot.clickOn("#compare-same-scale");
        awaitCharts();
        assertEquals(975 * 1.24, axisTop(view().charts().get(1)), 1e-9);
        WindowShots.save(robot, window.getScene(), "compare-own-scales.png");
    }

    @Test
    void aRefusedFileKeepsThePreviousPlanAAndClearRemovesIt(FxRobot robot) throws Exception {
        robot.clickOn("Compare");
        robot.interact(() -> assertTrue(view().readPlanA(Path.of("scenarios", "legal-summarization.json"))));
        Path broken = Files.createTempDirectory("compare-broken").resolve("broken-legal.json");
        Files.writeString(broken, Files.readString(Path.of("scenarios", "legal-summarization.json"))
                .replace("\"queriesPerDay\" : 30000", "\"queriesPerDay\" : -5"));
        Scenario document = viewModel.getScenario();

        robot.interact(() -> assertFalse(view().readPlanA(broken)));
        String message = window.messages().message();
        assertTrue(message.startsWith("Could not open"), message);
        assertTrue(message.contains("broken-legal.json"), message);
        assertTrue(message.contains("line"), message);
        assertTrue(message.contains("workload.queriesPerDay"), message);
        assertEquals("Legal contract summarisation", WindowShots.label(robot, "#compare-a-name"));
        assertEquals("from legal-summarization.json", WindowShots.label(robot, "#compare-a-origin"));
        assertEquals(document, viewModel.getScenario(), "the document is untouched");

        robot.clickOn("#compare-clear");
        assertTrue(robot.lookup("#compare-placeholder").query().isVisible());
        assertTrue(view().charts().isEmpty());
        assertTrue(table(robot).getItems().isEmpty());
        assertEquals("(not set)", WindowShots.label(robot, "#compare-a-name"));
    }

    @Test
    void pinningAgainReplacesTheChartsAndEndsTheWorkersOfTheOldOnes(FxRobot robot) throws Exception {
        robot.clickOn("Compare");
        List<ChartPane> replaced = new ArrayList<>();
        for (int pin = 0; pin < 3; pin++) {
            replaced.addAll(view().charts());
            robot.clickOn("#compare-pin");
            awaitCharts();
        }
        replaced.addAll(view().charts());
        robot.clickOn("#compare-same-scale");
        awaitCharts();
        assertEquals(4, view().charts().size());
        assertTrue(view().charts().stream().noneMatch(replaced::contains), "new panes for the other scale");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> replaced.stream().allMatch(ChartPane::isDisposed));
        assertTrue(view().charts().stream().noneMatch(ChartPane::isDisposed));

        List<ChartPane> last = view().charts();
        robot.clickOn("#compare-clear");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> last.stream().allMatch(ChartPane::isDisposed));
    }

    @Test
    void aLargeFileIsReadAsPlanAInTheBackground(FxRobot robot) throws Exception {
        robot.clickOn("Compare");
        Path large = Files.createTempDirectory("compare-large").resolve("large-legal.json");
        String padding = "x".repeat((int) FileCommands.READ_IN_BACKGROUND_BYTES);
        Files.writeString(large, Files.readString(Path.of("scenarios", "legal-summarization.json"))
                .replace("\"description\" : \"", "\"description\" : \"" + padding));

        robot.interact(() -> assertTrue(view().readPlanA(large)));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> view().compare().planAProperty().get() != null).get());
        assertEquals("from large-legal.json", WindowShots.label(robot, "#compare-a-origin"));
        assertEquals("SaaS support classifier", viewModel.getScenario().name());
        Node placeholder = robot.lookup("#compare-placeholder").query();
        assertFalse(placeholder.isVisible());
    }
}
