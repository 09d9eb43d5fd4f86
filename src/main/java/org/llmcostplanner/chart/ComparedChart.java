package org.llmcostplanner.chart;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.jfree.chart.JFreeChart;
import org.llmcostplanner.model.Evaluation;
import org.llmcostplanner.model.Scenario;

/**
 * One side of two plans' charts shown as a pair: the chart of another builder for plan A (a fixed
 * snapshot held here) or for plan B (the plan {@link #build} and {@link #update} are given), titled
 * "A: name" or "B: name" with the chart's own title as the first subtitle, so an exported picture
 * says which plan and which chart it is.
 *
 * <p>With {@code sameScale} a chart that can share its value axis ({@link SharedScaleChart}, the
 * savings waterfall) draws both sides on one axis, from 0 to the higher plan's highest value, and the
 * subtitle says so; the chart of A then follows B's edits when they move that top. Other charts (the
 * TCO pie) are drawn as they are. Immutable and thread-safe, as a builder must be.
 */
public final class ComparedChart implements ChartBuilder {
    /** Which plan a chart shows. */
    public enum Side {
        A, B;

        Side other() {
            return this == A ? B : A;
        }
    }

    static final String WHAT_ID = "compared-what";

    private final ChartBuilder chart;
    private final Side side;
    private final Scenario planA;
    private final Evaluation evaluationA;
    /** The chart when it shares its value axis with the other side's; null when each side has its own. */
    private final SharedScaleChart sharedScale;
    /** Plan A's highest value on the shared axis, 0 without one. */
    private final double highestA;

    private ComparedChart(ChartBuilder chart, Side side, Scenario planA, Evaluation evaluationA, boolean sameScale) {
        this.chart = Objects.requireNonNull(chart, "chart");
        this.side = Objects.requireNonNull(side, "side");
        this.planA = Objects.requireNonNull(planA, "planA");
        this.evaluationA = Objects.requireNonNull(evaluationA, "evaluationA");
        this.sharedScale = sameScale && chart instanceof SharedScaleChart shared ? shared : null;
        this.highestA = sharedScale == null ? 0 : sharedScale.highestValue(planA, evaluationA);
    }

    /**
     * The chart of {@code side}'s plan.
     *
     * @param chart       the chart to show, e.g. {@link Charts#SAVINGS_WATERFALL}
     * @param planA       plan A as it is compared; {@code evaluationA} must be its evaluation
     * @param sameScale   whether A and B share one value axis when {@code chart} can
     */
    public static ComparedChart of(ChartBuilder chart, Side side, Scenario planA, Evaluation evaluationA,
                                   boolean sameScale) {
        return new ComparedChart(chart, side, planA, evaluationA, sameScale);
    }

    /** The chart's id with the side: {@code savings-waterfall-a}. */
    @Override
    public String id() {
        return chart.id() + "-" + side.name().toLowerCase(Locale.ROOT);
    }

    /** The chart's title with the side: {@code A: Monthly TCO by category}. */
    @Override
    public String title() {
        return side + ": " + chart.title();
    }

    /** Whether the two sides share one value axis. */
    public boolean sharesScale() {
        return sharedScale != null;
    }

    /**
     * The chart of this side's plan.
     *
     * @param planB       plan B, the live plan; the chart of A reads only its highest value, for the shared axis
     * @param evaluationB its evaluation
     */
    @Override
    public JFreeChart build(Scenario planB, Evaluation evaluationB) {
        Scenario plan = plan(planB);
        Evaluation evaluation = evaluation(evaluationB);
        JFreeChart built = sharedScale == null ? chart.build(plan, evaluation)
                : sharedScale.build(plan, evaluation, otherHighest(planB, evaluationB));
        ChartBuilder.quietly(built, () -> {
            built.getTitle().setText(titleOf(plan));
            built.addSubtitle(0, ChartStyle.subtitle(WHAT_ID, what()));
        });
        return built;
    }

    @Override
    public void update(JFreeChart target, Scenario planB, Evaluation evaluationB) {
        ChartStyle.findSubtitle(target, WHAT_ID); // fails for a chart this builder did not build
        Scenario plan = plan(planB);
        Evaluation evaluation = evaluation(evaluationB);
        // The title changes with the chart's own update in one change event: the wrapped update
        // releases the events held back here when it ends (the ChartBuilder contract); if it held
        // none back itself, they are released after it.
        target.setNotify(false);
        target.getTitle().setText(titleOf(plan));
        if (sharedScale == null) {
            chart.update(target, plan, evaluation);
        } else {
            sharedScale.update(target, plan, evaluation, otherHighest(planB, evaluationB));
        }
        if (!target.isNotify()) {
            target.setNotify(true);
        }
    }

    /**
     * What the picture depends on. A: nothing for a chart of its own (A is fixed), else the top of
     * the shared axis. B: its name (in the title) and what the chart shows of it.
     */
    @Override
    public Object shownInputs(Scenario planB, Evaluation evaluationB) {
        if (side == Side.B) {
            return List.of(planB.name(), chart.shownInputs(planB, evaluationB));
        }
        return sharedScale == null ? side : Math.max(highestA, sharedScale.highestValue(planB, evaluationB));
    }

    private Scenario plan(Scenario planB) {
        return side == Side.A ? planA : Objects.requireNonNull(planB, "planB");
    }

    private Evaluation evaluation(Evaluation evaluationB) {
        return side == Side.A ? evaluationA : Objects.requireNonNull(evaluationB, "evaluationB");
    }

    /** The other plan's highest value, which this side's axis must reach too. */
    private double otherHighest(Scenario planB, Evaluation evaluationB) {
        return side == Side.A ? sharedScale.highestValue(planB, evaluationB) : highestA;
    }

    private String titleOf(Scenario plan) {
        return side + ": " + (plan.name().isBlank() ? "(no name)" : plan.name().strip());
    }

    private String what() {
        return chart.title() + (sharedScale == null ? "" : " (same scale as " + side.other() + ")");
    }
}
