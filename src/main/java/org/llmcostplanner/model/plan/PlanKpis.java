package org.llmcostplanner.model.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;

import org.llmcostplanner.model.CostCategory;
import org.llmcostplanner.model.Evaluation;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.model.ScenarioEvaluator;
import org.llmcostplanner.model.pareto.ParetoLimit;
import org.llmcostplanner.model.pareto.ParetoPlan;
import org.llmcostplanner.model.selfhost.SelfHostFigures;

/**
 * The headline figures of one plan, in a fixed order with stable ids, for comparing two plans:
 * volume; monthly TCO and each category; cost per query (TCO and API); API's share; the API
 * baseline, optimised cost and saving; each lever's step of the savings waterfall; the plan's
 * quality and latency (as the Pareto chart places the plan: the routing mix when routing applies,
 * after wrong cached answers and cache hits; empty when not measured); self-hosting's monthly cost
 * at the plan's volume and its breakeven volume (empty when it never breaks even). Each says which
 * way is better ({@link KpiDirection}): costs and latency down, savings and quality up.
 */
public final class PlanKpis {
    private static final KpiDirection LOWER = KpiDirection.LOWER_IS_BETTER;
    private static final KpiDirection HIGHER = KpiDirection.HIGHER_IS_BETTER;
    private static final KpiDirection NEITHER = KpiDirection.NEITHER;

    private PlanKpis() {
    }

    /**
     * One figure of one plan.
     *
     * @param id    stable key
     * @param label for people
     * @param unit  unit and shown precision
     * @param direction which way is better
     * @param value the figure; empty when the plan does not have it
     */
    public record Value(String id, String label, KpiUnit unit, KpiDirection direction, OptionalDouble value) {
        public Value {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(direction, "direction");
            Objects.requireNonNull(value, "value");
        }
    }

    /** The figures of {@code scenario}, in the order above. */
    public static List<Value> of(Scenario scenario) {
        Evaluation evaluation = ScenarioEvaluator.evaluate(scenario);
        List<Value> values = new ArrayList<>();
        values.add(value("queriesPerMonth", "Queries per month", KpiUnit.QUERIES_PER_MONTH, NEITHER, evaluation.queriesPerMonth()));
        values.add(value("monthlyTco", "Monthly TCO", KpiUnit.USD_PER_MONTH, LOWER, evaluation.totalUsdPerMonth()));
        for (CostCategory category : CostCategory.values()) {
            values.add(value("monthly." + category.name().toLowerCase(Locale.ROOT), category.label(),
                    KpiUnit.USD_PER_MONTH, LOWER, evaluation.monthly().get(category)));
        }
        values.add(value("costPerQuery", "Cost per query (TCO)", KpiUnit.USD_PER_QUERY, LOWER, evaluation.costPerQueryUsd()));
        values.add(value("apiCostPerQuery", "API cost per query", KpiUnit.USD_PER_QUERY, LOWER, evaluation.apiUsdPerQuery()));
        values.add(value("apiShareOfTotal", "API share of TCO", KpiUnit.SHARE, NEITHER, evaluation.apiShare()));
        values.add(value("apiBaseline", "API baseline", KpiUnit.USD_PER_MONTH, LOWER, evaluation.api().baselineUsdPerMonth()));
        values.add(value("apiOptimised", "API optimised", KpiUnit.USD_PER_MONTH, LOWER, evaluation.api().optimisedUsdPerMonth()));
        values.add(value("apiSavings", "API savings", KpiUnit.USD_PER_MONTH, HIGHER, evaluation.api().savingsUsdPerMonth()));
        for (WaterfallStep step : SavingsWaterfall.of(scenario, evaluation).steps()) {
            values.add(value("waterfall." + step.lever().id(), "Saving by " + step.lever().label().toLowerCase(Locale.ROOT),
                    KpiUnit.USD_PER_MONTH, HIGHER, step.savingUsdPerMonth()));
        }
        ParetoPlan plan = scenario.planMeasurements();
        values.add(measured("quality", "Quality (blended)", KpiUnit.SHARE, HIGHER, plan.quality()));
        values.add(measured("latencyMs", "Latency per query", KpiUnit.MILLISECONDS, LOWER, plan.latencyMs()));
        SelfHostFigures selfHost = scenario.selfHostFigures(evaluation);
        values.add(value("selfHostMonthlyCost", "Self-hosting, monthly", KpiUnit.USD_PER_MONTH, LOWER,
                selfHost.selfHostUsdPerMonth(selfHost.queriesPerMonth())));
        values.add(new Value("selfHostBreakeven", "Self-host breakeven volume", KpiUnit.QUERIES_PER_MONTH,
                NEITHER, finite(selfHost.breakeven().breakeven())));
        return values;
    }

    private static Value value(String id, String label, KpiUnit unit, KpiDirection direction, double value) {
        return new Value(id, label, unit, direction, finite(OptionalDouble.of(value)));
    }

    private static Value measured(String id, String label, KpiUnit unit, KpiDirection direction, ParetoLimit limit) {
        return new Value(id, label, unit, direction, limit.enabled() ? finite(OptionalDouble.of(limit.value())) : OptionalDouble.empty());
    }

    /** The value when finite; a figure that is not (none is expected) is shown as unknown, never as NaN. */
    private static OptionalDouble finite(OptionalDouble value) {
        return value.isPresent() && Double.isFinite(value.getAsDouble()) ? value : OptionalDouble.empty();
    }
}
