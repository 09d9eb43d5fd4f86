package org.llmcostplanner.model.usage;

import java.time.LocalDate;
import java.util.Objects;

import org.llmcostplanner.model.format.Money;

/**
 * A day whose spend in one scope reached a threshold of its budget. There is one alert per day,
 * scope and threshold, however many calls came after the crossing.
 *
 * @param day       the day, in the aggregator's time zone
 * @param scope     {@link #DAILY}, {@code "model:"} and a model's name, or {@code "feature:"} and a feature's
 * @param threshold the fraction of the budget reached, e.g. 0.8
 * @param spendUsd  the scope's whole spend that day in the logs read (not the spend at the crossing
 *                  call: rows may come in any order, and the day's total does not depend on it)
 * @param budgetUsd the scope's daily budget
 */
public record BudgetAlert(LocalDate day, String scope, double threshold, double spendUsd, double budgetUsd) {
    /** The scope of the budget across every call. */
    public static final String DAILY = "daily";
    public static final String MODEL_PREFIX = "model:";
    public static final String FEATURE_PREFIX = "feature:";

    public BudgetAlert {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(scope, "scope");
    }

    /** "2026-03-01 daily: $40.61 spent, 81.2% of the $50.00 budget (80.0% threshold)". */
    public String describe() {
        return day + " " + scope + ": " + Money.usd(spendUsd) + " spent, " + Money.percent(spendUsd / budgetUsd)
                + " of the " + Money.usd(budgetUsd) + " budget (" + Money.percent(threshold) + " threshold)";
    }
}
