package org.llmcostplanner.model.plan;

import java.util.Comparator;
import java.util.List;

import org.apache.commons.math3.exception.MathIllegalArgumentException;
import org.apache.commons.math3.exception.MathIllegalStateException;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;
import org.apache.commons.math3.optim.univariate.UnivariatePointValuePair;
import org.llmcostplanner.model.plan.InputProbe.Sample;

/**
 * The range a metric reaches over the values tried. A least or greatest value found between two
 * tried values (a non-monotone metric) is refined with commons-math's {@link BrentOptimizer}
 * between its neighbours, so the reported range is not just the grid's, and a target the grid
 * stepped over near an extreme is found.
 */
final class RangeSearch {
    static final int MOST_EVALUATIONS = 100;

    private RangeSearch() {
    }

    /** The least and greatest defined samples; there must be one. */
    static MetricRange range(List<Sample> samples) {
        Sample min = samples.stream().filter(Sample::defined).min(Comparator.comparingDouble(Sample::value)).orElseThrow();
        Sample max = samples.stream().filter(Sample::defined).max(Comparator.comparingDouble(Sample::value)).orElseThrow();
        return new MetricRange(min.value(), min.inputValue(), max.value(), max.inputValue());
    }

    /**
     * Adds to {@code samples} (ascending by input value) the refined least and greatest values where
     * they lie between two defined samples; keeps the order.
     */
    static void refineExtremes(InputProbe probe, List<Sample> samples) {
        for (GoalType goal : new GoalType[] {GoalType.MINIMIZE, GoalType.MAXIMIZE}) {
            int best = -1;
            for (int i = 0; i < samples.size(); i++) {
                Sample sample = samples.get(i);
                if (sample.defined() && (best < 0 || (goal == GoalType.MINIMIZE
                        ? sample.value() < samples.get(best).value() : sample.value() > samples.get(best).value()))) {
                    best = i;
                }
            }
            if (best <= 0 || best >= samples.size() - 1 || !samples.get(best - 1).defined() || !samples.get(best + 1).defined()) {
                continue; // at an end of the range, or next to a gap: nothing to refine between neighbours
            }
            refine(probe, samples, best, goal);
        }
    }

    private static void refine(InputProbe probe, List<Sample> samples, int index, GoalType goal) {
        double worst = goal == GoalType.MINIMIZE ? Double.MAX_VALUE : -Double.MAX_VALUE;
        double lo = samples.get(index - 1).inputValue();
        double hi = samples.get(index + 1).inputValue();
        try {
            UnivariatePointValuePair found = new BrentOptimizer(1e-12, Math.ulp(Math.max(Math.abs(lo), Math.abs(hi))) * 4)
                    .optimize(new MaxEval(MOST_EVALUATIONS), goal, new SearchInterval(lo, hi, samples.get(index).inputValue()),
                            new UnivariateObjectiveFunction(x -> {
                                Sample sample = probe.at(x);
                                return sample.defined() ? sample.value() : worst;
                            }));
            Sample refined = probe.at(found.getPoint());
            boolean better = refined.defined() && (goal == GoalType.MINIMIZE ? refined.value() < samples.get(index).value()
                    : refined.value() > samples.get(index).value());
            if (better) {
                samples.add(refined.inputValue() < samples.get(index).inputValue() ? index : index + 1, refined);
            }
        } catch (MathIllegalStateException | MathIllegalArgumentException notRefined) {
            // The grid's extreme stands.
        }
    }
}
