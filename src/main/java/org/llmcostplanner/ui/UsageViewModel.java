package org.llmcostplanner.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.llmcostplanner.model.usage.Anomalies;
import org.llmcostplanner.model.usage.Anomaly;
import org.llmcostplanner.model.usage.AnomalySettings;
import org.llmcostplanner.model.usage.BudgetAlert;
import org.llmcostplanner.model.usage.BudgetAlerts;
import org.llmcostplanner.model.usage.Budgets;
import org.llmcostplanner.model.usage.UsageAggregator;
import org.llmcostplanner.model.usage.UsageDashboard;
import org.llmcostplanner.model.usage.UsageFilter;

/**
 * The imported usage logs of the Usage tab, kept apart from the scenario: the aggregator of the last
 * import that succeeded, the filter and budgets the user chose, and what they give (dashboard,
 * budget alerts, anomalies). Read-only state out, verbs in. Recomputes on the FX thread when a verb
 * changes its inputs: the aggregator keeps only groups, so a dashboard takes milliseconds for a
 * month of logs with tens of thousands of users.
 */
final class UsageViewModel {
    /** Users listed by spend. */
    static final int TOP_USERS = 10;

    private final ReadOnlyObjectWrapper<UsageAggregator> aggregator = new ReadOnlyObjectWrapper<>(this, "aggregator");
    private final ReadOnlyStringWrapper source = new ReadOnlyStringWrapper(this, "source", "");
    private final ReadOnlyObjectWrapper<UsageFilter> filter = new ReadOnlyObjectWrapper<>(this, "filter", UsageFilter.ALL);
    private final ReadOnlyObjectWrapper<Budgets> budgets = new ReadOnlyObjectWrapper<>(this, "budgets", Budgets.NONE);
    private final ReadOnlyObjectWrapper<UsageDashboard> dashboard = new ReadOnlyObjectWrapper<>(this, "dashboard");
    /** Every model and feature in the import, for the filter's choices. */
    private final ReadOnlyObjectWrapper<UsageDashboard> unfiltered = new ReadOnlyObjectWrapper<>(this, "unfiltered");
    private final ReadOnlyObjectWrapper<List<BudgetAlert>> alerts = new ReadOnlyObjectWrapper<>(this, "alerts", List.of());
    private final ReadOnlyObjectWrapper<List<Anomaly>> anomalies = new ReadOnlyObjectWrapper<>(this, "anomalies", List.of());

    /**
     * Shows {@code imported} in place of the logs before, with every filter cleared.
     *
     * @param imported a finished import; the view model keeps it and no one else may add to it
     * @param files    what it was read from, for the tab's heading
     */
    void show(UsageAggregator imported, String files) {
        aggregator.set(imported);
        unfiltered.set(imported.dashboard(UsageFilter.ALL, TOP_USERS));
        filter.set(UsageFilter.ALL);
        recompute();
        source.set(files);
    }

    /** Only these days (both included; null for an open end), this model and this feature (null for all). */
    void filter(LocalDate from, LocalDate to, String model, String feature) {
        UsageFilter next = UsageFilter.ALL.withDays(from, to).withModel(model).withFeature(feature);
        if (!next.equals(filter.get())) {
            filter.set(next);
            recompute();
        }
    }

    /**
     * A daily budget at these thresholds.
     *
     * @param dailyUsd   USD per day, above 0; null for no budget
     * @param thresholds fractions of it above 0 (0.8 for 80%)
     */
    void budget(Double dailyUsd, List<Double> thresholds) {
        Budgets none = Budgets.NONE.withThresholds(thresholds);
        Budgets next = dailyUsd == null ? none : none.withDailyUsd(dailyUsd);
        if (!next.equals(budgets.get())) {
            budgets.set(next);
            recompute();
        }
    }

    private void recompute() {
        UsageAggregator logs = aggregator.get();
        if (logs == null) {
            return;
        }
        UsageFilter current = filter.get();
        dashboard.set(logs.dashboard(current, TOP_USERS));
        alerts.set(budgets.get().isEmpty() ? List.of() : BudgetAlerts.check(logs, current, budgets.get()));
        anomalies.set(Anomalies.find(logs, current, AnomalySettings.DEFAULT));
    }

    /**
     * The days the daily budget's highest threshold fired on (100% of it by default): at the lower
     * thresholds most days of a well-sized budget alert, which would mark every bar.
     */
    Set<LocalDate> topAlertDays() {
        List<Double> thresholds = budgets.get().thresholds();
        double top = thresholds.isEmpty() ? Double.NaN : thresholds.get(thresholds.size() - 1);
        return alerts.get().stream().filter(alert -> BudgetAlert.DAILY.equals(alert.scope()) && alert.threshold() == top)
                .map(BudgetAlert::day).collect(Collectors.toSet());
    }

    /** The last import that succeeded; null before the first. */
    ReadOnlyObjectProperty<UsageAggregator> aggregatorProperty() {
        return aggregator.getReadOnlyProperty();
    }

    /** The files of the import shown; "" before the first. */
    ReadOnlyStringProperty sourceProperty() {
        return source.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<UsageFilter> filterProperty() {
        return filter.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<Budgets> budgetsProperty() {
        return budgets.getReadOnlyProperty();
    }

    /** The figures under the filter; null before the first import. */
    ReadOnlyObjectProperty<UsageDashboard> dashboardProperty() {
        return dashboard.getReadOnlyProperty();
    }

    /** The figures of the whole import; null before the first. */
    ReadOnlyObjectProperty<UsageDashboard> unfilteredProperty() {
        return unfiltered.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<List<BudgetAlert>> alertsProperty() {
        return alerts.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<List<Anomaly>> anomaliesProperty() {
        return anomalies.getReadOnlyProperty();
    }

    UsageDashboard getDashboard() {
        return dashboard.get();
    }
}
