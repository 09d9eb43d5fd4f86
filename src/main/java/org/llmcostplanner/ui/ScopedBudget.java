package org.llmcostplanner.ui;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.llmcostplanner.model.usage.Budgets;

/**
 * One row of the Usage tab's table of budgets for a model or a feature.
 *
 * @param scope     whose spend the budget limits
 * @param name      the model's or feature's name as the logs spell it ("" for calls without a feature)
 * @param usdPerDay the budget, USD a day, above 0
 */
record ScopedBudget(Scope scope, String name, double usdPerDay) {
    enum Scope {
        MODEL("Model"), FEATURE("Feature");

        private final String label;

        Scope(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    ScopedBudget {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(name, "name");
    }

    ScopedBudget withName(String newName) {
        return new ScopedBudget(scope, newName, usdPerDay);
    }

    ScopedBudget withUsdPerDay(double usd) {
        return new ScopedBudget(scope, name, usd);
    }

    /**
     * {@code base} with these budgets for models and features in place of its own. Two rows for
     * the same model or feature: the later one counts (the table flags the repeat).
     */
    static Budgets applyTo(Budgets base, List<ScopedBudget> rows) {
        Map<String, Double> models = new TreeMap<>();
        Map<String, Double> features = new TreeMap<>();
        for (ScopedBudget row : rows) {
            (row.scope == Scope.MODEL ? models : features).put(row.name, row.usdPerDay);
        }
        return new Budgets(base.dailyUsd(), models, features, base.thresholds());
    }
}
