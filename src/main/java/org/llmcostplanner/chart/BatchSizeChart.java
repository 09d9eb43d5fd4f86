package org.llmcostplanner.chart;

import java.awt.Color;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Objects;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.llmcostplanner.model.Evaluation;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.model.batching.BatchingSection;
import org.llmcostplanner.model.format.Money;

/**
 * Cost of one batched item against the items packed per prompt: the shared system prompt gets
 * cheaper per item as packs grow, and retries of failed packs dearer, so there is a cheapest size.
 * Series 0 is the batched item, series 1 the same call sent at once (flat); the chosen and the
 * cheapest sizes are marked.
 */
final class BatchSizeChart implements ChartBuilder {
    static final int MOST_SIZES = 200;
    static final String CONTEXT_ID = "context";

    private record Shown(Object workload, Object reference, Object routing, Object prompts, Object caching, BatchingSection batching) {
    }

    @Override
    public String id() {
        return "batch-size";
    }

    @Override
    public String title() {
        return "Batching: cost per item by items per prompt";
    }

    @Override
    public Object shownInputs(Scenario scenario, Evaluation evaluation) {
        return new Shown(scenario.workload().withQueriesPerDay(1), scenario.referenceModel(), scenario.routing(),
                scenario.prompts(), scenario.caching().provider(), scenario.batching());
    }

    @Override
    public JFreeChart build(Scenario scenario, Evaluation evaluation) {
        NumberAxis xAxis = new NumberAxis("Items per prompt");
        NumberAxis yAxis = new NumberAxis("Cost per item (USD)");
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, false);
        XYPlot plot = new CrispGridXYPlot(new XYSeriesCollection(), xAxis, yAxis, lines);
        JFreeChart chart = new JFreeChart(title(), ChartStyle.TITLE_FONT, plot, true);
        chart.addSubtitle(0, ChartStyle.subtitle(CONTEXT_ID, ""));
        ChartStyle.apply(chart);
        ChartStyle.styleXyPlot(plot);
        DecimalFormatSymbols us = DecimalFormatSymbols.getInstance(Locale.US);
        xAxis.setNumberFormatOverride(new DecimalFormat("0", us));
        xAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        yAxis.setNumberFormatOverride(new DecimalFormat("$#,##0.######", us));
        yAxis.setAutoRangeIncludesZero(true);
        lines.setSeriesPaint(0, ChartStyle.BLUE);
        lines.setSeriesStroke(0, ChartStyle.line(3f));
        lines.setSeriesPaint(1, ChartStyle.MUTED_TEXT);
        lines.setSeriesStroke(1, ChartStyle.dashed(2f));
        ChartBuilder.quietly(chart, () -> refresh(chart, plot, scenario));
        return chart;
    }

    @Override
    public void update(JFreeChart chart, Scenario scenario, Evaluation evaluation) {
        if (!(chart.getPlot() instanceof XYPlot plot) || !(plot.getDataset(0) instanceof XYSeriesCollection)
                || !"Items per prompt".equals(plot.getDomainAxis().getLabel())) {
            throw new IllegalArgumentException("not a batch size chart");
        }
        ChartBuilder.quietly(chart, () -> refresh(chart, plot, scenario));
    }

    private static void refresh(JFreeChart chart, XYPlot plot, Scenario scenario) {
        Objects.requireNonNull(scenario, "scenario");
        BatchingSection batching = scenario.batching();
        int chosen = (int) Math.round(batching.itemsPerPrompt());
        int most = Math.min(MOST_SIZES, Math.max(20, 2 * chosen));
        XYSeries batched = new XYSeries("Batched item (discount, shared system prompt, retries)", true, false);
        XYSeries online = new XYSeries("Call sent at once", true, false);
        double onlineUsd = scenario.usdPerOnlineCall();
        int cheapest = 1;
        double cheapestUsd = Double.POSITIVE_INFINITY;
        for (int k = 1; k <= most; k++) {
            double usd = scenario.usdPerBatchedItem(k);
            if (!Double.isFinite(usd)) {
                break; // packs this large almost never come back whole
            }
            batched.add(k, usd);
            online.add(k, onlineUsd);
            if (usd < cheapestUsd) {
                cheapestUsd = usd;
                cheapest = k;
            }
        }
        XYSeriesCollection data = (XYSeriesCollection) plot.getDataset(0);
        data.removeAllSeries();
        data.addSeries(batched);
        data.addSeries(online);
        plot.clearDomainMarkers();
        plot.addDomainMarker(ChartStyle.verticalMarker(chosen, chosen == cheapest ? "Chosen, and cheapest: " + chosen
                : "Chosen: " + chosen, Color.BLACK, chosen < most / 2, 0), Layer.FOREGROUND);
        if (chosen != cheapest) {
            plot.addDomainMarker(ChartStyle.verticalMarker(cheapest, "Cheapest: " + cheapest, ChartStyle.GREEN,
                    cheapest < most / 2, 1), Layer.FOREGROUND);
        }
        plot.getDomainAxis().setRange(1, most);
        BatchingSection pack = batching.withItemsPerPrompt(chosen);
        ChartStyle.findSubtitle(chart, CONTEXT_ID).setText(Money.usdPrecise(scenario.usdPerBatchedItem(chosen))
                + " an item at " + chosen + " a prompt, against " + Money.usdPrecise(onlineUsd) + " sent at once; "
                + Money.percent(pack.promptFailureRate()) + " of prompts fail and resend all " + chosen
                + (chosen == 1 ? " item" : " items") + "; 95% back within " + Money.plain(pack.addedLatencyHours95()) + " h");
    }
}
