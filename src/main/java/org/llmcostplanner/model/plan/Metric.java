package org.llmcostplanner.model.plan;

import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import org.llmcostplanner.model.Evaluation;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.model.ScenarioEvaluator;
import org.llmcostplanner.model.format.Money;
import org.llmcostplanner.model.format.Percent;
import org.llmcostplanner.model.pareto.ParetoLimit;
import org.llmcostplanner.model.selfhost.SelfHostFigures;

/**
 * The outputs goal seek aims at and sensitivity charts measure: a closed set, each a function of
 * a scenario (and its evaluation) that is empty where the output is undefined (no breakeven, no
 * measured quality) and otherwise finite. Shares and qualities are in percent (0..100), as the
 * window edits them, so a target of 92.5 means 92.5%.
 */
public enum Metric {
    MONTHLY_TCO("monthly-tco", "Monthly TCO", "USD / month", Kind.USD,
            (s, e) -> finite(e.totalUsdPerMonth())),
    COST_PER_QUERY("cost-per-query", "Cost per query", "USD / query", Kind.USD_SMALL,
            (s, e) -> e.queriesPerMonth() > 0 ? finite(e.costPerQueryUsd()) : OptionalDouble.empty()),
    API_COST("api-cost", "Monthly API cost", "USD / month", Kind.USD,
            (s, e) -> finite(e.monthly().api())),
    BASELINE_API_COST("baseline-api-cost", "Baseline API cost", "USD / month", Kind.USD,
            (s, e) -> finite(e.api().baselineUsdPerMonth())),
    API_SAVINGS("api-savings", "API savings vs baseline", "USD / month", Kind.USD,
            (s, e) -> finite(e.api().savingsUsdPerMonth())),
    API_COST_PER_QUERY("api-cost-per-query", "API cost per query", "USD / query", Kind.USD_SMALL,
            (s, e) -> finite(e.apiUsdPerQuery())),
    API_SHARE("api-share", "API share of TCO", "%", Kind.PERCENT,
            (s, e) -> e.totalUsdPerMonth() > 0 ? finite(Percent.fromFraction(e.apiShare())) : OptionalDouble.empty()),
    BLENDED_QUALITY("blended-quality", "Blended quality", "%", Kind.PERCENT,
            (s, e) -> measured(s.planMeasurements().quality(), true)),
    LATENCY("latency", "Plan latency", "ms", Kind.MILLISECONDS,
            (s, e) -> measured(s.planMeasurements().latencyMs(), false)),
    BREAKEVEN_VOLUME("breakeven-volume", "Self-host breakeven volume", "queries / month", Kind.COUNT,
            (s, e) -> s.selfHostFigures(e).breakeven().breakeven()),
    SELF_HOST_COST("self-host-cost", "Monthly self-host cost", "USD / month", Kind.USD,
            (s, e) -> {
                SelfHostFigures figures = s.selfHostFigures(e);
                return finite(figures.selfHostUsdPerMonth(figures.queriesPerMonth()));
            }),
    SELF_HOST_SAVING("self-host-saving", "Self-host saving vs API", "USD / month", Kind.USD,
            (s, e) -> finite(s.selfHostFigures(e).savingUsdPerMonth()));

    /** How a value reads: money in cents or to four digits, a percentage, a count, milliseconds. */
    enum Kind { USD, USD_SMALL, PERCENT, COUNT, MILLISECONDS }

    private final String id;
    private final String label;
    private final String unit;
    private final Kind kind;
    private final BiFunction<Scenario, Evaluation, OptionalDouble> value;

    Metric(String id, String label, String unit, Kind kind, BiFunction<Scenario, Evaluation, OptionalDouble> value) {
        this.id = id;
        this.label = label;
        this.unit = unit;
        this.kind = kind;
        this.value = value;
    }

    /** The command line's name, e.g. {@code monthly-tco}. */
    public String id() {
        return id;
    }

    /** What the user sees, e.g. {@code Monthly TCO}. */
    public String label() {
        return label;
    }

    /** The unit of {@link #of}, e.g. {@code USD / month}, {@code %}. */
    public String unit() {
        return unit;
    }

    /** Whether the value is an amount of money (USD), for axis and label formats. */
    public boolean isMoney() {
        return kind == Kind.USD || kind == Kind.USD_SMALL;
    }

    /** The value for {@code scenario}; evaluates it. Empty where undefined; otherwise finite. */
    public OptionalDouble of(Scenario scenario) {
        return of(scenario, ScenarioEvaluator.evaluate(scenario));
    }

    /**
     * The value for {@code scenario}, whose evaluation {@code evaluation} must be. Empty where
     * undefined; otherwise finite.
     */
    public OptionalDouble of(Scenario scenario, Evaluation evaluation) {
        OptionalDouble result = value.apply(scenario, evaluation);
        return result.isPresent() && Double.isFinite(result.getAsDouble()) ? result : OptionalDouble.empty();
    }

    /** Why the value is undefined for {@code scenario}, as a clause ("self-hosting is never as cheap ..."). */
    public String undefinedReason(Scenario scenario) {
        return switch (this) {
            case BREAKEVEN_VOLUME -> scenario.selfHostFigures(ScenarioEvaluator.evaluate(scenario)).breakeven().neverReason()
                    .map(reason -> "self-hosting is never as cheap as the API: " + reason)
                    .orElse("self-hosting is never as cheap as the API");
            case BLENDED_QUALITY, LATENCY -> "the plan's " + (this == LATENCY ? "latency" : "quality")
                    + " is not measured (switched off on the Pareto tab) and routing is off";
            case COST_PER_QUERY -> "there are no queries";
            case API_SHARE -> "the TCO is $0";
            default -> "the value is not a finite number";
        };
    }

    /** {@code value} in this metric's unit as the window shows it: {@code $10,805.00}, {@code 92.5%}, {@code 600 ms}. */
    public String format(double value) {
        return switch (kind) {
            case USD -> Money.usd(value);
            case USD_SMALL -> Money.usdPrecise(value);
            case PERCENT -> Money.tenths(value) + "%";
            case COUNT -> Money.count(value) + " " + unit;
            case MILLISECONDS -> Money.tenths(value) + " ms";
        };
    }

    public static Optional<Metric> byId(String id) {
        return Arrays.stream(values()).filter(metric -> metric.id.equals(id)).findFirst();
    }

    /** Every id, comma-separated, for messages that list the choices. */
    public static String ids() {
        return Arrays.stream(values()).map(Metric::id).collect(Collectors.joining(", "));
    }

    private static OptionalDouble finite(double value) {
        return Double.isFinite(value) ? OptionalDouble.of(value) : OptionalDouble.empty();
    }

    /** A measured quality (0..1, shown in percent) or latency, empty when its switch is off. */
    private static OptionalDouble measured(ParetoLimit limit, boolean fraction) {
        if (!limit.enabled()) {
            return OptionalDouble.empty();
        }
        return finite(fraction ? Percent.fromFraction(limit.value()) : limit.value());
    }
}
