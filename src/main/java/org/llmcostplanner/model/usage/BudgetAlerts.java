package org.llmcostplanner.model.usage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The budget alerts a set of days raised. The chapter's CostMonitor (erratum 7) alerts on $2.61
 * against a $50 budget, adds an alert on every record once over the line, and rescans every record
 * on every call. Here a day's spend in a scope raises an alert for a threshold when it reaches it
 * (spend at or above threshold x budget, compared in whole nano-USD so 80% of $50 is exactly
 * $40), once per day, scope and threshold; the spend compared is the day's total, so the alerts do
 * not depend on the order of the rows; and the work is one pass over the groups, not the rows.
 */
public final class BudgetAlerts {
    private BudgetAlerts() {
    }

    /** The alerts of the aggregator's groups under {@code filter} (e.g. a date range). */
    public static List<BudgetAlert> check(UsageAggregator aggregator, UsageFilter filter, Budgets budgets) {
        return check(aggregator.groups(filter), budgets);
    }

    /**
     * The alerts {@code groups} raise, by day, then scope (daily, the models by name, the features
     * by name), then threshold ascending.
     */
    public static List<BudgetAlert> check(List<UsageGroup> groups, Budgets budgets) {
        if (budgets.isEmpty()) {
            return List.of();
        }
        // Per day: the daily spend and each budgeted model's and feature's, nano-USD, by scope.
        TreeMap<LocalDate, Map<String, Long>> spend = new TreeMap<>();
        for (UsageGroup group : groups) {
            Map<String, Long> day = spend.computeIfAbsent(group.day(), key -> new HashMap<>());
            long cost = group.totals().costNanoUsd();
            if (budgets.dailyUsd().isPresent()) {
                day.merge(BudgetAlert.DAILY, cost, Math::addExact);
            }
            if (budgets.modelDailyUsd().containsKey(group.model())) {
                day.merge(BudgetAlert.MODEL_PREFIX + group.model(), cost, Math::addExact);
            }
            if (budgets.featureDailyUsd().containsKey(group.feature())) {
                day.merge(BudgetAlert.FEATURE_PREFIX + group.feature(), cost, Math::addExact);
            }
        }
        List<BudgetAlert> alerts = new ArrayList<>();
        spend.forEach((day, scopes) -> {
            add(alerts, day, BudgetAlert.DAILY, scopes.get(BudgetAlert.DAILY), budgets.dailyUsd().orElse(0), budgets);
            budgets.modelDailyUsd().forEach((model, usd) ->
                    add(alerts, day, BudgetAlert.MODEL_PREFIX + model, scopes.get(BudgetAlert.MODEL_PREFIX + model), usd, budgets));
            budgets.featureDailyUsd().forEach((feature, usd) ->
                    add(alerts, day, BudgetAlert.FEATURE_PREFIX + feature, scopes.get(BudgetAlert.FEATURE_PREFIX + feature), usd,
                            budgets));
        });
        return alerts;
    }

    /** The alerts of one scope on one day; none when it spent nothing (a null spend). */
    private static void add(List<BudgetAlert> alerts, LocalDate day, String scope, Long spendNanoUsd, double budgetUsd,
                            Budgets budgets) {
        if (spendNanoUsd == null) {
            return;
        }
        for (double threshold : budgets.thresholds()) {
            if (spendNanoUsd >= lineNanoUsd(threshold, budgetUsd)) {
                alerts.add(new BudgetAlert(day, scope, threshold, UsageTotals.usd(spendNanoUsd), budgetUsd));
            }
        }
    }

    /** threshold x budget in nano-USD, computed in decimal and rounded up: reaching it means reaching the line. */
    static long lineNanoUsd(double threshold, double budgetUsd) {
        return BigDecimal.valueOf(threshold).multiply(BigDecimal.valueOf(budgetUsd)).movePointRight(9)
                .setScale(0, RoundingMode.CEILING).longValueExact();
    }
}
