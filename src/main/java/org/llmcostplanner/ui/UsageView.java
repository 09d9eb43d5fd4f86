package org.llmcostplanner.ui;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.llmcostplanner.chart.UsageChart;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.model.format.Money;
import org.llmcostplanner.model.format.ZoneNames;
import org.llmcostplanner.model.price.PriceCatalog;
import org.llmcostplanner.model.usage.Anomaly;
import org.llmcostplanner.model.usage.BudgetAlert;
import org.llmcostplanner.model.usage.CalibrationPreview;
import org.llmcostplanner.model.usage.ImportSummary;
import org.llmcostplanner.model.usage.PlanVsActual;
import org.llmcostplanner.model.usage.RejectReason;
import org.llmcostplanner.model.usage.RejectedRow;
import org.llmcostplanner.model.usage.UsageAggregator;
import org.llmcostplanner.model.usage.UsageCalibration;
import org.llmcostplanner.model.usage.UsageDashboard;
import org.llmcostplanner.model.usage.UsageFilter;

/**
 * The Usage tab: Import logs... (several CSV or JSONL files, days in a chosen zone), the dashboard
 * of the imported logs under a filter (days, model, feature): totals, rows refused and why, spend
 * by model and feature, top users, budgets (daily, per model, per feature) with their alerts,
 * anomalies, the plan beside the logs and Calibrate the plan from these logs...; spend by day and
 * by model as charts on the right.
 */
final class UsageView extends SplitPane {
    static final String ALL = "All";
    static final String NO_FEATURE = "(none)";
    /** Refused rows listed under the totals; the dashboard keeps more. */
    private static final int REJECTED_SHOWN = 5;

    private final PlannerViewModel viewModel;
    private final UsageViewModel usage = new UsageViewModel();
    private final UsageImport importer;
    private final ChartActions actions;
    private final MessageBar messages;
    private final ComboBox<String> zone = new ComboBox<>();
    private final Label source = FormParts.figures("usage-source");
    private final Label spend = FormParts.figures("usage-spend");
    private final Label rows = FormParts.figures("usage-rows");
    private final Label rejects = FormParts.figures("usage-rejects");
    private final Label shares = FormParts.figures("usage-shares");
    private final Label latency = FormParts.figures("usage-latency");
    private final double[] filteredUsd = {0};
    private final TableView<UsageDashboard.Breakdown> byModel = UsageTables.breakdown("usage-by-model", "Model", filteredUsd);
    private final TableView<UsageDashboard.Breakdown> byFeature = UsageTables.breakdown("usage-by-feature", "Feature", filteredUsd);
    private final TableView<UsageDashboard.UserSpend> users = UsageTables.users();
    private final TableView<PlanVsActual.Row> planVsActual = UsageTables.planVsActual();
    private final UsageBudgetEditor budgets;
    private final Label alertsTitle = FormParts.title("Budget alerts");
    private final ListView<String> alerts = new ListView<>();
    private final Label anomaliesTitle = FormParts.title("Anomalies");
    private final ListView<String> anomalies = new ListView<>();
    private final Button calibrate = new Button("Calibrate the plan from these logs...");
    private final List<UsageChartPane> charts = new ArrayList<>();

    UsageView(PlannerViewModel viewModel, ChartActions actions, TaskStatus status, MessageBar messages,
              ObservableValue<PriceCatalog> catalog) {
        this.viewModel = viewModel;
        this.actions = actions;
        this.messages = messages;
        this.importer = new UsageImport(usage, status, messages, catalog);
        this.budgets = new UsageBudgetEditor(() -> usage.unfilteredProperty().get(), usage::budget);
        createView();
        initListeners();
        showDashboard(null);
    }

    private void createView() {
        Button importLogs = new Button("Import logs...");
        importLogs.setId("usage-import");
        importLogs.setTooltip(new Tooltip("Read usage logs (CSV or JSON Lines, one row per call) in the background"));
        importLogs.setOnAction(event -> importer.choose(getScene().getWindow(), zoneOrDefault()));
        zone.setId("usage-zone");
        zone.setEditable(true);
        zone.getItems().setAll(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        zone.setValue(ZoneId.systemDefault().getId());
        zone.setPrefWidth(190);
        zone.setTooltip(new Tooltip("The time zone days are counted in, and timestamps without an offset are read in;"
                + " it applies to the next import"));
        calibrate.setId("usage-calibrate");
        calibrate.setOnAction(event -> calibrate());
        calibrate.disableProperty().bind(usage.dashboardProperty().isNull());
        HBox top = FormParts.row(importLogs, new Label("Days in"), zone, calibrate);

        alerts.setId("usage-alerts");
        alerts.setPlaceholder(new Label("No alerts: set a budget above"));
        alerts.setPrefHeight(120);
        alerts.setFixedCellSize(24);
        anomalies.setId("usage-anomalies");
        anomalies.setPlaceholder(new Label("No anomalies"));
        anomalies.setPrefHeight(80);
        anomalies.setFixedCellSize(24);

        VBox left = new VBox(10, top, source, new UsageFilterBar(usage, messages), FormParts.title("Budgets"), budgets,
                FormParts.title("Totals"), spend, rows,
                shares, latency, alertsTitle, alerts, anomaliesTitle, anomalies, rejects,
                TwoColumns.of(titled("By model", byModel), titled("By feature", byFeature)),
                titled("Top users", users), FormParts.title("Plan vs logs"), planVsActual);
        left.setPadding(new Insets(12));
        ScrollPane scroll = new UncachedScrollPane(left);
        scroll.setFitToWidth(true);
        scroll.setMinWidth(640);

        UsageChart.Input empty = input(new UsageAggregator(ZoneId.systemDefault()).dashboard(UsageFilter.ALL, 1));
        VBox right = new VBox(12);
        for (UsageChart builder : UsageChart.ALL) {
            UsageChartPane pane = new UsageChartPane(builder, empty, actions);
            charts.add(pane);
            VBox.setVgrow(pane, Priority.ALWAYS);
            right.getChildren().add(pane);
        }
        right.setPadding(new Insets(12));
        right.setMinWidth(360);
        getItems().addAll(scroll, right);
        setDividerPositions(0.6);
    }

    private void initListeners() {
        usage.dashboardProperty().addListener((obs, old, dashboard) -> showDashboard(dashboard));
        usage.alertsProperty().addListener((obs, old, list) -> showAlerts(list));
        usage.anomaliesProperty().addListener((obs, old, list) -> showAnomalies(list));
        usage.budgetsProperty().addListener((obs, old, budgets) -> showCharts());
        viewModel.scenarioProperty().addListener((obs, old, scenario) -> showPlanVsActual());
        source.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> usage.sourceProperty().get().isEmpty()
                ? "No logs imported: Import logs... reads CSV or JSON Lines files with one row per call"
                : "Logs: " + usage.sourceProperty().get() + " (days in " + ZoneNames.of(usage.aggregatorProperty().get().zone()) + ")"
                + (usage.busyProperty().get() ? "  (updating...)" : ""),
                usage.sourceProperty(), usage.aggregatorProperty(), usage.busyProperty()));
    }

    private static VBox titled(String title, Node content) {
        return new VBox(4, FormParts.title(title), content);
    }

    private ZoneId zoneOrDefault() {
        try {
            return ZoneId.of(zone.getEditor().getText().strip());
        } catch (RuntimeException notAZone) {
            messages.showError("'" + zone.getEditor().getText() + "' is not a time zone; days are counted in "
                    + ZoneId.systemDefault().getId());
            return ZoneId.systemDefault();
        }
    }

    private UsageChart.Input input(UsageDashboard dashboard) {
        return new UsageChart.Input(dashboard, usage.budgetsProperty().get().dailyUsd(), usage.topAlertDays());
    }

    private void showDashboard(UsageDashboard d) {
        if (d == null) {
            spend.setText("");
            rows.setText("");
            rejects.setText("");
            shares.setText("");
            latency.setText("");
            showPlanVsActual();
            return;
        }
        filteredUsd[0] = d.totalCostUsd();
        spend.setText("Spend " + Money.usd(d.totalCostUsd()) + " over " + Money.count(d.totals().calls()) + " calls in "
                + d.days() + " days" + (d.filter().equals(UsageFilter.ALL) ? "" : " (filtered)"));
        ImportSummary read = d.rows();
        rows.setText(Money.count(read.rowsRead()) + " rows read: " + Money.count(read.rowsAccepted()) + " accepted, "
                + Money.count(read.rowsRejected()) + " rejected");
        rejects.setText(rejected(read));
        shares.setText("Priced from the catalog (no cost in the log): " + Money.percent(d.estimatedCostShare())
                + " of the cost. Retries: " + Money.percent(d.retryCostShare()) + " of the cost.");
        latency.setText(d.latencyP50Ms().isPresent() ? "Latency p50 " + Money.tenths(d.latencyP50Ms().getAsDouble())
                + " ms, p95 " + Money.tenths(d.latencyP95Ms().getAsDouble()) + " ms" : "Latency: no calls");
        UsageTables.fill(byModel, d.byModel(), 8);
        UsageTables.fill(byFeature, d.byFeature(), 8);
        UsageTables.fill(users, d.topUsers(), UsageViewModel.TOP_USERS);
        byModel.refresh();
        byFeature.refresh();
        showCharts();
        showPlanVsActual();
    }

    private static String rejected(ImportSummary read) {
        if (read.rowsRejected() == 0) {
            return "No rows rejected.";
        }
        StringBuilder text = new StringBuilder("Rejected: ");
        text.append(read.rejectedByReason().entrySet().stream()
                .map((Map.Entry<RejectReason, Long> e) -> e.getKey().label() + " " + Money.count(e.getValue()))
                .collect(Collectors.joining(", ")));
        List<RejectedRow> first = read.firstRejected();
        for (RejectedRow row : first.subList(0, Math.min(REJECTED_SHOWN, first.size()))) {
            text.append("\n  ").append(java.nio.file.Path.of(row.source()).getFileName()).append(", line ").append(row.line())
                    .append(": ").append(row.detail());
        }
        if (read.rowsRejected() > REJECTED_SHOWN) {
            text.append("\n  ... and ").append(Money.count(read.rowsRejected() - Math.min(REJECTED_SHOWN, first.size())))
                    .append(" more");
        }
        return text.toString();
    }

    private void showAlerts(List<BudgetAlert> list) {
        alerts.getItems().setAll(list.stream().map(BudgetAlert::describe).toList());
        alertsTitle.setText("Budget alerts (" + list.size() + ")");
        budgets.showAlerts(list);
        showCharts();
    }

    private void showAnomalies(List<Anomaly> list) {
        anomalies.getItems().setAll(list.stream().map(Anomaly::describe).toList());
        anomaliesTitle.setText("Anomalies (" + list.size() + ")");
    }

    private void showCharts() {
        UsageDashboard d = usage.getDashboard();
        if (d != null) {
            UsageChart.Input input = input(d);
            charts.forEach(chart -> chart.show(input));
        }
    }

    private void showPlanVsActual() {
        UsageDashboard d = usage.getDashboard();
        UsageTables.fill(planVsActual, d == null ? List.of() : PlanVsActual.of(d, viewModel.getScenario()).rows(), 5);
    }

    private void calibrate() {
        UsageDashboard d = usage.getDashboard();
        if (d == null) {
            return;
        }
        CalibrationPreview preview = UsageCalibration.propose(d, viewModel.getScenario());
        String from = usage.sourceProperty().get() + (d.filter().equals(UsageFilter.ALL) ? "" : " (as filtered)");
        Scenario base = viewModel.getScenario();
        new UsageCalibrationDialog(getScene().getWindow(), preview, base, from).choose().ifPresent(paths -> {
            viewModel.edit(scenario -> preview.applyOnly(scenario, paths));
            messages.showInfo("The plan now uses " + paths.size() + " of the " + preview.changes().size()
                    + " values of " + from);
        });
    }

    /** What the usage charts show now; empty before logs are imported. */
    Optional<UsageChart.Input> chartInput() {
        UsageDashboard d = usage.getDashboard();
        return d == null ? Optional.empty() : Optional.of(input(d));
    }

    UsageViewModel usage() {
        return usage;
    }

    UsageImport importer() {
        return importer;
    }

    List<UsageChartPane> usageCharts() {
        return charts;
    }

    /** No scenario charts: the usage charts follow the imported logs, not the plan. */
    List<ChartPane> charts() {
        return List.of();
    }
}
