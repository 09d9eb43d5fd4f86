package org.llmcostplanner.chart;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPosition;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.CategoryLabelWidthType;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultIntervalCategoryDataset;
import org.llmcostplanner.model.Evaluation;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.model.format.Money;
import org.llmcostplanner.model.plan.SavingsWaterfall;
import org.llmcostplanner.model.plan.WaterfallStep;

/**
 * The savings waterfall: the monthly API cost of the baseline, one floating bar per lever in the
 * plan's fixed order (down for a saving, up for a lever that adds cost), and the optimised cost.
 * Every bar is labelled with its dollars and its percentage of the baseline, both as
 * {@link SavingsWaterfall} shows them, so the labels add up to the cent and the tenth of a percent.
 * The dataset has one series and six columns: each column's start and end value are the bar's ends
 * (0 to the cost for the two totals), all finite and not negative. The value axis runs from 0 to
 * the highest cost plus {@link #HEADROOM}, or to another plan's highest cost when that is higher
 * ({@link SharedScaleChart}).
 */
final class SavingsWaterfallChart implements SharedScaleChart {
    static final String SERIES = "Monthly API cost";
    static final String RANGE_LABEL = "API cost (USD per month)";
    static final String CONTEXT_ID = "context";
    /** Room above the highest bar for its two-line label, as a fraction of the highest cost. */
    static final double HEADROOM = 0.24;

    /** What the picture depends on: the traffic, the reference model and the four levers. */
    private record Shown(Object workload, Object referenceModel, Object routing, Object prompts, Object caching,
                         Object batching) {
    }

    @Override
    public String id() {
        return "savings-waterfall";
    }

    @Override
    public String title() {
        return "Savings waterfall: monthly API cost";
    }

    @Override
    public Object shownInputs(Scenario scenario, Evaluation evaluation) {
        return new Shown(scenario.workload(), scenario.referenceModel(), scenario.routing(), scenario.prompts(),
                scenario.caching(), scenario.batching());
    }

    @Override
    public JFreeChart build(Scenario scenario, Evaluation evaluation) {
        return build(scenario, evaluation, 0);
    }

    @Override
    public void update(JFreeChart chart, Scenario scenario, Evaluation evaluation) {
        update(chart, scenario, evaluation, 0);
    }

    /** The highest cost level, USD per month: the baseline, unless a lever adds cost. */
    @Override
    public double highestValue(Scenario scenario, Evaluation evaluation) {
        return highest(SavingsWaterfall.of(scenario, evaluation));
    }

    @Override
    public JFreeChart build(Scenario scenario, Evaluation evaluation, double atLeast) {
        CategoryAxis xAxis = new CategoryAxis(null);
        NumberAxis yAxis = new NumberAxis(RANGE_LABEL);
        StepBarRenderer renderer = new StepBarRenderer();
        CategoryPlot plot = new CategoryPlot(dataset(List.of("Baseline"), new double[] {0}, new double[] {0}),
                xAxis, yAxis, renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        JFreeChart chart = new JFreeChart(title(), ChartStyle.TITLE_FONT, plot, true);
        chart.addSubtitle(0, ChartStyle.subtitle(CONTEXT_ID, ""));
        ChartStyle.apply(chart);
        style(plot, xAxis, yAxis);
        ChartBuilder.quietly(chart, () -> refresh(chart, plot, renderer, scenario, evaluation, atLeast));
        return chart;
    }

    @Override
    public void update(JFreeChart chart, Scenario scenario, Evaluation evaluation, double atLeast) {
        if (!(chart.getPlot() instanceof CategoryPlot plot) || !(plot.getRenderer() instanceof StepBarRenderer renderer)) {
            throw new IllegalArgumentException("not a savings waterfall chart");
        }
        ChartBuilder.quietly(chart, () -> refresh(chart, plot, renderer, scenario, evaluation, atLeast));
    }

    private static void style(CategoryPlot plot, CategoryAxis xAxis, NumberAxis yAxis) {
        ChartStyle.styleAxis(xAxis);
        ChartStyle.styleAxis(yAxis);
        xAxis.setTickLabelPaint(ChartStyle.TEXT);
        // A name may be as wide as its bar and the gaps either side (a margin of 0.3 over six columns
        // leaves gaps of over half a bar's width): "Baseline" stays whole on a small chart.
        CategoryLabelPosition standard = CategoryLabelPositions.STANDARD.getLabelPosition(RectangleEdge.BOTTOM);
        xAxis.setCategoryLabelPositions(CategoryLabelPositions.replaceBottomPosition(CategoryLabelPositions.STANDARD,
                new CategoryLabelPosition(standard.getCategoryAnchor(), standard.getLabelAnchor(),
                        standard.getRotationAnchor(), standard.getAngle(), CategoryLabelWidthType.CATEGORY, 1.5f)));
        xAxis.setMaximumCategoryLabelLines(2);
        xAxis.setCategoryMargin(0.3);
        xAxis.setLowerMargin(0.02);
        xAxis.setUpperMargin(0.02);
        yAxis.setNumberFormatOverride(CompactFormat.usd());
        yAxis.setAutoRange(false);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        plot.setRangeGridlineStroke(ChartStyle.line(1f));
        plot.setDomainGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setInsets(new RectangleInsets(4, 4, 4, 12));
    }

    private static void refresh(JFreeChart chart, CategoryPlot plot, StepBarRenderer renderer, Scenario scenario,
                                Evaluation evaluation, double atLeast) {
        Objects.requireNonNull(scenario, "scenario");
        SavingsWaterfall waterfall = SavingsWaterfall.of(scenario, Objects.requireNonNull(evaluation, "evaluation"));
        int last = waterfall.levelCount() - 1;
        List<String> names = new ArrayList<>();
        List<StepBarRenderer.Bar> bars = new ArrayList<>();
        double[] starts = new double[last + 2];
        double[] ends = new double[last + 2];
        names.add("Baseline");
        bars.add(total("Baseline", waterfall.shownLevelUsd(0), waterfall.shownLevelPercent(0)));
        ends[0] = finite(waterfall.levelUsd(0));
        boolean addsCost = false;
        for (int k = 0; k < last; k++) {
            WaterfallStep step = waterfall.steps().get(k);
            names.add(step.lever().label() + (step.on() ? "" : " (off)"));
            bars.add(step(step, waterfall.shownSavingUsd(k), waterfall.shownSavingPercent(k)));
            starts[k + 1] = finite(waterfall.levelUsd(k));
            ends[k + 1] = finite(waterfall.levelUsd(k + 1));
            addsCost |= step.addsCost();
        }
        names.add("Optimised");
        bars.add(total("Optimised", waterfall.shownLevelUsd(last), waterfall.shownLevelPercent(last)));
        ends[last + 1] = finite(waterfall.levelUsd(last));

        renderer.setBars(bars);
        plot.setDataset(dataset(names, starts, ends));
        double highest = Math.max(highest(waterfall), finite(atLeast));
        plot.getRangeAxis().setRange(0, highest > 0 ? highest * (1 + HEADROOM) : 1);
        plot.setFixedLegendItems(legend(addsCost));
        ChartStyle.findSubtitle(chart, CONTEXT_ID).setText(context(waterfall));
    }

    /** The highest cost level as drawn. */
    private static double highest(SavingsWaterfall waterfall) {
        double highest = 0;
        for (int level = 0; level < waterfall.levelCount(); level++) {
            highest = Math.max(highest, finite(waterfall.levelUsd(level)));
        }
        return highest;
    }

    private static DefaultIntervalCategoryDataset dataset(List<String> names, double[] starts, double[] ends) {
        Number[][] from = new Number[1][starts.length];
        Number[][] to = new Number[1][ends.length];
        for (int i = 0; i < starts.length; i++) {
            from[0][i] = starts[i];
            to[0][i] = ends[i];
        }
        return new DefaultIntervalCategoryDataset(new Comparable<?>[] {SERIES}, names.toArray(new Comparable<?>[0]), from, to);
    }

    /** A cost as drawn: 0 for anything not finite or negative (the evaluator gives neither; a chart must never see them). */
    private static double finite(double usd) {
        return Double.isFinite(usd) && usd > 0 ? usd : 0;
    }

    private static StepBarRenderer.Bar total(String name, BigDecimal usd, Optional<BigDecimal> percent) {
        String amount = Money.usd(usd);
        String share = percent.map(p -> p.toPlainString() + "% of the baseline").orElse("");
        List<String> lines = percent.isPresent() ? List.of(amount, percent.get().toPlainString() + "%") : List.of(amount);
        List<String> shortForm = percent.isPresent() ? List.of(compact(usd), lines.get(1)) : List.of(compact(usd));
        return new StepBarRenderer.Bar(ChartStyle.BLUE, lines, shortForm,
                name + ": " + amount + " per month" + (share.isEmpty() ? "" : ", " + share));
    }

    /** A lever: its change of cost, "-$9,453.38" and "-6.0%" for a saving, "+$300.00" for added cost. */
    private static StepBarRenderer.Bar step(WaterfallStep step, BigDecimal savingUsd, Optional<BigDecimal> savingPercent) {
        BigDecimal change = savingUsd.negate();
        String sign = change.signum() > 0 ? "+" : "";
        String amount = sign + Money.usd(change);
        Optional<String> percent = savingPercent.map(p -> (p.signum() < 0 ? "+" : "") + p.negate().toPlainString() + "%");
        List<String> lines = new ArrayList<>(List.of(amount));
        if (!step.on()) {
            lines.add("off");
        } else {
            percent.ifPresent(lines::add);
        }
        String what = !step.on() ? "switched off, changes nothing"
                : step.addsCost() ? "adds " + Money.usd(change) + " a month" + percent.map(p -> " (" + p + " of the baseline)").orElse("")
                : "saves " + Money.usd(savingUsd) + " a month" + savingPercent.map(p -> " (" + p.toPlainString()
                        + "% of the baseline)").orElse("");
        Color paint = step.addsCost() ? ChartStyle.VERMILLION : ChartStyle.GREEN;
        List<String> shortForm = new ArrayList<>(lines);
        shortForm.set(0, sign + compact(change));
        return new StepBarRenderer.Bar(paint, lines, shortForm, step.lever().label() + ": " + what);
    }

    /** {@code $94.5K}, {@code -$94.5K}: for columns too narrow for cents. */
    private static String compact(BigDecimal usd) {
        String digits = Money.compact(Math.abs(usd.doubleValue()));
        return (usd.signum() < 0 ? "-$" : "$") + digits;
    }

    private static LegendItemCollection legend(boolean addsCost) {
        LegendItemCollection items = new LegendItemCollection();
        Rectangle2D square = new Rectangle2D.Double(-6, -6, 12, 12);
        items.add(new LegendItem("Monthly API cost", null, null, null, square, ChartStyle.BLUE));
        items.add(new LegendItem("Saving", null, null, null, square, ChartStyle.GREEN));
        if (addsCost) {
            items.add(new LegendItem("Adds cost", null, null, null, square, ChartStyle.VERMILLION));
        }
        return items;
    }

    private static String context(SavingsWaterfall waterfall) {
        int last = waterfall.levelCount() - 1;
        Optional<BigDecimal> optimisedPercent = waterfall.shownLevelPercent(last);
        if (optimisedPercent.isEmpty()) {
            return "No API cost to save: no traffic, or a reference model that costs nothing";
        }
        BigDecimal cut = BigDecimal.valueOf(1000, 1).subtract(optimisedPercent.get());
        String optimised = "Optimised " + Money.usd(waterfall.shownLevelUsd(last)) + " a month: ";
        String baseline = " the " + Money.usd(waterfall.shownLevelUsd(0)) + " baseline";
        return optimised + (cut.signum() >= 0 ? cut.toPlainString() + "% below" : cut.negate().toPlainString() + "% above")
                + baseline;
    }
}
