package org.llmcostplanner.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import java.util.concurrent.Executor;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
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
 * budget alerts, anomalies). Read-only state out, verbs in. A verb that changes the inputs
 * recomputes off the FX thread (a dashboard of many users takes up to a few hundred ms) and the
 * results arrive on the FX thread; only the latest request's results are shown, and
 * {@link #busyProperty()} is true until they are. An aggregator is only read once shown, so
 * recomputations may overlap.
 */
final class UsageViewModel {
    /** What one recomputation gives. */
    private record Figures(UsageDashboard dashboard, List<BudgetAlert> alerts, List<Anomaly> anomalies) {
    }

    private final Executor background;
    private final Executor fxThread;
    private long latest;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
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

    /** Recomputes in the background, results on the FX thread. */
    UsageViewModel() {
        this(Background::compute, Platform::runLater);
    }

    /**
     * @param background runs the recomputations
     * @param fxThread   delivers their results (both {@code Runnable::run} in tests without a toolkit)
     */
    UsageViewModel(Executor background, Executor fxThread) {
        this.background = background;
        this.fxThread = fxThread;
    }

    /**
     * Shows {@code imported} in place of the logs before, with every filter cleared.
     *
     * @param imported a finished import; the view model keeps it and no one else may add to it
     * @param files    what it was read from, for the tab's heading
     */
    void show(UsageAggregator imported, String files) {
        aggregator.set(imported);
        source.set(files);
        unfiltered.set(imported.dashboard(UsageFilter.ALL, TOP_USERS));
        filter.set(UsageFilter.ALL);
        recompute();
    }

    /** Only these days (both included; null for an open end), this model and this feature (null for all). */
    void filter(LocalDate from, LocalDate to, String model, String feature) {
        UsageFilter next = UsageFilter.ALL.withDays(from, to).withModel(model).withFeature(feature);
        if (!next.equals(filter.get())) {
            filter.set(next);
            recompute();
        }
    }

    /** These budgets in place of the ones before. */
    void budget(Budgets next) {
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
        Budgets limits = budgets.get();
        long request = ++latest;
        busy.set(true);
        background.execute(() -> {
            Figures figures;
            try {
                figures = new Figures(logs.dashboard(current, TOP_USERS),
                        limits.isEmpty() ? List.of() : BudgetAlerts.check(logs, current, limits),
                        Anomalies.find(logs, current, AnomalySettings.DEFAULT));
            } catch (RuntimeException failure) {
                // The figures shown stay; a bug here must not leave the tab updating for ever.
                fxThread.execute(() -> busy.set(request != latest && busy.get()));
                throw failure;
            }
            fxThread.execute(() -> {
                if (request == latest) {
                    dashboard.set(figures.dashboard());
                    alerts.set(figures.alerts());
                    anomalies.set(figures.anomalies());
                    busy.set(false);
                }
            });
        });
    }

    /** True from a change of the logs, filter or budget until its figures are shown. */
    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
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
