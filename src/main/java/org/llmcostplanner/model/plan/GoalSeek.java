package org.llmcostplanner.model.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.apache.commons.math3.analysis.solvers.AllowedSolution;
import org.apache.commons.math3.analysis.solvers.BracketingNthOrderBrentSolver;
import org.apache.commons.math3.exception.MathIllegalArgumentException;
import org.apache.commons.math3.exception.MathIllegalStateException;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.model.ScenarioInput;
import org.llmcostplanner.model.ScenarioInputs;
import org.llmcostplanner.model.plan.GoalSeekResult.Outcome;
import org.llmcostplanner.model.plan.InputProbe.Sample;

/**
 * Goal seek: the value of one input, all else held, at which a metric equals a target.
 *
 * <p>The metrics are not all monotone or continuous (self-hosting adds whole replicas, routing
 * and caches bend the curves), so a solver alone could miss a root or land on a jump. Goal seek
 * first tries the input on a grid over its whole valid range ({@link InputGrid}), refines the
 * interior extremes ({@link RangeSearch}), takes the sign change of metric minus target nearest the
 * current value, and solves inside it with commons-math's {@link BracketingNthOrderBrentSolver}.
 * Where the metric jumps over the target instead of crossing it, the answer is the side of the
 * jump closest to the target, reported as such; where it never reaches the target, the answer is
 * the range it does reach, and where.
 */
public final class GoalSeek {
    /** The metric within this share of the target (at least of 1 unit) counts as met. */
    public static final double RELATIVE_TOLERANCE = 1e-9;
    static final int MOST_SOLVER_EVALUATIONS = 300;
    private static final int SOLVER_ORDER = 5;
    private static final double SOLVER_RELATIVE_ACCURACY = 1e-15;

    private GoalSeek() {
    }

    /**
     * The value of {@code input} at which {@code metric} of {@code scenario} equals {@code target}.
     *
     * @param scenario a valid scenario; never null
     * @param target   a finite value in the metric's unit (percent for shares and quality)
     * @throws IllegalArgumentException when {@code target} is not finite
     */
    public static GoalSeekResult seek(Scenario scenario, ScenarioInput input, Metric metric, double target) {
        if (!Double.isFinite(target)) {
            throw new IllegalArgumentException("the target must be a finite number (was " + target + ")");
        }
        InputProbe probe = new InputProbe(scenario, input, metric);
        double start = input.get(scenario);
        OptionalDouble startMetric = metric.of(scenario);
        List<Sample> samples = new ArrayList<>();
        for (double value : InputGrid.of(input, start)) {
            samples.add(probe.at(value));
        }
        Seek seek = new Seek(probe, target, start, startMetric);
        if (samples.stream().noneMatch(Sample::defined)) {
            return seek.result(Outcome.UNDEFINED, null, Optional.empty(), 0, metric.label() + " is undefined for every valid "
                    + input.label() + ": " + metric.undefinedReason(scenario) + ".");
        }
        if (!ScenarioInputs.isWholeNumber(input)) {
            RangeSearch.refineExtremes(probe, samples);
        }
        MetricRange range = RangeSearch.range(samples);
        int[] bracket = nearestBracket(samples, seek);
        if (bracket.length == 0) {
            return seek.withoutCrossing(samples, range);
        }
        Sample a = samples.get(bracket[0]);
        Sample b = samples.get(bracket[1]);
        if (seek.met(a)) {
            return seek.result(Outcome.MET, a, Optional.of(range), 0, seek.metText(a));
        }
        return seek.solve(a, b, range);
    }

    /**
     * The indices of the two neighbouring samples between which metric minus target changes sign
     * (or one index twice, a sample that meets the target), nearest the current value; empty when none.
     */
    private static int[] nearestBracket(List<Sample> samples, Seek seek) {
        int current = 0;
        for (int i = 1; i < samples.size(); i++) {
            if (Math.abs(samples.get(i).inputValue() - seek.start) < Math.abs(samples.get(current).inputValue() - seek.start)) {
                current = i;
            }
        }
        int[] best = new int[0];
        int bestDistance = Integer.MAX_VALUE;
        for (int i = 0; i < samples.size(); i++) {
            Sample here = samples.get(i);
            if (!here.defined()) {
                continue;
            }
            int[] candidate = null;
            if (seek.met(here)) {
                candidate = new int[] {i, i};
            } else if (i + 1 < samples.size() && samples.get(i + 1).defined()
                    && Math.signum(seek.gap(here)) * Math.signum(seek.gap(samples.get(i + 1))) < 0) {
                candidate = new int[] {i, i + 1};
            }
            if (candidate != null) {
                int distance = current <= candidate[0] ? candidate[0] - current
                        : current >= candidate[1] ? current - candidate[1] : 0;
                if (distance < bestDistance) {
                    best = candidate;
                    bestDistance = distance;
                }
            }
        }
        return best;
    }

    /** One goal seek's fixed parts, and the steps that build its result. */
    private static final class Seek {
        final InputProbe probe;
        final double target;
        final double start;
        final OptionalDouble startMetric;
        final ScenarioInput input;
        final Metric metric;
        final double tolerance;

        Seek(InputProbe probe, double target, double start, OptionalDouble startMetric) {
            this.probe = probe;
            this.target = target;
            this.start = start;
            this.startMetric = startMetric;
            this.input = probe.input();
            this.metric = probe.metric();
            this.tolerance = RELATIVE_TOLERANCE * Math.max(1, Math.abs(target));
        }

        double gap(Sample sample) {
            return sample.value() - target;
        }

        boolean met(Sample sample) {
            return sample.defined() && Math.abs(gap(sample)) <= tolerance;
        }

        /** Solves between {@code a} and {@code b}, where metric minus target changes sign. */
        GoalSeekResult solve(Sample a, Sample b, MetricRange range) {
            boolean whole = ScenarioInputs.isWholeNumber(input);
            BracketingNthOrderBrentSolver solver = new BracketingNthOrderBrentSolver(SOLVER_RELATIVE_ACCURACY,
                    4 * Math.ulp(Math.max(Math.abs(a.inputValue()), Math.abs(b.inputValue()))), tolerance, SOLVER_ORDER);
            int solverEvaluations = 0;
            try {
                double root = solver.solve(MOST_SOLVER_EVALUATIONS, x -> valueAt(whole ? Math.rint(x) : x),
                        a.inputValue(), b.inputValue(), AllowedSolution.ANY_SIDE);
                solverEvaluations = solver.getEvaluations();
                Sample found = probe.at(whole ? Math.rint(root) : root);
                if (met(found)) {
                    return result(Outcome.MET, found, Optional.of(range), solverEvaluations, metText(found));
                }
                Sample below = side(solver, a, b, whole, AllowedSolution.BELOW_SIDE);
                solverEvaluations += solver.getEvaluations();
                Sample above = side(solver, a, b, whole, AllowedSolution.ABOVE_SIDE);
                solverEvaluations += solver.getEvaluations();
                return step(below, above, range, solverEvaluations, whole);
            } catch (Gap | MathIllegalStateException | MathIllegalArgumentException failure) {
                // Undefined or invalid inside the bracket, or no convergence: the nearer end is the honest answer.
                Sample closer = Math.abs(gap(a)) <= Math.abs(gap(b)) ? a : b;
                return result(Outcome.CLOSEST, closer, Optional.of(range), solverEvaluations, metric.label() + " crosses "
                        + metric.format(target) + " between " + InputText.of(input, a.inputValue()) + " and "
                        + InputText.of(input, b.inputValue()) + ", but not where it can be solved for ("
                        + failure.getMessage() + "); the closest tried is " + metric.format(closer.value()) + " at "
                        + InputText.of(input, closer.inputValue()) + ".");
            }
        }

        /** The input's value on one side of the jump: where metric minus target is at most 0 (below) or at least 0. */
        private Sample side(BracketingNthOrderBrentSolver solver, Sample a, Sample b, boolean whole, AllowedSolution side) {
            double x = solver.solve(MOST_SOLVER_EVALUATIONS, v -> valueAt(whole ? Math.rint(v) : v),
                    a.inputValue(), b.inputValue(), side);
            if (!whole) {
                return probe.at(x);
            }
            // Between two whole values the rounded function jumps at n + 1/2: the side's whole value is n or n + 1.
            Sample floor = probe.at(Math.floor(x));
            Sample ceiling = probe.at(Math.ceil(x));
            boolean floorOnSide = floor.defined() && (side == AllowedSolution.BELOW_SIDE ? gap(floor) <= 0 : gap(floor) >= 0);
            return floorOnSide ? floor : ceiling;
        }

        /** Metric minus target at {@code x}; a {@link Gap} where undefined or invalid. */
        private double valueAt(double x) {
            Sample sample = probe.at(x);
            if (!sample.defined()) {
                throw new Gap(sample.invalid().orElse(metric.label() + " is undefined at " + InputText.of(input, x)));
            }
            return gap(sample);
        }

        private GoalSeekResult step(Sample below, Sample above, MetricRange range, int solverEvaluations, boolean whole) {
            Sample closest = Comparator.comparingDouble((Sample s) -> Math.abs(gap(s))).compare(below, above) <= 0 ? below : above;
            if (met(closest)) {
                return result(Outcome.MET, closest, Optional.of(range), solverEvaluations, metText(closest));
            }
            Sample lower = below.inputValue() <= above.inputValue() ? below : above;
            Sample upper = lower == below ? above : below;
            String where = whole
                    ? "between " + InputText.of(input, lower.inputValue()) + " and " + InputText.of(input, upper.inputValue())
                            + " (" + input.label() + " takes whole values)"
                    : "at " + InputText.of(input, closest.inputValue()) + " (a step: whole replicas or a threshold)";
            return result(Outcome.CLOSEST, closest, Optional.of(range), solverEvaluations, metric.label() + " jumps from "
                    + metric.format(lower.value()) + " to " + metric.format(upper.value()) + " " + where + ", so it never equals "
                    + metric.format(target) + "; the closest it comes is " + metric.format(closest.value()) + " at "
                    + InputText.of(input, closest.inputValue()) + ".");
        }

        /** No sign change anywhere: the target is outside the range, or only reachable across invalid values. */
        GoalSeekResult withoutCrossing(List<Sample> samples, MetricRange range) {
            String over = " as " + input.label() + " runs over its valid range, " + InputText.range(input);
            if (range.constant()) {
                String why = InputApplicability.whyNot(input, probe.scenario()).map(reason -> ": " + reason).orElse("");
                return result(Outcome.UNREACHABLE, null, Optional.of(range), 0, metric.label() + " stays at "
                        + metric.format(range.min()) + " whatever " + input.label() + " is (" + InputText.range(input) + ")" + why + ".");
            }
            String reach = metric.label() + " runs from " + metric.format(range.min()) + " (at "
                    + InputText.of(input, range.inputAtMin()) + ") to " + metric.format(range.max()) + " (at "
                    + InputText.of(input, range.inputAtMax()) + ")" + over;
            if (target < range.min() || target > range.max()) {
                return result(Outcome.UNREACHABLE, null, Optional.of(range), 0, reach + ": " + metric.format(target) + " is "
                        + (target < range.min() ? "below" : "above") + " that.");
            }
            Sample closest = samples.stream().filter(Sample::defined).min(Comparator.comparingDouble(s -> Math.abs(gap(s))))
                    .orElseThrow();
            String invalid = samples.stream().flatMap(s -> s.invalid().stream()).findFirst()
                    .map(reason -> " (e.g. " + reason + ")").orElse("");
            return result(Outcome.CLOSEST, closest, Optional.of(range), 0, reach + ", but it would pass " + metric.format(target)
                    + " only where the plan is invalid or the metric undefined" + invalid + "; the closest valid value is "
                    + metric.format(closest.value()) + " at " + InputText.of(input, closest.inputValue()) + ".");
        }

        String metText(Sample found) {
            return metric.label() + " is " + metric.format(found.value()) + " at " + InputText.of(input, found.inputValue())
                    + " (now " + InputText.of(input, start) + startMetric.stream().mapToObj(v -> ", " + metric.format(v))
                    .findFirst().orElse("") + ").";
        }

        GoalSeekResult result(Outcome outcome, Sample found, Optional<MetricRange> range, int solverEvaluations, String text) {
            return new GoalSeekResult(outcome, input, metric, target, start, startMetric,
                    found == null ? OptionalDouble.empty() : OptionalDouble.of(found.inputValue()),
                    found == null ? OptionalDouble.empty() : found.metric(), range, probe.evaluations(), solverEvaluations, text);
        }
    }

    /** The metric is undefined, or the plan invalid, where the solver looked. */
    private static final class Gap extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Gap(String reason) {
            super(reason, null, false, false);
        }
    }
}
