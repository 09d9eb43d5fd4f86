package org.llmcostplanner.model.usage;

import java.util.List;
import java.util.Objects;

import org.llmcostplanner.model.Evaluation;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.model.ScenarioEvaluator;
import org.llmcostplanner.model.Workload;

/**
 * The scenario's forecast beside the logs' figures scaled to a month of the scenario's days.
 *
 * <p>The plan's figures are {@link ScenarioEvaluator}'s: queries per month, the optimised API cost
 * per month and per query, and tokens as the workload states them (before the levers, which change
 * what reaches the model in ways no single token figure captures). The actual figures are the
 * dashboard's over its days (first to last with calls, both included) times days per month; they
 * include retries, which the plan does not have: queries are calls that were not retries (as in
 * {@link UsageCalibration}), but cost and tokens are everything billed.
 *
 * @param days         the days of logs the actual figures come from; 0 when there were no calls
 * @param daysPerMonth the scenario's days per month
 * @param plan         the forecast
 * @param actual       the logs, scaled to a month; all 0 when there were no calls
 */
public record PlanVsActual(int days, double daysPerMonth, MonthFigures plan, MonthFigures actual) {
    public PlanVsActual {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(actual, "actual");
    }

    /**
     * One month of traffic.
     *
     * @param queriesPerMonth      queries (calls that were not retries)
     * @param apiUsdPerMonth       API spend
     * @param apiUsdPerQuery       API spend per query; 0 with no queries
     * @param inputTokensPerMonth  prompt tokens, cached ones included
     * @param outputTokensPerMonth completion tokens
     */
    public record MonthFigures(double queriesPerMonth, double apiUsdPerMonth, double apiUsdPerQuery,
                               double inputTokensPerMonth, double outputTokensPerMonth) {
    }

    /**
     * A labelled line for a table.
     *
     * @param label  e.g. "API cost per month"
     * @param unit   e.g. "USD / month"
     * @param plan   the forecast
     * @param actual the logs, scaled to a month
     */
    public record Row(String label, String unit, double plan, double actual) {
        /** Actual over plan, less 1 (0.1 is 10% above plan); NaN when the plan is 0. */
        public double difference() {
            return plan != 0 ? actual / plan - 1 : Double.NaN;
        }
    }

    public static PlanVsActual of(UsageDashboard dashboard, Scenario scenario) {
        Evaluation evaluation = ScenarioEvaluator.evaluate(scenario);
        Workload workload = scenario.workload();
        double queries = evaluation.queriesPerMonth();
        MonthFigures plan = new MonthFigures(queries, evaluation.api().optimisedUsdPerMonth(), evaluation.apiUsdPerQuery(),
                queries * workload.inputTokensPerQuery(), queries * workload.outputTokensPerQuery());
        int days = dashboard.days();
        UsageTotals totals = dashboard.totals();
        MonthFigures actual = new MonthFigures(0, 0, 0, 0, 0);
        if (days > 0) {
            double scale = workload.daysPerMonth() / days;
            long logQueries = totals.firstCalls();
            actual = new MonthFigures(logQueries * scale, totals.costUsd() * scale,
                    logQueries > 0 ? totals.costUsd() / logQueries : 0, totals.inputTokens() * scale,
                    totals.outputTokens() * scale);
        }
        return new PlanVsActual(days, workload.daysPerMonth(), plan, actual);
    }

    /** The figures side by side, in the order a table shows them. */
    public List<Row> rows() {
        return List.of(
                new Row("Queries per month", "queries / month", plan.queriesPerMonth(), actual.queriesPerMonth()),
                new Row("API cost per month", "USD / month", plan.apiUsdPerMonth(), actual.apiUsdPerMonth()),
                new Row("API cost per query", "USD / query", plan.apiUsdPerQuery(), actual.apiUsdPerQuery()),
                new Row("Input tokens per month", "tokens / month", plan.inputTokensPerMonth(), actual.inputTokensPerMonth()),
                new Row("Output tokens per month", "tokens / month", plan.outputTokensPerMonth(), actual.outputTokensPerMonth()));
    }
}
