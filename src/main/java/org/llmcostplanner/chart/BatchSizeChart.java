package org.llmcostplanner.chart;

import java.awt.Color;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.IntToDoubleFunction;

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
    /** The most pack sizes drawn: beyond it, sizes are sampled evenly (the chosen and cheapest always). */
    static final int MOST_SIZES = 200;
    static final String CONTEXT_ID = "context";

    private record Shown(Object workload, Object reference, Object routing, Object prompts, boolean cachingOn,
                         Object providerCache, BatchingSection batching) {
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
                scenario.prompts(), scenario.caching().enabled(), scenario.caching().provider(), scenario.batching());
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
        int most = Math.max(20, 2 * chosen);
        int cheapest = cheapestSize(scenario::usdPerBatchedItem, most);
        XYSeries batched = new XYSeries("Batched item (discount, shared system prompt, retries)", true, false);
        XYSeries online = new XYSeries("Call sent at once", true, false);
        double onlineUsd = scenario.usdPerOnlineCall();
        double chosenUsd = scenario.usdPerBatchedItem(chosen);
        double dearest = Math.max(3 * onlineUsd, 1.2 * chosenUsd);
        for (int size : sizes(most, chosen, cheapest)) {
            double usd = scenario.usdPerBatchedItem(size);
            if (Double.isFinite(usd) && (usd <= dearest || size <= Math.max(cheapest, chosen))) {
                batched.add(size, usd); // beyond, retries only grow: they would flatten the sizes that matter
            }
            online.add(size, onlineUsd);
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
        ChartStyle.findSubtitle(chart, CONTEXT_ID).setText(Money.usdPrecise(chosenUsd)
                + " an item at " + chosen + " a prompt, against " + Money.usdPrecise(onlineUsd) + " sent at once; "
                + Money.percent(pack.promptFailureRate()) + " of prompts fail and resend all " + chosen
                + (chosen == 1 ? " item" : " items") + "; 95% back within " + Money.tenths(pack.addedLatencyHours95()) + " h");
    }

    /** 1 to {@code most}, every size or evenly sampled to about {@link #MOST_SIZES}, with the two marked sizes. */
    private static SortedSet<Integer> sizes(int most, int chosen, int cheapest) {
        int step = (int) Math.ceil(most / (double) MOST_SIZES);
        SortedSet<Integer> sizes = new TreeSet<>(List.of(1, most, chosen, cheapest));
        for (int k = step; k < most; k += step) {
            sizes.add(k);
        }
        return sizes;
    }

    /**
     * The smallest pack size from 1 to {@code most} with the lowest cost per item. The cost is
     * (a + b/k) r^k plus a constant (shared tokens spread over k items, r = 1/(1-f) sends growing
     * with k), log-convex in k, so a ternary search over the integers finds it exactly.
     */
    static int cheapestSize(IntToDoubleFunction usdPerItem, int most) {
        int lo = 1;
        int hi = most;
        while (hi - lo > 2) {
            int m1 = lo + (hi - lo) / 3;
            int m2 = hi - (hi - lo) / 3;
            if (usdPerItem.applyAsDouble(m1) <= usdPerItem.applyAsDouble(m2)) {
                hi = m2;
            } else {
                lo = m1 + 1;
            }
        }
        int best = lo;
        for (int k = lo + 1; k <= hi; k++) {
            if (usdPerItem.applyAsDouble(k) < usdPerItem.applyAsDouble(best)) {
                best = k;
            }
        }
        return best;
    }
}
