package org.llmcostplanner.chart;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.labels.StandardCategoryToolTipGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.llmcostplanner.model.Evaluation;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.model.format.Money;
import org.llmcostplanner.model.routing.RoutingMix;
import org.llmcostplanner.model.routing.RoutingSection;
import org.llmcostplanner.model.routing.RoutingStrategy;
import org.llmcostplanner.model.routing.TierLoad;

/**
 * Per tier, the share of traffic it answers next to its share of the model spend, for the
 * routing section's strategy: a cheap tier carrying most of the traffic and little of the cost
 * is the point of routing. Rows are {@link #TRAFFIC} and {@link #COST}; columns the tiers.
 */
final class RoutingShareChart implements ChartBuilder {
    static final String TRAFFIC = "Traffic share";
    static final String COST = "Cost share";
    static final String CONTEXT_ID = "context";
    static final String NOTE_ID = "note";

    /** Everything the picture depends on: not the volume, which scales traffic and cost alike. */
    private record Shown(RoutingSection routing, double inputTokens, double outputTokens) {
    }

    @Override
    public String id() {
        return "routing-shares";
    }

    @Override
    public String title() {
        return "Traffic share vs cost share per tier";
    }

    @Override
    public Object shownInputs(Scenario scenario, Evaluation evaluation) {
        return new Shown(scenario.routing(), scenario.workload().inputTokensPerQuery(), scenario.workload().outputTokensPerQuery());
    }

    @Override
    public JFreeChart build(Scenario scenario, Evaluation evaluation) {
        CategoryAxis xAxis = new CategoryAxis("Tier");
        NumberAxis yAxis = new NumberAxis("Share (%)");
        BarRenderer renderer = new BarRenderer();
        CategoryPlot plot = new CategoryPlot(new DefaultCategoryDataset(), xAxis, yAxis, renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        JFreeChart chart = new JFreeChart(title(), ChartStyle.TITLE_FONT, plot, true);
        chart.addSubtitle(0, ChartStyle.subtitle(CONTEXT_ID, ""));
        chart.addSubtitle(1, ChartStyle.subtitle(NOTE_ID, ""));
        ChartStyle.apply(chart);
        style(plot, xAxis, yAxis, renderer);
        ChartBuilder.quietly(chart, () -> refresh(chart, plot, scenario));
        return chart;
    }

    private static void style(CategoryPlot plot, CategoryAxis xAxis, NumberAxis yAxis, BarRenderer renderer) {
        DecimalFormatSymbols us = DecimalFormatSymbols.getInstance(Locale.US);
        for (var axis : List.of(xAxis, yAxis)) {
            axis.setLabelFont(ChartStyle.AXIS_LABEL_FONT);
            axis.setLabelPaint(ChartStyle.TEXT);
            axis.setTickLabelFont(ChartStyle.TICK_FONT);
            axis.setTickLabelPaint(ChartStyle.TEXT);
            axis.setAxisLinePaint(ChartStyle.AXIS_LINE);
        }
        xAxis.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
        xAxis.setMaximumCategoryLabelLines(2);
        xAxis.setCategoryMargin(0.25);
        yAxis.setRange(0, 105);
        yAxis.setTickUnit(new NumberTickUnit(20, new DecimalFormat("0'%'", us)));
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        plot.setRangeGridlineStroke(ChartStyle.line(1f));
        plot.setDomainGridlinesVisible(false);
        plot.setAxisOffset(org.jfree.chart.ui.RectangleInsets.ZERO_INSETS);
        renderer.setSeriesPaint(0, ChartStyle.BLUE);
        renderer.setSeriesPaint(1, ChartStyle.ORANGE);
        renderer.setItemMargin(0.05);
        renderer.setDrawBarOutline(false);
        renderer.setShadowVisible(false);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", new DecimalFormat("0.0'%'", us)));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(ChartStyle.LABEL_FONT);
        renderer.setDefaultItemLabelPaint(ChartStyle.TEXT);
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
        renderer.setDefaultToolTipGenerator(new StandardCategoryToolTipGenerator("{1}: {0} {2}", new DecimalFormat("0.0'%'", us)));
    }

    @Override
    public void update(JFreeChart chart, Scenario scenario, Evaluation evaluation) {
        if (!(chart.getPlot() instanceof CategoryPlot plot) || !(plot.getDataset() instanceof DefaultCategoryDataset)) {
            throw new IllegalArgumentException("not a routing share chart");
        }
        ChartBuilder.quietly(chart, () -> refresh(chart, plot, scenario));
    }

    private static void refresh(JFreeChart chart, CategoryPlot plot, Scenario scenario) {
        Objects.requireNonNull(scenario, "scenario");
        RoutingSection routing = scenario.routing();
        RoutingMix mix = routing.mix(scenario.workload().inputTokensPerQuery(), scenario.workload().outputTokensPerQuery());
        DefaultCategoryDataset dataset = (DefaultCategoryDataset) plot.getDataset();
        dataset.setNotify(false);
        dataset.clear();
        Set<String> used = new HashSet<>();
        for (TierLoad tier : mix.tiers()) {
            String key = tier.name();
            for (int n = 2; !used.add(key); n++) {
                key = tier.name() + " (" + n + ")";
            }
            dataset.addValue(tier.trafficShare() * 100, TRAFFIC, key);
            dataset.addValue(tier.costShare() * 100, COST, key);
        }
        dataset.setNotify(true);
        plot.setNoDataMessage("No tiers yet: add them on the Routing tab");
        String strategy = routing.strategy() == RoutingStrategy.ROUTER ? "Router" : "Cascade";
        ChartStyle.findSubtitle(chart, CONTEXT_ID).setText(mix.tiers().isEmpty() ? "" : strategy + ": "
                + Money.usdPrecise(mix.usdPerQuery()) + " per query (" + Money.usdPrice(mix.usdPer1MTokens())
                + " per 1M tokens), " + Money.percent(mix.quality()) + " quality, " + Money.count(mix.meanLatencyMs())
                + " ms mean latency");
        String note = "";
        if (routing.strategy() == RoutingStrategy.ROUTER && !mix.tiers().isEmpty() && !mix.sharesConsistent()) {
            note = "The shares total " + Money.percent(mix.sharesTotal()) + "; shown scaled to 100%";
        } else if (routing.strategy() == RoutingStrategy.CASCADE && !mix.tiers().isEmpty()) {
            note = "Traffic share: the queries each tier answers; an escalated query also pays for the tiers before";
        }
        ChartStyle.findSubtitle(chart, NOTE_ID).setText(note);
        ChartStyle.findSubtitle(chart, NOTE_ID).setVisible(!note.isEmpty());
    }
}
