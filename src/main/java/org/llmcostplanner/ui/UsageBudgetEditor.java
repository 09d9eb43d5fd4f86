package org.llmcostplanner.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.llmcostplanner.model.format.Ranges;
import org.llmcostplanner.model.usage.BudgetAlert;
import org.llmcostplanner.model.usage.Budgets;
import org.llmcostplanner.model.usage.UsageDashboard;

/**
 * The Usage tab's budgets: a daily budget across every call, the thresholds that alert (50, 80 and
 * 100% of a budget by default) and a table of daily budgets for single models and features, each
 * with the number of alerts it raised. Every accepted change hands the whole {@link Budgets} on;
 * refused text (a budget of 0, a threshold that is not a number) is named below the fields and
 * the budgets in force stay. FX-thread only.
 */
final class UsageBudgetEditor extends VBox {
    private final TextField dailyBudget = new TextField();
    private final TextField thresholds = new TextField("50, 80, 100");
    private final Label error = FormParts.figures("usage-budget-error");
    private final ListTable<ScopedBudget> rows;
    private final Supplier<UsageDashboard> logs;
    private final Consumer<Budgets> onChange;
    private List<ScopedBudget> scoped = List.of();
    private Budgets base = Budgets.NONE;
    private Map<String, Integer> alertsByScope = Map.of();

    /**
     * @param logs     the whole import shown (null before one): its models and features suggest new rows
     * @param onChange receives the budgets after each accepted change
     */
    UsageBudgetEditor(Supplier<UsageDashboard> logs, Consumer<Budgets> onChange) {
        super(6);
        this.logs = logs;
        this.onChange = onChange;
        this.rows = new ListTable<>("usage-budgets", () -> scoped, this::setScoped,
                row -> row.scope().label().toLowerCase(java.util.Locale.ROOT) + " '" + shownName(row.name()) + "'");
        dailyBudget.setId("usage-daily-budget");
        dailyBudget.setPromptText("none");
        dailyBudget.setPrefColumnCount(8);
        thresholds.setId("usage-thresholds");
        thresholds.setPrefColumnCount(10);
        thresholds.setTooltip(new Tooltip("Percentages of each budget at which a day's spend raises an alert"));
        error.setStyle("-fx-text-fill: #b3261e;");
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        rows.error().setStyle("-fx-text-fill: #b3261e;");
        rows.error().managedProperty().bind(rows.error().textProperty().isNotEmpty());
        dailyBudget.setOnAction(event -> applyFields());
        thresholds.setOnAction(event -> applyFields());
        dailyBudget.focusedProperty().addListener((obs, was, focused) -> applyFields());
        thresholds.focusedProperty().addListener((obs, was, focused) -> applyFields());

        HBox fields = FormParts.row(new Label("Daily budget (USD)"), dailyBudget, new Label("Alert at (% of a budget)"), thresholds);
        getChildren().addAll(fields, error, createTable(), rows.error(), createButtons());
    }

    private TableView<Integer> createTable() {
        TableView<Integer> table = rows.table();
        table.setEditable(true);
        table.setPlaceholder(new Label("No budgets for single models or features"));
        table.getColumns().add(rows.readOnlyColumn("For", 70, Pos.CENTER_LEFT, row -> row.scope().label()));
        table.getColumns().add(rows.textColumn("Name", 200, Pos.CENTER_LEFT, row -> shownName(row.name()),
                (row, text) -> rows.renamed(row, text, (r, name) -> r.withName(UsageView.NO_FEATURE.equals(name) ? "" : name))));
        table.getColumns().add(rows.textColumn("USD a day", 90, Pos.CENTER_RIGHT, row -> NumberText.format(row.usdPerDay(), 2),
                (row, text) -> rows.number(row, text, "USD a day", UsageBudgetEditor::budgetProblem, row::withUsdPerDay)));
        table.getColumns().add(rows.readOnlyColumn("Alerts", 60, Pos.CENTER_RIGHT,
                row -> Integer.toString(alertsByScope.getOrDefault(scopeKey(row), 0))));
        table.setPrefHeight(30 + 4 * 26);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return table;
    }

    private HBox createButtons() {
        Button addModel = ListTable.button("Add model budget", "usage-add-model-budget",
                "A daily budget for one model; it starts at the model's mean day of spend", () -> add(ScopedBudget.Scope.MODEL));
        Button addFeature = ListTable.button("Add feature budget", "usage-add-feature-budget",
                "A daily budget for one feature; it starts at the feature's mean day of spend", () -> add(ScopedBudget.Scope.FEATURE));
        Button remove = ListTable.button("Remove", "usage-remove-budget", "Remove the selected budgets (Delete)",
                rows::removeSelected);
        remove.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(rows.table().getSelectionModel().getSelectedIndices()));
        return FormParts.row(addModel, addFeature, remove);
    }

    /** The number of alerts per row's scope, from the alerts now shown. */
    void showAlerts(List<BudgetAlert> alerts) {
        Map<String, Integer> counts = new HashMap<>();
        alerts.forEach(alert -> counts.merge(alert.scope(), 1, Integer::sum));
        alertsByScope = counts;
        rows.showChanges();
    }

    /**
     * A row for the model or feature that spent most and has no budget yet, at its mean daily
     * spend rounded up (whole dollars from $10, else cents): a starting point that alerts on the
     * days above average. Without logs, an empty name to type.
     */
    private void add(ScopedBudget.Scope scope) {
        UsageDashboard all = logs.get();
        Set<String> taken = new HashSet<>();
        scoped.stream().filter(row -> row.scope() == scope).forEach(row -> taken.add(row.name()));
        Optional<UsageDashboard.Breakdown> next = all == null ? Optional.empty()
                : (scope == ScopedBudget.Scope.MODEL ? all.byModel() : all.byFeature()).stream()
                        .filter(b -> !taken.contains(b.name())).findFirst();
        double meanDayUsd = next.map(b -> b.costUsd() / Math.max(1, all.days())).orElse(1.0);
        double start = meanDayUsd >= 10 ? Math.ceil(meanDayUsd) : Math.max(0.01, Math.ceil(meanDayUsd * 100) / 100);
        rows.addRow(new ScopedBudget(scope, next.map(UsageDashboard.Breakdown::name).orElse("new " + scope.label().toLowerCase(
                java.util.Locale.ROOT)), start), next.isPresent() ? 2 : 1);
    }

    private void setScoped(List<ScopedBudget> next) {
        scoped = List.copyOf(next);
        rows.showRows(scoped.size());
        List<String> repeated = repeats(scoped);
        if (repeated.isEmpty()) {
            rows.hideError();
        } else {
            rows.showError(String.join(", ", repeated) + " has more than one budget: the lowest row counts.");
        }
        publish();
    }

    private static List<String> repeats(List<ScopedBudget> list) {
        Set<String> seen = new HashSet<>();
        List<String> repeated = new ArrayList<>();
        for (ScopedBudget row : list) {
            String subject = row.scope().label() + " '" + shownName(row.name()) + "'";
            if (!seen.add(scopeKey(row)) && !repeated.contains(subject)) {
                repeated.add(subject);
            }
        }
        return repeated;
    }

    /** Reads the daily budget and thresholds; refused text is named and the budgets in force stay. */
    private void applyFields() {
        Budgets next = Budgets.NONE;
        try {
            List<Double> fractions = new ArrayList<>();
            for (String part : thresholds.getText().split("[,;]")) {
                if (!part.isBlank()) {
                    double percent = NumberText.parse(part.strip().replace("%", ""));
                    if (!(percent > 0) || Double.isInfinite(percent)) {
                        throw new NumberFormatException("thresholds must be above 0%");
                    }
                    fractions.add(percent / 100);
                }
            }
            if (fractions.isEmpty()) {
                throw new NumberFormatException("list at least one threshold, e.g. 50, 80, 100");
            }
            next = next.withThresholds(fractions);
            if (!dailyBudget.getText().isBlank()) {
                double daily = NumberText.parse(dailyBudget.getText());
                Optional<String> problem = budgetProblem(daily);
                if (problem.isPresent()) {
                    throw new NumberFormatException("daily budget " + problem.get());
                }
                next = next.withDailyUsd(daily);
            }
        } catch (NumberFormatException invalid) {
            error.setText("Budget: " + invalid.getMessage());
            return;
        }
        error.setText("");
        base = next;
        publish();
    }

    private void publish() {
        onChange.accept(ScopedBudget.applyTo(base, scoped));
    }

    private static Optional<String> budgetProblem(double usd) {
        return usd > 0 ? Ranges.problem(usd, 0, 1e12) : Optional.of("must be above 0 USD (was " + NumberText.format(usd, 2) + ")");
    }

    private static String scopeKey(ScopedBudget row) {
        return (row.scope() == ScopedBudget.Scope.MODEL ? BudgetAlert.MODEL_PREFIX : BudgetAlert.FEATURE_PREFIX) + row.name();
    }

    private static String shownName(String name) {
        return name.isEmpty() ? UsageView.NO_FEATURE : name;
    }

    TableView<Integer> table() {
        return rows.table();
    }
}
