package org.llmcostplanner.model.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.llmcostplanner.model.Evaluation;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.model.ScenarioEvaluator;

/**
 * The monthly API cost from the baseline down through each lever, in {@link Lever}'s fixed order,
 * to the optimised cost.
 *
 * <p>The baseline is {@link org.llmcostplanner.model.ApiCost#baselineUsdPerMonth()}: all traffic on
 * the reference model at the workload's tokens, no lever; it is also what the evaluator gives with
 * every lever switched off (the reference model is what routing replaces). Step k's cost is the
 * evaluation with levers 1..k as in the scenario and the later ones off, so the last step's cost is
 * the scenario's own optimised API cost, exactly. Each saving is the cost before the lever less the
 * cost after it, computed exactly in {@link BigDecimal} from the two doubles, so the savings add up
 * to baseline less optimised with no rounding at all. A lever's saving depends on the levers before
 * it (compression saves less after routing has moved traffic to a cheaper model): the order is the
 * one the plan applies them in, and is always shown.
 *
 * <p>For display, {@link #shownLevelUsd} rounds each cost level to cents and {@link #shownSavingUsd}
 * takes the difference of two rounded levels, so the figures a chart or table shows add up to its
 * shown baseline and optimised cost to the cent; the same holds for the percentages of the baseline.
 *
 * @param baselineUsdPerMonth the evaluation's baseline API cost, USD per month
 * @param steps               one per {@link Lever}, in its order; never null
 */
public record SavingsWaterfall(double baselineUsdPerMonth, List<WaterfallStep> steps) {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public SavingsWaterfall {
        steps = List.copyOf(steps);
        Lever[] levers = Lever.values();
        if (steps.size() != levers.length) {
            throw new IllegalArgumentException(steps.size() + " steps for " + levers.length + " levers");
        }
        for (int i = 0; i < levers.length; i++) {
            if (steps.get(i).lever() != levers[i]) {
                throw new IllegalArgumentException("step " + i + " is " + steps.get(i).lever() + ", not " + levers[i]);
            }
        }
    }

    /** The waterfall of {@code scenario}, evaluating it once more for the plan itself. */
    public static SavingsWaterfall of(Scenario scenario) {
        return of(scenario, ScenarioEvaluator.evaluate(scenario));
    }

    /**
     * The waterfall of {@code scenario}; {@code evaluation} must be its evaluation (the baseline and
     * the last step are taken from it). Evaluates the scenario three more times.
     */
    public static SavingsWaterfall of(Scenario scenario, Evaluation evaluation) {
        Objects.requireNonNull(scenario, "scenario");
        Lever[] levers = Lever.values();
        List<WaterfallStep> steps = new ArrayList<>(levers.length);
        double before = evaluation.api().baselineUsdPerMonth();
        for (int k = 0; k < levers.length; k++) {
            double after = k == levers.length - 1 ? evaluation.api().optimisedUsdPerMonth()
                    : ScenarioEvaluator.evaluate(leversUpTo(scenario, k)).api().optimisedUsdPerMonth();
            steps.add(new WaterfallStep(levers[k], levers[k].isOn(scenario), after, exact(before).subtract(exact(after))));
            before = after;
        }
        return new SavingsWaterfall(evaluation.api().baselineUsdPerMonth(), steps);
    }

    /** {@code scenario} with the levers after index {@code last} switched off. */
    private static Scenario leversUpTo(Scenario scenario, int last) {
        Scenario result = scenario;
        Lever[] levers = Lever.values();
        for (int k = last + 1; k < levers.length; k++) {
            result = levers[k].switched(result, false);
        }
        return result;
    }

    /** The optimised monthly API cost, USD: the last step's, which is the evaluation's. */
    public double optimisedUsdPerMonth() {
        return steps.get(steps.size() - 1).monthlyApiCostUsd();
    }

    /** Baseline less optimised, exactly; equal to the sum of the steps' exact savings. */
    public BigDecimal totalSavingUsdPerMonthExact() {
        return exact(baselineUsdPerMonth).subtract(exact(optimisedUsdPerMonth()));
    }

    /** How many cost levels there are: the baseline and one after each lever ({@code steps().size() + 1}). */
    public int levelCount() {
        return steps.size() + 1;
    }

    /** The monthly API cost at {@code level}: 0 the baseline, k after the k-th lever; the last is the optimised cost. */
    public double levelUsd(int level) {
        return level == 0 ? baselineUsdPerMonth : steps.get(level - 1).monthlyApiCostUsd();
    }

    /** {@link #levelUsd} rounded to cents, half to even (as {@code Money.usd} rounds). */
    public BigDecimal shownLevelUsd(int level) {
        return exact(levelUsd(level)).setScale(2, RoundingMode.HALF_EVEN);
    }

    /**
     * The saving of step {@code step} (0-based) as shown: the rounded level before it less the
     * rounded level after it, so shown savings add up to the shown baseline less the shown optimised
     * cost. It may differ by a cent from the step's own saving rounded.
     */
    public BigDecimal shownSavingUsd(int step) {
        return shownLevelUsd(step).subtract(shownLevelUsd(step + 1));
    }

    /**
     * {@code level}'s cost as a percentage of the baseline, to one decimal (half to even); empty
     * when the baseline is 0 (no traffic, or a free model), where a share means nothing.
     */
    public Optional<BigDecimal> shownLevelPercent(int level) {
        if (!(baselineUsdPerMonth > 0)) {
            return Optional.empty();
        }
        return Optional.of(exact(levelUsd(level)).multiply(HUNDRED)
                .divide(exact(baselineUsdPerMonth), 1, RoundingMode.HALF_EVEN));
    }

    /** Step {@code step}'s saving in percent of the baseline, as the difference of two shown levels; empty with no baseline. */
    public Optional<BigDecimal> shownSavingPercent(int step) {
        return shownLevelPercent(step).map(before -> before.subtract(shownLevelPercent(step + 1).orElseThrow()));
    }

    /** A double's exact value (never rounded): {@code new BigDecimal(double)}. */
    static BigDecimal exact(double value) {
        return new BigDecimal(value);
    }
}
