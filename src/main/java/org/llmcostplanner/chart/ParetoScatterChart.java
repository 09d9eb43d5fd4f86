package org.llmcostplanner.chart;

import java.awt.Color;
import java.awt.Polygon;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.llmcostplanner.model.Evaluation;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.model.format.Money;
import org.llmcostplanner.model.pareto.ParetoAnalysis;
import org.llmcostplanner.model.pareto.ParetoConfiguration;
import org.llmcostplanner.model.pareto.ParetoObjectives;
import org.llmcostplanner.model.pareto.ParetoPlan;
import org.llmcostplanner.model.pareto.ParetoSection;

/**
 * The benchmarked configurations as cost per query (log scale: costs span five orders of
 * magnitude) against quality, with the Pareto frontier named and, over cost and quality alone,
 * joined by a step line; the dominated configurations greyed and the recommended one highlighted.
 * Dataset 0 holds the step line; dataset 1 the points, series {@link #DOMINATED}, {@link #FRONTIER}
 * (in three-objective mode the frontier by latency instead, series {@link #FIRST_LATENCY_BAND} on,
 * coloured from fast to slow: viridis, readable with colour-blindness) and {@link #RECOMMENDED}. Dataset 2 holds the current
 * plan (the connected scenario's API cost per query at its measured quality) as one black diamond;
 * with its quality not measured, a dashed line marks its cost instead. Quality is plotted in percent.
 */
final class ParetoScatterChart implements ChartBuilder {
    /** Series of dataset 1, in drawing order: dominated points underneath, the recommendation on top. */
    static final int DOMINATED = 0;
    static final int FRONTIER = 1;
    static final int FIRST_LATENCY_BAND = 2;
    static final int RECOMMENDED = 6;
    /** Upper ends of the latency bands in ms; the last band is open. */
    static final double[] LATENCY_BANDS_MS = {100, 300, 1000};
    private static final String[] BAND_NAMES = {"Frontier, under 100 ms", "Frontier, 100-300 ms", "Frontier, 300 ms-1 s",
            "Frontier, 1 s or more"};
    private static final Color[] BAND_COLORS = {new Color(0x35B779), new Color(0x21918C), new Color(0x3B528B),
            new Color(0x440154)};
    static final String SUMMARY_ID = "summary";
    static final Color DOMINATED_GREY = new Color(0xAAAAAA);
    private static final double MARKER_RADIUS = 5;
    static final int PLAN_DATASET = 2;

    /** What the chart shows: the Pareto section and where the current plan stands. */
    private record Shown(ParetoSection pareto, String planName, ParetoPlan plan, double planCostPerQueryUsd) {
    }

    @Override
    public String id() {
        return "pareto-scatter";
    }

    @Override
    public String title() {
        return "Cost vs quality: the Pareto frontier";
    }

    @Override
    public JFreeChart build(Scenario scenario, Evaluation evaluation) {
        LogAxis xAxis = new LogAxis("Cost per query (USD, log scale)");
        NumberAxis yAxis = new NumberAxis("Quality (%)");
        XYStepRenderer steps = new XYStepRenderer();
        XYPlot plot = new CrispGridXYPlot(new XYSeriesCollection(), xAxis, yAxis, steps);
        plot.setDataset(1, new XYSeriesCollection());
        plot.setRenderer(1, new SpriteMarkerRenderer());
        // Datasets and series draw in index order, so the line lies under the points, the dominated
        // points under the frontier, and the recommendation and the current plan on top.
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        plot.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD);
        steps.setDefaultCreateEntities(false); // the points carry the tooltips; the line's entities would hide them
        plot.setDataset(PLAN_DATASET, new XYSeriesCollection());
        plot.setRenderer(PLAN_DATASET, new XYLineAndShapeRenderer(false, true));
        JFreeChart chart = new JFreeChart(title(), ChartStyle.TITLE_FONT, plot, true);
        chart.addSubtitle(0, ChartStyle.subtitle(SUMMARY_ID, ""));
        ChartStyle.apply(chart);
        style(plot, xAxis, yAxis);
        ChartBuilder.quietly(chart, () -> refresh(chart, plot, scenario, evaluation));
        return chart;
    }

    @Override
    public Object shownInputs(Scenario scenario, Evaluation evaluation) {
        return new Shown(scenario.pareto(), scenario.planName(), scenario.planMeasurements(), evaluation.apiUsdPerQuery());
    }

    @Override
    public void update(JFreeChart chart, Scenario scenario, Evaluation evaluation) {
        if (!(chart.getPlot() instanceof XYPlot plot) || plot.getDatasetCount() <= PLAN_DATASET
                || !(plot.getRenderer(0) instanceof XYStepRenderer)) {
            throw new IllegalArgumentException("not a Pareto scatter chart");
        }
        ChartBuilder.quietly(chart, () -> refresh(chart, plot, scenario, evaluation));
    }

    private static void refresh(JFreeChart chart, XYPlot plot, Scenario scenario, Evaluation evaluation) {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(evaluation, "evaluation");
        ParetoAnalysis analysis = scenario.pareto().analyse();
        List<ParetoConfiguration> all = analysis.configurations();
        int chosen = analysis.recommended().orElse(-1);
        boolean byLatency = analysis.objectives() == ParetoObjectives.COST_QUALITY_LATENCY;
        XYSeries[] series = new XYSeries[RECOMMENDED + 1];
        series[FRONTIER] = new XYSeries("On the frontier", false, true);
        series[DOMINATED] = new XYSeries("Dominated", false, true);
        series[RECOMMENDED] = new XYSeries("Recommended", false, true);
        for (int band = 0; band < BAND_NAMES.length; band++) {
            series[FIRST_LATENCY_BAND + band] = new XYSeries(BAND_NAMES[band], false, true);
        }
        List<List<ParetoConfiguration>> shown = new ArrayList<>();
        for (int k = 0; k < series.length; k++) {
            shown.add(new ArrayList<>());
        }
        List<Point2D> points = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            ParetoConfiguration c = all.get(i);
            if (!(c.costPerQueryUsd() > 0)) {
                continue; // a log axis has no place for a free configuration; the table still lists it
            }
            int kind = i == chosen ? RECOMMENDED : !analysis.isOnFrontier(i) ? DOMINATED
                    : byLatency ? FIRST_LATENCY_BAND + band(c.latencyMs()) : FRONTIER;
            series[kind].add(c.costPerQueryUsd(), c.quality() * 100);
            shown.get(kind).add(c);
            points.add(new Point2D.Double(c.costPerQueryUsd(), c.quality() * 100));
        }
        // The recommendation is named first, so it gets the best spot; then the frontier in cost order.
        List<PointLabels.Label> labels = new ArrayList<>();
        XYSeries line = new XYSeries("Pareto frontier", false, true);
        ParetoConfiguration best = analysis.recommendedConfiguration().orElse(null);
        if (best != null && best.costPerQueryUsd() > 0) {
            labels.add(label(best));
        }
        for (ParetoConfiguration c : analysis.frontier()) {
            if (c.costPerQueryUsd() > 0) {
                if (!byLatency) { // with latency the frontier need not rise with cost: no staircase joins it
                    line.add(c.costPerQueryUsd(), c.quality() * 100);
                }
                if (c != best) {
                    labels.add(label(c));
                }
            }
        }
        XYSeriesCollection lineData = (XYSeriesCollection) plot.getDataset(0);
        lineData.removeAllSeries();
        lineData.addSeries(line);
        XYSeriesCollection pointData = (XYSeriesCollection) plot.getDataset(1);
        pointData.removeAllSeries();
        for (int k = 0; k < series.length; k++) {
            pointData.addSeries(series[k]);
            plot.getRenderer(1).setSeriesVisibleInLegend(k, series[k].getItemCount() > 0, false); // only what is drawn
        }
        SpriteMarkerRenderer.SnapshotToolTips tooltips = (dataset, s, item) -> tooltip(shown.get(s).get(item));
        plot.getRenderer(1).setDefaultToolTipGenerator(tooltips); // reads only this redraw's lists
        plot.clearAnnotations();
        showPlan(plot, scenario, evaluation.apiUsdPerQuery(), labels, points);
        plot.addAnnotation(new PointLabels(labels, points, steps(line), MARKER_RADIUS), false);
        fitAxes(plot, points, evaluation.apiUsdPerQuery());
        sideOfPlanLabel(plot);
        ChartStyle.findSubtitle(chart, SUMMARY_ID).setText(analysis.summary());
    }

    /**
     * The current plan's point and its label, second in line to find a spot (after the
     * recommendation's, or after the cheapest frontier point's when nothing is recommended); with
     * its quality not measured, a dashed line at its cost; nothing when it has no cost to show.
     */
    private static void showPlan(XYPlot plot, Scenario scenario, double costPerQueryUsd, List<PointLabels.Label> labels,
                                 List<Point2D> points) {
        XYSeriesCollection planData = (XYSeriesCollection) plot.getDataset(PLAN_DATASET);
        planData.removeAllSeries();
        plot.clearDomainMarkers();
        XYSeries planSeries = new XYSeries("Current plan", false, true);
        String name = "Current plan (" + scenario.planName() + ")";
        ParetoPlan plan = scenario.planMeasurements();
        if (costPerQueryUsd > 0 && plan.quality().enabled()) {
            double quality = plan.quality().value() * 100;
            planSeries.add(costPerQueryUsd, quality);
            labels.add(Math.min(labels.size(), 1), new PointLabels.Label(costPerQueryUsd, quality, name));
            points.add(new Point2D.Double(costPerQueryUsd, quality));
            String latency = plan.latencyMs().enabled() ? Money.count(plan.latencyMs().value()) + " ms" : "latency not measured";
            plot.getRenderer(PLAN_DATASET).setDefaultToolTipGenerator((dataset, s, item) -> name + ": "
                    + Money.percent(plan.quality().value()) + " quality, " + Money.usdPrecise(costPerQueryUsd)
                    + " per query, " + latency);
        } else if (costPerQueryUsd > 0) {
            ValueMarker marker = new ValueMarker(costPerQueryUsd, Color.BLACK, ChartStyle.dashed(1.5f));
            marker.setLabel("Current plan: quality not measured"); // short, to fit beside its line; the tab names the model
            marker.setLabelFont(ChartStyle.LABEL_FONT);
            marker.setLabelPaint(Color.BLACK);
            marker.setLabelBackgroundColor(new Color(255, 255, 255, 230));
            plot.addDomainMarker(marker);
        }
        planData.addSeries(planSeries);
        plot.getRenderer(PLAN_DATASET).setSeriesVisibleInLegend(0, planSeries.getItemCount() > 0, false);
    }

    /**
     * The unmeasured plan's label reads away from the nearer edge: right of its line in the left
     * part of the plot, left of it in the right part, so it is never cut off.
     */
    private static void sideOfPlanLabel(XYPlot plot) {
        var markers = plot.getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND);
        if (markers == null) {
            return;
        }
        LogAxis axis = (LogAxis) plot.getDomainAxis();
        for (Object each : markers) {
            ValueMarker marker = (ValueMarker) each;
            double lower = Math.log10(axis.getLowerBound());
            double fraction = (Math.log10(marker.getValue()) - lower) / (Math.log10(axis.getUpperBound()) - lower);
            boolean right = fraction < 0.45;
            marker.setLabelAnchor(right ? RectangleAnchor.TOP_RIGHT : RectangleAnchor.TOP_LEFT);
            marker.setLabelTextAnchor(right ? TextAnchor.TOP_LEFT : TextAnchor.TOP_RIGHT);
        }
    }

    /** The segments the step renderer draws: across to the next point's cost, then up to its quality. */
    private static List<Line2D> steps(XYSeries line) {
        List<Line2D> segments = new ArrayList<>();
        for (int i = 1; i < line.getItemCount(); i++) {
            double x0 = line.getX(i - 1).doubleValue();
            double y0 = line.getY(i - 1).doubleValue();
            double x1 = line.getX(i).doubleValue();
            double y1 = line.getY(i).doubleValue();
            segments.add(new Line2D.Double(x0, y0, x1, y0));
            segments.add(new Line2D.Double(x1, y0, x1, y1));
        }
        return segments;
    }

    private static int band(double latencyMs) {
        int band = 0;
        while (band < LATENCY_BANDS_MS.length && latencyMs >= LATENCY_BANDS_MS[band]) {
            band++;
        }
        return band;
    }

    private static PointLabels.Label label(ParetoConfiguration c) {
        return new PointLabels.Label(c.costPerQueryUsd(), c.quality() * 100, c.name());
    }

    private static String tooltip(ParetoConfiguration c) {
        return c.name() + ": " + Money.percent(c.quality()) + " quality, " + Money.usdPrecise(c.costPerQueryUsd())
                + " per query, " + Money.count(c.latencyMs()) + " ms";
    }

    /**
     * Room for a marker beyond the cheapest and dearest cost (the plan's included when it has
     * one), and quality from under the lowest to 100%.
     */
    private static void fitAxes(XYPlot plot, List<Point2D> points, double planCostPerQueryUsd) {
        double minCost = points.stream().mapToDouble(Point2D::getX).min().orElse(1e-5);
        double maxCost = points.stream().mapToDouble(Point2D::getX).max().orElse(1);
        if (planCostPerQueryUsd > 0) {
            minCost = Math.min(minCost, planCostPerQueryUsd);
            maxCost = Math.max(maxCost, planCostPerQueryUsd);
        }
        double minQuality = points.stream().mapToDouble(Point2D::getY).min().orElse(0);
        plot.getDomainAxis().setRange(minCost / 2, maxCost * 2);
        plot.getRangeAxis().setRange(Math.max(0, Math.floor(minQuality / 10) * 10 - 5), 101);
    }

    private static void style(XYPlot plot, LogAxis xAxis, NumberAxis yAxis) {
        // fitAxes sets the range; JFreeChart's own log auto-range fails on a lone value above ~1e8
        // ("A positive range length is required") when it pads [v, v] by less than v's precision.
        xAxis.setAutoRange(false);
        xAxis.setRange(1e-5, 1);
        xAxis.setAutoTickUnitSelection(false);
        xAxis.setTickUnit(new NumberTickUnit(1, new DecimalFormat("0"), 9), false, false);
        xAxis.setMinorTickMarksVisible(true);
        xAxis.setNumberFormatOverride(new DecimalFormat("$#,##0.#######", DecimalFormatSymbols.getInstance(Locale.US)));
        yAxis.setTickUnit(new NumberTickUnit(10, new DecimalFormat("0'%'", DecimalFormatSymbols.getInstance(Locale.US))));
        ChartStyle.styleXyPlot(plot);
        plot.setNoDataMessage(null); // the subtitle says what to do when there are no configurations
        XYStepRenderer steps = (XYStepRenderer) plot.getRenderer(0);
        steps.setSeriesPaint(0, ChartStyle.BLUE);
        steps.setSeriesStroke(0, ChartStyle.line(2f));
        steps.setSeriesVisibleInLegend(0, false);
        XYLineAndShapeRenderer dots = (XYLineAndShapeRenderer) plot.getRenderer(1);
        dots.setDefaultEntityRadius((int) MARKER_RADIUS + 1);
        double r = MARKER_RADIUS;
        dots.setSeriesShape(FRONTIER, new Ellipse2D.Double(-r, -r, 2 * r, 2 * r));
        dots.setSeriesShape(DOMINATED, new Ellipse2D.Double(-r, -r, 2 * r, 2 * r));
        dots.setSeriesShape(RECOMMENDED, new Rectangle2D.Double(-r - 1, -r - 1, 2 * r + 2, 2 * r + 2));
        dots.setSeriesPaint(FRONTIER, ChartStyle.BLUE);
        dots.setSeriesPaint(DOMINATED, DOMINATED_GREY);
        dots.setSeriesPaint(RECOMMENDED, ChartStyle.VERMILLION);
        for (int band = 0; band < BAND_COLORS.length; band++) {
            dots.setSeriesShape(FIRST_LATENCY_BAND + band, new Ellipse2D.Double(-r, -r, 2 * r, 2 * r));
            dots.setSeriesPaint(FIRST_LATENCY_BAND + band, BAND_COLORS[band]);
        }
        XYLineAndShapeRenderer planDot = (XYLineAndShapeRenderer) plot.getRenderer(PLAN_DATASET);
        double d = r + 2;
        planDot.setSeriesShape(0, new Polygon(new int[]{0, (int) d, 0, (int) -d}, new int[]{(int) -d, 0, (int) d, 0}, 4));
        planDot.setSeriesPaint(0, Color.BLACK);
    }
}
