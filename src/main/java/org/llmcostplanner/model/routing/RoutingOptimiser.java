package org.llmcostplanner.model.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.llmcostplanner.model.format.Money;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * The cheapest router mix for a quality target, as a linear program solved with ojAlgo's
 * {@link ExpressionsBasedModel}: minimise the mean cost per query over the tiers' shares, such that the shares total 1,
 * each lies within its tier's bounds, the blended quality reaches the target and, optionally, the
 * mean latency (router included) stays under a cap. Costs and latencies are scaled to at most 1
 * before solving, so the solver's tolerances (absolute, near 1e-9) do not swallow the differences
 * between tiers when a query costs fractions of a cent. (Hipparchus' SimplexSolver was tried first:
 * it returns a wrong optimum when two tiers have the same quality, e.g. max of 0.6a + 0.86b + 0.6c
 * with a + b + c = 1 comes out as 0.6.)
 */
public final class RoutingOptimiser {
    /** Share totals and latencies closer than this count as equal (shares typed as 33.3 + 33.3 + 33.4 total 100%). */
    private static final double TOLERANCE = 1e-9;

    private RoutingOptimiser() {
    }

    /**
     * @param maxLatencyMs the cap on the mean latency per query, router included; empty for none
     */
    public static OptimalMix cheapest(List<RoutingTier> tiers, RouterOverhead overhead, double inputTokens,
                                      double outputTokens, double targetQuality, OptionalDouble maxLatencyMs) {
        Problem problem = new Problem(tiers, overhead, inputTokens, outputTokens, maxLatencyMs);
        Optional<String> conflict = problem.conflict();
        if (conflict.isPresent()) {
            return new OptimalMix.Infeasible(targetQuality, OptionalDouble.empty(), conflict.get());
        }
        Optional<double[]> shares = problem.solve(problem.scaledCosts, false, true, OptionalDouble.of(targetQuality));
        if (shares.isEmpty()) {
            double highest = problem.highestQuality();
            return new OptimalMix.Infeasible(targetQuality, OptionalDouble.of(highest),
                    "The highest quality any mix reaches within the limits is " + Money.percent(highest)
                            + ", below the target of " + Money.percent(targetQuality) + ".");
        }
        return problem.found(targetQuality, shares.get());
    }

    /**
     * The routing frontier: the cheapest cost per query against the quality target, from the
     * quality of the cheapest mix allowed up to the highest reachable, at {@code points} evenly
     * spaced targets plus each tier's own quality in that range (where the curve bends when no
     * bounds bind). Empty when the limits allow no mix.
     */
    public static List<OptimalMix.Found> frontier(List<RoutingTier> tiers, RouterOverhead overhead, double inputTokens,
                                                  double outputTokens, OptionalDouble maxLatencyMs, int points) {
        Problem problem = new Problem(tiers, overhead, inputTokens, outputTokens, maxLatencyMs);
        if (problem.conflict().isPresent()) {
            return List.of();
        }
        Optional<double[]> cheapest = problem.solve(problem.scaledCosts, false, true, OptionalDouble.empty());
        if (cheapest.isEmpty()) {
            return List.of();
        }
        double low = dot(problem.qualities, cheapest.get());
        double high = Math.max(low, problem.highestQuality());
        List<Double> targets = new ArrayList<>();
        for (int i = 0; i < points; i++) {
            targets.add(points == 1 ? high : low + (high - low) * i / (points - 1));
        }
        for (RoutingTier tier : tiers) {
            if (tier.quality() > low && tier.quality() < high) {
                targets.add(tier.quality());
            }
        }
        targets.sort(null);
        List<OptimalMix.Found> curve = new ArrayList<>(targets.size());
        for (double target : targets) {
            problem.solve(problem.scaledCosts, false, true, OptionalDouble.of(target))
                    .ifPresent(shares -> curve.add(problem.found(target, shares)));
        }
        return curve;
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    /** The tiers as coefficient rows, and the limits every mix must keep. */
    private static final class Problem {
        final List<RoutingTier> tiers;
        final RouterOverhead overhead;
        final double inputTokens;
        final double outputTokens;
        final OptionalDouble maxLatencyMs;
        final double[] qualities;
        final double[] scaledCosts;
        final double[] scaledLatencies;
        final double latencyScale;

        Problem(List<RoutingTier> tiers, RouterOverhead overhead, double inputTokens, double outputTokens,
                OptionalDouble maxLatencyMs) {
            this.tiers = tiers;
            this.overhead = overhead;
            this.inputTokens = inputTokens;
            this.outputTokens = outputTokens;
            this.maxLatencyMs = maxLatencyMs;
            int n = tiers.size();
            qualities = new double[n];
            scaledCosts = new double[n];
            scaledLatencies = new double[n];
            double maxCost = 0;
            double maxLatency = 0; // costs scale by the largest too; below 1e-300 they are as good as equal
            for (RoutingTier tier : tiers) {
                maxCost = Math.max(maxCost, tier.usdPerQuery(inputTokens, outputTokens));
                maxLatency = Math.max(maxLatency, tier.latencyMs());
            }
            latencyScale = Math.max(maxLatency, 1); // scaled down only: a cap over a tiny scale would overflow

            for (int i = 0; i < n; i++) {
                RoutingTier tier = tiers.get(i);
                qualities[i] = tier.quality();
                scaledCosts[i] = maxCost > 1e-300 ? tier.usdPerQuery(inputTokens, outputTokens) / maxCost : 0;
                scaledLatencies[i] = tier.latencyMs() / latencyScale;
            }
        }

        /** Why the share bounds or the latency cap leave no mix at all, if they do. */
        Optional<String> conflict() {
            if (tiers.isEmpty()) {
                return Optional.of("There are no tiers to route to.");
            }
            double minTotal = 0;
            double maxTotal = 0;
            for (RoutingTier tier : tiers) {
                if (tier.minShare() > tier.maxShare() + TOLERANCE) {
                    return Optional.of("Tier '" + tier.name() + "' has a minimum share of " + Money.percent(tier.minShare())
                            + ", above its maximum of " + Money.percent(tier.maxShare()) + ".");
                }
                minTotal += tier.minShare();
                maxTotal += tier.maxShare();
            }
            if (minTotal > 1 + TOLERANCE) {
                return Optional.of("The tiers' minimum shares add up to " + Money.percent(minTotal) + ", more than 100%.");
            }
            if (maxTotal < 1 - TOLERANCE) {
                return Optional.of("The tiers' maximum shares add up to " + Money.percent(maxTotal) + ", less than 100%.");
            }
            if (maxLatencyMs.isPresent()) {
                double[] fastest = solve(scaledLatencies, false, false, OptionalDouble.empty()).orElseThrow();
                double latency = dot(scaledLatencies, fastest) * latencyScale + overhead.latencyMs();
                if (latency > maxLatencyMs.getAsDouble() + TOLERANCE) {
                    return Optional.of(String.format(java.util.Locale.ROOT,
                            "The fastest mix within the share limits takes %,.0f ms on average (router included), "
                                    + "above the latency cap of %,.0f ms.", latency, maxLatencyMs.getAsDouble()));
                }
            }
            return Optional.empty();
        }

        double highestQuality() {
            return solve(qualities, true, true, OptionalDouble.empty()).map(shares -> dot(qualities, shares)).orElse(0.0);
        }

        /**
         * Optimises {@code objective} over the shares: they total 1 and keep each tier's bounds, and
         * optionally the latency cap (router latency taken off it) and a minimum blended quality.
         *
         * @return the shares, or empty when no mix keeps the limits
         */
        Optional<double[]> solve(double[] objective, boolean maximise, boolean capLatency, OptionalDouble minQuality) {
            ExpressionsBasedModel model = new ExpressionsBasedModel();
            int n = tiers.size();
            Variable[] shares = new Variable[n];
            for (int i = 0; i < n; i++) {
                RoutingTier tier = tiers.get(i);
                shares[i] = model.addVariable("share" + i).lower(Math.max(0, tier.minShare()))
                        .upper(Math.min(1, tier.maxShare())).weight(objective[i]);
            }
            Expression total = model.addExpression("total").level(1);
            for (Variable share : shares) {
                total.set(share, 1);
            }
            if (capLatency && maxLatencyMs.isPresent()) {
                Expression latency = model.addExpression("latency")
                        .upper((maxLatencyMs.getAsDouble() - overhead.latencyMs()) / latencyScale);
                for (int i = 0; i < n; i++) {
                    latency.set(shares[i], scaledLatencies[i]);
                }
            }
            if (minQuality.isPresent()) {
                Expression quality = model.addExpression("quality").lower(minQuality.getAsDouble());
                for (int i = 0; i < n; i++) {
                    quality.set(shares[i], qualities[i]);
                }
            }
            Optimisation.Result result = maximise ? model.maximise() : model.minimise();
            if (!result.getState().isFeasible()) {
                return Optional.empty();
            }
            double[] values = new double[n];
            for (int i = 0; i < n; i++) {
                values[i] = result.doubleValue(i);
            }
            return Optional.of(values);
        }

        /** The mix of the solver's shares, cleaned of round-off (no negative share, total exactly 1). */
        OptimalMix.Found found(double target, double[] raw) {
            double total = 0;
            double[] shares = new double[raw.length];
            for (int i = 0; i < raw.length; i++) {
                shares[i] = Math.max(0, raw[i]);
                total += shares[i];
            }
            List<Double> list = new ArrayList<>(shares.length);
            List<RoutingTier> mixed = new ArrayList<>(tiers.size());
            for (int i = 0; i < shares.length; i++) {
                list.add(shares[i] / total);
                mixed.add(tiers.get(i).withShare(shares[i] / total));
            }
            return new OptimalMix.Found(target, list, RoutingMix.router(mixed, overhead, inputTokens, outputTokens));
        }
    }
}
