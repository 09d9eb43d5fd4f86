package org.llmcostplanner.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import javafx.concurrent.Task;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.event.ActionEvent;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.llmcostplanner.io.UsageColumns;
import org.llmcostplanner.io.UsageLogGenerator;
import org.llmcostplanner.io.UsageLogReader;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.model.format.Money;
import org.llmcostplanner.model.usage.BudgetAlert;
import org.llmcostplanner.model.usage.BudgetAlerts;
import org.llmcostplanner.model.usage.Budgets;
import org.llmcostplanner.model.usage.UsageAggregator;
import org.llmcostplanner.model.usage.UsageCalibration;
import org.llmcostplanner.model.usage.UsageDashboard;
import org.llmcostplanner.model.usage.UsageFilter;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Usage tab on a generated month of logs (3,000 rows, 3% junk, days in UTC) priced with the
 * generator's catalog: the dashboard shows the generator's totals, filters by model and days, a daily budget's
 * alerts, calibrating the plan moves the TCO, and a cancelled import changes nothing.
 */
@ExtendWith(ApplicationExtension.class)
class UsageTabTest {
    private static final ZoneId UTC = ZoneOffset.UTC;

    private PlannerViewModel viewModel;
    private MainWindow window;
    private Path folder;

    @Start
    void start(Stage stage) throws Exception {
        window = WindowShots.openSaasSupport(stage, "usage-gui", UsageLogGenerator.catalog());
        viewModel = window.viewModel();
        folder = Files.createTempDirectory("usage-logs");
    }

    private UsageLogGenerator.Totals generate(String name, long rows, long seed) throws Exception {
        return UsageLogGenerator.writeCsv(folder.resolve(name), rows, seed, 0.03, UTC);
    }

    /** Starts importing {@code name} with its guessed columns; {@code cancel} cancels it at once. */
    private Task<UsageAggregator> importFile(FxRobot robot, String name, boolean cancel) throws Exception {
        Path file = folder.resolve(name);
        UsageColumns columns = UsageColumns.guess(UsageLogReader.columnsOf(file, UsageLogReader.Format.CSV));
        @SuppressWarnings("unchecked")
        Task<UsageAggregator>[] task = new Task[1];
        robot.interact(() -> {
            task[0] = window.usage().importer().start(Map.of(file, columns), UTC);
            if (cancel) {
                task[0].cancel();
            }
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> task[0].isDone());
        WaitForAsyncUtils.waitForFxEvents();
        awaitFigures();
        return task[0];
    }

    /**
     * Shows the tab with this id. Clicking the tab's title proved unreliable here (twice a click
     * left the tab unselected while a popup was showing), and the click is not under test.
     */
    private void showTab(FxRobot robot, String id) {
        robot.interact(() -> window.tabs().getTabs().stream().filter(tab -> id.equals(tab.getId())).findFirst()
                .ifPresent(tab -> window.tabs().getSelectionModel().select(tab)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits for the dashboard, alerts and anomalies of the last change. */
    private void awaitFigures() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> !window.usage().usage().busyProperty().get()).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private UsageDashboard dashboard() {
        return window.usage().usage().getDashboard();
    }

    @Test
    void anImportedMonthFillsTheDashboardWithTheGeneratorsTotals(FxRobot robot) throws Exception {
        UsageLogGenerator.Totals totals = generate("month.csv", 3_000, 7);
        showTab(robot, "usage-tab");
        importFile(robot, "month.csv", false);
        UsageDashboard d = dashboard();
        assertEquals(totals.rows(), d.rows().rowsRead());
        assertEquals(totals.accepted(), d.rows().rowsAccepted());
        assertEquals(totals.rejected(), d.rows().rowsRejected());
        assertEquals(totals.totalCost(), d.totalCostUsd(), 1e-6);
        assertEquals("Spend " + Money.usd(totals.totalCost()) + " over " + Money.count(totals.accepted()) + " calls in "
                + d.days() + " days", WindowShots.label(robot, "#usage-spend"));
        assertEquals(Money.count(totals.rows()) + " rows read: " + Money.count(totals.accepted()) + " accepted, "
                + Money.count(totals.rejected()) + " rejected", WindowShots.label(robot, "#usage-rows"));
        assertTrue(WindowShots.label(robot, "#usage-rejects").contains("month.csv, line "));
        TableView<?> byModel = robot.lookup("#usage-by-model").queryAs(TableView.class);
        assertEquals(totals.costByModel().size(), byModel.getItems().size());

        // Only gpt-4o: its cost and calls as the generator counted them.
        ComboBox<String> model = robot.lookup("#usage-model").queryComboBox();
        robot.interact(() -> model.getSelectionModel().select("gpt-4o"));
        awaitFigures();
        assertEquals(totals.costByModel().get("gpt-4o"), dashboard().totalCostUsd(), 1e-6);
        assertEquals((long) totals.callsByModel().get("gpt-4o"), dashboard().totals().calls());
        assertEquals(1, byModel.getItems().size());
        robot.clickOn("#usage-clear-filter");
        awaitFigures();
        assertEquals(totals.totalCost(), dashboard().totalCostUsd(), 1e-6);

        // March 10 to 12: those days' cost as the generator counted them.
        DatePicker from = robot.lookup("#usage-from").queryAs(DatePicker.class);
        DatePicker to = robot.lookup("#usage-to").queryAs(DatePicker.class);
        robot.interact(() -> {
            from.setValue(LocalDate.of(2026, 3, 10));
            to.setValue(LocalDate.of(2026, 3, 12));
        });
        awaitFigures();
        double threeDays = totals.costByDay().entrySet().stream().filter(e -> !e.getKey().isBefore(LocalDate.of(2026, 3, 10))
                && !e.getKey().isAfter(LocalDate.of(2026, 3, 12))).mapToDouble(Map.Entry::getValue).sum();
        assertEquals(threeDays, dashboard().totalCostUsd(), 1e-6);
        assertEquals(3, dashboard().days());
        robot.clickOn("#usage-clear-filter");
        awaitFigures();
        assertEquals(totals.totalCost(), dashboard().totalCostUsd(), 1e-6);

        // A daily budget of the mean day: the days above half of it alert, as BudgetAlerts counts them.
        double meanDay = Math.round(totals.totalCost() / d.days() * 100) / 100.0;
        TextField budget = robot.lookup("#usage-daily-budget").queryAs(TextField.class);
        robot.interact(() -> {
            budget.setText(Double.toString(meanDay));
            budget.fireEvent(new ActionEvent());
        });
        awaitFigures();
        List<BudgetAlert> expected = BudgetAlerts.check(window.usage().usage().aggregatorProperty().get(), UsageFilter.ALL,
                Budgets.daily(meanDay));
        assertFalse(expected.isEmpty());
        ListView<?> alerts = robot.lookup("#usage-alerts").queryAs(ListView.class);
        assertEquals(expected.stream().map(BudgetAlert::describe).toList(), alerts.getItems());
        WindowShots.save(robot, window.getScene(), "usage.png");

        // The command line reads the same file to the same figures and alerts.
        Path catalog = folder.resolve("catalog.json");
        org.llmcostplanner.io.PriceCatalogFiles.write(UsageLogGenerator.catalog(), "the generator's prices", catalog);
        java.io.StringWriter out = new java.io.StringWriter();
        int code = org.llmcostplanner.cli.PlannerCli.run(new java.io.PrintWriter(out), new java.io.PrintWriter(new java.io.StringWriter()),
                "usage", folder.resolve("month.csv").toString(), "--catalog", catalog.toString(), "--tz", "UTC",
                "--daily-budget", Double.toString(meanDay));
        assertEquals(0, code);
        var cli = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toString());
        assertEquals(d.rows().rowsRead(), cli.get("rowsRead").asLong());
        assertEquals(d.rows().rowsRejected(), cli.get("rowsRejected").asLong());
        assertEquals(WindowShots.label(robot, "#usage-spend"), "Spend " + Money.usd(cli.get("totalCost").asDouble())
                + " over " + Money.count(cli.get("calls").asLong()) + " calls in " + d.days() + " days");
        List<String> cliAlerts = new java.util.ArrayList<>();
        cli.get("alerts").forEach(alert -> cliAlerts.add(alert.get("message").asText()));
        assertEquals(alerts.getItems(), cliAlerts);
    }

    @Test
    void calibratingFromTheLogsSetsQueriesPerDayAndMovesTheTco(FxRobot robot) throws Exception {
        generate("month.csv", 3_000, 11);
        String tcoBefore = WindowShots.label(robot, "#kpi-total");
        showTab(robot, "usage-tab");
        importFile(robot, "month.csv", false);
        Scenario before = viewModel.getScenario();
        Scenario expected = UsageCalibration.propose(dashboard(), before).applyTo(before);
        assertNotEquals(before.workload().queriesPerDay(), expected.workload().queriesPerDay());
        robot.clickOn("#usage-calibrate");
        robot.clickOn("Apply");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(expected.workload().queriesPerDay(), viewModel.getScenario().workload().queriesPerDay(), 1e-9);
        assertEquals(expected, viewModel.getScenario());
        showTab(robot, "overview-tab");
        String tcoAfter = WindowShots.label(robot, "#kpi-total");
        assertNotEquals(tcoBefore, tcoAfter);
        assertEquals(Money.usd(viewModel.getEvaluation().totalUsdPerMonth()), tcoAfter);
    }

    @Test
    void aCancelledImportLeavesThePreviousDashboardAndScenario(FxRobot robot) throws Exception {
        generate("small.csv", 500, 3);
        generate("big.csv", 200_000, 5);
        showTab(robot, "usage-tab");
        importFile(robot, "small.csv", false);
        UsageDashboard before = dashboard();
        Scenario scenario = viewModel.getScenario();
        Task<UsageAggregator> cancelled = importFile(robot, "big.csv", true);
        assertTrue(cancelled.isCancelled());
        assertSame(before, dashboard());
        assertSame(scenario, viewModel.getScenario());
        assertTrue(WindowShots.label(robot, "#usage-source").contains("small.csv"));
    }

    @Test
    void budgetsForAModelAndAFeatureAlertAndCountTheirAlerts(FxRobot robot) throws Exception {
        UsageLogGenerator.Totals totals = generate("month.csv", 3_000, 13);
        showTab(robot, "usage-tab");
        importFile(robot, "month.csv", false);
        int days = dashboard().days();
        // The model that spent most gets the first row; a budget of half its mean day alerts on most days.
        String topModel = totals.costByModel().entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        double modelUsd = Math.round(totals.costByModel().get(topModel) / days * 50) / 100.0;
        String topFeature = totals.costByFeature().entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        double featureUsd = Math.round(totals.costByFeature().get(topFeature) / days * 100) / 100.0;

        robot.clickOn("#usage-add-model-budget");
        WaitForAsyncUtils.waitForFxEvents();
        robot.write(Double.toString(modelUsd)).type(javafx.scene.input.KeyCode.ENTER);
        robot.clickOn("#usage-add-feature-budget");
        WaitForAsyncUtils.waitForFxEvents();
        robot.write(Double.toString(featureUsd)).type(javafx.scene.input.KeyCode.ENTER);
        awaitFigures();

        Budgets budgets = Budgets.NONE.withModel(topModel, modelUsd).withFeature(topFeature, featureUsd);
        assertEquals(budgets, window.usage().usage().budgetsProperty().get());
        List<BudgetAlert> expected = BudgetAlerts.check(window.usage().usage().aggregatorProperty().get(), UsageFilter.ALL,
                budgets);
        assertFalse(expected.isEmpty());
        ListView<?> alerts = robot.lookup("#usage-alerts").queryAs(ListView.class);
        assertEquals(expected.stream().map(BudgetAlert::describe).toList(), alerts.getItems());
        TableView<?> table = robot.lookup("#usage-budgets-table").queryAs(TableView.class);
        long modelAlerts = expected.stream().filter(a -> a.scope().equals(BudgetAlert.MODEL_PREFIX + topModel)).count();
        assertEquals(Long.toString(modelAlerts), table.getColumns().get(3).getCellData(0));
        assertEquals(topFeature, table.getColumns().get(1).getCellData(1));
        WindowShots.save(robot, window.getScene(), "usage-budgets.png");

        // A budget of 0 is refused, named by its row, and the budgets in force stay.
        @SuppressWarnings("unchecked")
        TableView<Integer> rows = (TableView<Integer>) table;
        robot.interact(() -> rows.edit(0, rows.getColumns().get(2)));
        robot.write("0").type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("USD a day of model '" + topModel + "' must be above 0 USD (was 0)",
                WindowShots.label(robot, "#usage-budgets-table-error"));
        assertEquals(budgets, window.usage().usage().budgetsProperty().get());
    }

    @Test
    void exportAllAddsTheUsageChartsOnceLogsAreImported(FxRobot robot) throws Exception {
        Path before = folder.resolve("before");
        Path after = folder.resolve("after");
        ExportSettings svg = new ExportSettings(960, 540, 1, org.llmcostplanner.chart.ChartExport.Format.SVG);
        int scenarioCharts = org.llmcostplanner.chart.Charts.all().size();
        robot.interact(() -> window.chartActions().exportAll(before, svg));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.messages().message().startsWith("Exported"));
        assertEquals("Exported " + scenarioCharts + " charts to " + before, window.messages().message());
        assertFalse(Files.exists(before.resolve("usage-daily-spend.svg")), "no usage charts before an import");

        generate("month.csv", 1_000, 17);
        showTab(robot, "usage-tab");
        importFile(robot, "month.csv", false);
        robot.interact(() -> window.chartActions().exportAll(after, svg));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.messages().message().startsWith("Exported"));
        assertEquals("Exported " + (scenarioCharts + 2) + " charts to " + after, window.messages().message());
        String daily = Files.readString(after.resolve("usage-daily-spend.svg"));
        assertTrue(daily.contains("Spend by day") && daily.contains(Money.usd(dashboard().totalCostUsd())), "the figures shown");
        assertTrue(Files.readString(after.resolve("usage-model-spend.svg")).contains("Spend by model"));
    }

    @Test
    void calibrationAppliesOnlyTheTickedChangesAndShowsTheirTco(FxRobot robot) throws Exception {
        generate("month.csv", 2_000, 19);
        showTab(robot, "usage-tab");
        importFile(robot, "month.csv", false);
        Scenario before = viewModel.getScenario();
        var preview = UsageCalibration.propose(dashboard(), before);
        Set<String> kept = new java.util.LinkedHashSet<>();
        preview.changes().forEach(change -> kept.add(change.path()));
        assertTrue(kept.remove("workload.outputTokensPerQuery"), kept.toString());
        Scenario expected = preview.applyOnly(before, kept);

        robot.clickOn("#usage-calibrate");
        robot.clickOn("#usage-calibrate-workload-outputTokensPerQuery");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Monthly TCO: " + Money.usd(viewModel.getEvaluation().totalUsdPerMonth()) + " now, "
                + Money.usd(org.llmcostplanner.model.ScenarioEvaluator.evaluate(expected).totalUsdPerMonth())
                + " with the ticked changes", WindowShots.label(robot, "#usage-calibration-tco"));
        WindowShots.save(robot, robot.lookup("#usage-calibration-tco").query().getScene(), "usage-calibration.png");
        robot.clickOn("Apply");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(expected, viewModel.getScenario());
        assertEquals(before.workload().outputTokensPerQuery(), viewModel.getScenario().workload().outputTokensPerQuery());
    }
}
