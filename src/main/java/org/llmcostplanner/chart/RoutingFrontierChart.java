package org.llmcostplanner.chart;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.util.ShapeUtils;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.llmcostplanner.model.Evaluation;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.model.format.Money;
import org.llmcostplanner.model.routing.OptimalMix;
import org.llmcostplanner.model.routing.RoutingMix;
import org.llmcostplanner.model.routing.RoutingOptimiser;
import org.llmcostplanner.model.routing.RoutingSection;

/**
 * The routing frontier: the cheapest cost per query a router over the tiers reaches for each
 * quality target (within the share bounds and the latency cap), with the plan's current mix and
 * the optimiser's answer for the target marked. Dataset 0 is the frontier line, dataset 1 the two
 * points (series {@link #CURRENT} and {@link #OPTIMAL}).
 */
final class RoutingFrontierChart implements ChartBuilder {
    static final int POINTS = 41;
    static final int CURRENT = 0;
    static final int OPTIMAL = 1;
    static final String CONTEXT_ID = "context";

    private record Shown(RoutingSection routing, double inputTokens, double outputTokens) {
    }

    @Override
    public String id() {
        return "routing-frontier";
    }

    @Override
    public String title() {
        return "Cheapest mix for a quality target";
    }

    @Override
    public Object shownInputs(Scenario scenario, Evaluation evaluation) {
        return new Shown(scenario.routing(), scenario.workload().inputTokensPerQuery(), scenario.workload().outputTokensPerQuery());
    }

    @Override
    public JFreeChart build(Scenario scenario, Evaluation evaluation) {
        NumberAxis xAxis = new NumberAxis("Quality target (%)");
        NumberAxis yAxis = new NumberAxis("Cheapest cost per query (USD)");
        XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, false);
        XYPlot plot = new CrispGridXYPlot(new XYSeriesCollection(), xAxis, yAxis, line);
        XYLineAndShapeRenderer points = new XYLineAndShapeRenderer(false, true);
        plot.setDataset(1, new XYSeriesCollection());
        plot.setRenderer(1, points);
        JFreeChart chart = new JFreeChart(title(), ChartStyle.TITLE_FONT, plot, true);
        chart.addSubtitle(0, ChartStyle.subtitle(CONTEXT_ID, ""));
        ChartStyle.apply(chart);
        ChartStyle.styleXyPlot(plot);
        DecimalFormatSymbols us = DecimalFormatSymbols.getInstance(Locale.US);
        xAxis.setNumberFormatOverride(new DecimalFormat("0.#'%'", us));
        xAxis.setAutoRangeIncludesZero(false);
        yAxis.setNumberFormatOverride(new DecimalFormat("$#,##0.######", us));
        yAxis.setAutoRangeIncludesZero(true);
        line.setSeriesPaint(0, ChartStyle.BLUE);
        line.setSeriesStroke(0, ChartStyle.line(3f));
        points.setSeriesPaint(CURRENT, Color.BLACK);
        points.setSeriesShape(CURRENT, ShapeUtils.createDiamond(7f));
        points.setSeriesPaint(OPTIMAL, ChartStyle.VERMILLION);
        points.setSeriesShape(OPTIMAL, new Rectangle2D.Double(-6, -6, 12, 12));
        ChartBuilder.quietly(chart, () -> refresh(chart, plot, scenario));
        return chart;
    }

    @Override
    public void update(JFreeChart chart, Scenario scenario, Evaluation evaluation) {
        if (!(chart.getPlot() instanceof XYPlot plot) || plot.getDatasetCount() < 2
                || !(plot.getDataset(1) instanceof XYSeriesCollection)) {
            throw new IllegalArgumentException("not a routing frontier chart");
        }
        ChartBuilder.quietly(chart, () -> refresh(chart, plot, scenario));
    }

    private static void refresh(JFreeChart chart, XYPlot plot, Scenario scenario) {
        Objects.requireNonNull(scenario, "scenario");
        RoutingSection routing = scenario.routing();
        double in = scenario.workload().inputTokensPerQuery();
        double out = scenario.workload().outputTokensPerQuery();
        List<OptimalMix.Found> curve = RoutingOptimiser.frontier(routing.tiers(), routing.router(), in, out, routing.latencyCap(), POINTS);
        XYSeries frontier = new XYSeries("Cheapest mix", false, true);
        for (OptimalMix.Found point : curve) {
            frontier.add(point.targetQuality() * 100, point.mix().usdPerQuery());
        }
        XYSeriesCollection lines = (XYSeriesCollection) plot.getDataset(0);
        lines.removeAllSeries();
        lines.addSeries(frontier);
        plot.getRenderer(0).setSeriesVisibleInLegend(0, frontier.getItemCount() > 0, false);

        RoutingMix current = routing.mix(in, out);
        XYSeries currentPoint = new XYSeries("Current mix (" + routing.strategy().label().toLowerCase(Locale.ROOT) + ")", false, true);
        if (!routing.tiers().isEmpty()) {
            currentPoint.add(current.quality() * 100, current.usdPerQuery());
        }
        XYSeries optimalPoint = new XYSeries("Cheapest for the target", false, true);
        Optional<OptimalMix> answer = routing.optimal(in, out);
        plot.clearDomainMarkers();
        if (answer.isPresent()) {
            double target = answer.get().targetQuality() * 100;
            plot.addDomainMarker(ChartStyle.verticalMarker(target, "Target " + Money.percent(answer.get().targetQuality()),
                    ChartStyle.MUTED_TEXT, false, 0), Layer.FOREGROUND);
            if (answer.get() instanceof OptimalMix.Found found) {
                optimalPoint.add(target, found.mix().usdPerQuery());
            }
        }
        XYSeriesCollection marks = (XYSeriesCollection) plot.getDataset(1);
        marks.removeAllSeries();
        marks.addSeries(currentPoint);
        marks.addSeries(optimalPoint);
        plot.getRenderer(1).setSeriesVisibleInLegend(OPTIMAL, optimalPoint.getItemCount() > 0, false);
        plot.getRenderer(1).setSeriesVisibleInLegend(CURRENT, currentPoint.getItemCount() > 0, false);
        plot.setNoDataMessage(routing.tiers().isEmpty() ? "No tiers yet: add them on the Routing tab"
                : "The share bounds and the latency cap leave no mix");
        ChartStyle.findSubtitle(chart, CONTEXT_ID).setText(answer.map(RoutingFrontierChart::describe).orElse(
                "Set a quality target to find the cheapest mix"));
    }

    /** "Cheapest for 92.0%: $0.001941 per query with 42.9% Medium, 57.1% Hard", or why there is none. */
    static String describe(OptimalMix answer) {
        if (answer instanceof OptimalMix.Found found) {
            return "Cheapest for " + Money.percent(found.targetQuality()) + ": " + Money.usdPrecise(found.mix().usdPerQuery())
                    + " per query with " + found.sharesText();
        }
        return ((OptimalMix.Infeasible) answer).reason();
    }
}
