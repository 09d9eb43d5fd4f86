package org.llmcostplanner.model.pareto;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

import org.llmcostplanner.model.format.Money;

/**
 * The frontier of a list of configurations and the configuration to recommend under constraints.
 * Immutable; the same set of configurations in any order gives the same frontier and the same
 * recommendation.
 */
public final class ParetoAnalysis {
    /** How to choose among the configurations that meet the constraints. */
    public enum Rule {
        /** The cheapest; ties go to higher quality, then lower latency, then name. */
        CHEAPEST("cheapest"),
        /** The highest quality; ties go to lower cost, then lower latency, then name. */
        HIGHEST_QUALITY("highest-quality");

        private final String id;

        Rule(String id) {
            this.id = id;
        }

        /** The name used in files, e.g. {@code highest-quality}. */
        public String id() {
            return id;
        }

        /** The rule named {@code id}, if any. */
        public static Optional<Rule> fromId(String id) {
            return Arrays.stream(values()).filter(rule -> rule.id.equals(id)).findFirst();
        }
    }

    /** Cost order of the frontier listing and the tie-breaks of {@link Rule#CHEAPEST}. */
    private static final Comparator<ParetoConfiguration> BY_COST = Comparator
            .comparingDouble((ParetoConfiguration c) -> c.costPerQueryUsd() + 0.0)
            .thenComparing(Comparator.comparingDouble((ParetoConfiguration c) -> c.quality() + 0.0).reversed())
            .thenComparingDouble(c -> c.latencyMs() + 0.0)
            .thenComparing(ParetoConfiguration::name);
    private static final Comparator<ParetoConfiguration> BY_QUALITY = Comparator
            .comparingDouble((ParetoConfiguration c) -> c.quality() + 0.0).reversed()
            .thenComparing(BY_COST);

    private final List<ParetoConfiguration> configurations;
    private final ParetoObjectives objectives;
    private final boolean[] onFrontier;
    private final List<ParetoConfiguration> frontier;
    private final OptionalInt recommended;
    private final String summary;

    private ParetoAnalysis(List<ParetoConfiguration> configurations, ParetoObjectives objectives, boolean[] onFrontier,
                           OptionalInt recommended, String summary) {
        this.configurations = configurations;
        this.objectives = objectives;
        this.onFrontier = onFrontier;
        List<ParetoConfiguration> members = new ArrayList<>();
        for (int i = 0; i < onFrontier.length; i++) {
            if (onFrontier[i]) {
                members.add(configurations.get(i));
            }
        }
        members.sort(BY_COST);
        this.frontier = List.copyOf(members);
        this.recommended = recommended;
        this.summary = summary;
    }

    /**
     * Analyses {@code configurations}, whose values must be finite (the scenario validator and
     * the CSV reader see to that).
     */
    public static ParetoAnalysis of(List<ParetoConfiguration> configurations, ParetoObjectives objectives,
                                    ParetoConstraints constraints, Rule rule) {
        List<ParetoConfiguration> all = List.copyOf(configurations);
        Objects.requireNonNull(objectives, "objectives");
        Objects.requireNonNull(constraints, "constraints");
        Objects.requireNonNull(rule, "rule");
        double[] cost = new double[all.size()];
        double[] quality = new double[all.size()];
        double[] latency = new double[all.size()];
        for (int i = 0; i < all.size(); i++) {
            cost[i] = all.get(i).costPerQueryUsd();
            quality[i] = all.get(i).quality();
            latency[i] = all.get(i).latencyMs();
        }
        boolean[] onFrontier = objectives == ParetoObjectives.COST_QUALITY
                ? ParetoFrontier.twoObjectives(cost, quality)
                : ParetoFrontier.threeObjectives(cost, quality, latency);

        int best = -1;
        Map<ParetoConstraints.Limit, Integer> excluded = new EnumMap<>(ParetoConstraints.Limit.class);
        Comparator<ParetoConfiguration> preference = rule == Rule.CHEAPEST ? BY_COST : BY_QUALITY;
        for (int i = 0; i < all.size(); i++) {
            List<ParetoConstraints.Limit> broken = constraints.broken(all.get(i));
            broken.forEach(limit -> excluded.merge(limit, 1, Integer::sum));
            if (broken.isEmpty() && (best < 0 || preference.compare(all.get(i), all.get(best)) < 0)) {
                best = i;
            }
        }
        String summary = best >= 0 ? recommendation(all.get(best), onFrontier[best], rule, constraints)
                : noneMeets(all.size(), excluded, constraints);
        return new ParetoAnalysis(all, objectives, onFrontier, best >= 0 ? OptionalInt.of(best) : OptionalInt.empty(), summary);
    }

    private static String recommendation(ParetoConfiguration chosen, boolean onFrontier, Rule rule,
                                         ParetoConstraints constraints) {
        String why = (rule == Rule.CHEAPEST ? "the cheapest" : "the highest quality")
                + (constraints.any() ? " within the constraints" : "");
        String frontierNote = onFrontier ? ""
                : "; not on the frontier: every configuration that dominates it breaks the latency limit";
        return "Recommended: " + chosen.name() + ", " + Money.percent(chosen.quality()) + " quality at "
                + Money.usdPrecise(chosen.costPerQueryUsd()) + " per query, " + Money.count(chosen.latencyMs())
                + " ms (" + why + frontierNote + ")";
    }

    private static String noneMeets(int count, Map<ParetoConstraints.Limit, Integer> excluded, ParetoConstraints constraints) {
        if (count == 0) {
            return "No configurations yet: add some, or import a CSV";
        }
        ParetoConstraints.Limit worst = null;
        for (var entry : excluded.entrySet()) {
            if (worst == null || entry.getValue() > excluded.get(worst)) {
                worst = entry.getKey();
            }
        }
        return "No configuration meets every constraint; " + constraints.describe(worst) + " excludes the most ("
                + excluded.get(worst) + " of " + count + ")";
    }

    public List<ParetoConfiguration> configurations() {
        return configurations;
    }

    public ParetoObjectives objectives() {
        return objectives;
    }

    /** Whether the configuration at {@code index} of {@link #configurations()} is on the frontier. */
    public boolean isOnFrontier(int index) {
        return onFrontier[index];
    }

    /** The frontier in cost order (cost, then quality descending, latency, name). */
    public List<ParetoConfiguration> frontier() {
        return frontier;
    }

    /** Index into {@link #configurations()} of the recommended configuration; empty when none meets the constraints. */
    public OptionalInt recommended() {
        return recommended;
    }

    /** The recommended configuration; empty when none meets the constraints. */
    public Optional<ParetoConfiguration> recommendedConfiguration() {
        return recommended.isPresent() ? Optional.of(configurations.get(recommended.getAsInt())) : Optional.empty();
    }

    /**
     * The cheapest configuration that dominates the point ({@code costPerQueryUsd}, {@code quality},
     * {@code latencyMs}) under this analysis's objectives: no worse on each, strictly better on one
     * (ties on cost go to higher quality). Latency counts only with three objectives and when
     * known (NaN: not measured); empty when nothing dominates the point.
     */
    public Optional<ParetoConfiguration> cheapestDominating(double costPerQueryUsd, double quality, double latencyMs) {
        boolean withLatency = objectives == ParetoObjectives.COST_QUALITY_LATENCY && !Double.isNaN(latencyMs);
        ParetoConfiguration best = null;
        for (ParetoConfiguration c : configurations) {
            boolean noWorse = c.costPerQueryUsd() <= costPerQueryUsd && c.quality() >= quality
                    && (!withLatency || c.latencyMs() <= latencyMs);
            boolean better = c.costPerQueryUsd() < costPerQueryUsd || c.quality() > quality
                    || (withLatency && c.latencyMs() < latencyMs);
            if (noWorse && better && (best == null || BY_COST.compare(c, best) < 0)) {
                best = c;
            }
        }
        return Optional.ofNullable(best);
    }

    /** One line naming the recommendation and why, or why there is none. */
    public String summary() {
        return summary;
    }
}
