package org.llmcostplanner.model.pareto;

import java.util.List;
import java.util.Objects;

/**
 * The scenario's Pareto analysis: the benchmarked configurations and how to read them.
 *
 * @param configurations in the user's order (the table's), never null
 * @param objectives     what the frontier is taken over
 * @param constraints    limits for the recommendation
 * @param rule           how to choose among configurations that meet the limits
 * @param plan           the current plan's measured quality and latency, for its point on the chart
 */
public record ParetoSection(List<ParetoConfiguration> configurations, ParetoObjectives objectives,
                            ParetoConstraints constraints, ParetoAnalysis.Rule rule, ParetoPlan plan) {
    /** No configurations, two objectives, no limits, cheapest first, the plan not measured. */
    public static final ParetoSection EMPTY = new ParetoSection(List.of(), ParetoObjectives.COST_QUALITY,
            ParetoConstraints.NONE, ParetoAnalysis.Rule.CHEAPEST, ParetoPlan.UNMEASURED);

    public ParetoSection {
        configurations = List.copyOf(configurations);
        Objects.requireNonNull(objectives, "objectives");
        Objects.requireNonNull(constraints, "constraints");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(plan, "plan");
    }

    /** The section analysed last and its analysis; one entry, as the window analyses its current section. */
    private record Analysed(ParetoSection section, ParetoAnalysis analysis) {
    }

    private static volatile Analysed lastAnalysed;

    /**
     * The frontier and the recommendation; the section must be valid (finite values). The window's
     * table and its chart thread both ask for the current section's analysis after every edit, so
     * the last one is kept: asked again for the same section object, this returns the same analysis.
     */
    public ParetoAnalysis analyse() {
        Analysed last = lastAnalysed;
        if (last != null && last.section() == this) {
            return last.analysis();
        }
        ParetoAnalysis analysis = ParetoAnalysis.of(configurations, objectives, constraints, rule);
        lastAnalysed = new Analysed(this, analysis);
        return analysis;
    }

    public ParetoSection withConfigurations(List<ParetoConfiguration> value) {
        return new ParetoSection(value, objectives, constraints, rule, plan);
    }

    public ParetoSection withObjectives(ParetoObjectives value) {
        return new ParetoSection(configurations, value, constraints, rule, plan);
    }

    public ParetoSection withConstraints(ParetoConstraints value) {
        return new ParetoSection(configurations, objectives, value, rule, plan);
    }

    public ParetoSection withRule(ParetoAnalysis.Rule value) {
        return new ParetoSection(configurations, objectives, constraints, value, plan);
    }

    public ParetoSection withPlan(ParetoPlan value) {
        return new ParetoSection(configurations, objectives, constraints, rule, value);
    }
}
