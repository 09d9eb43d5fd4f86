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
import org.llmcostplanner.model.caching.CachePoint;
import org.llmcostplanner.model.caching.CachingFigures;
import org.llmcostplanner.model.caching.SemanticCache;
import org.llmcostplanner.model.format.Money;

/**
 * The semantic cache against its similarity threshold: hit rate and false-hit rate (left axis, %)
 * and net monthly savings (right axis, USD: calls skipped, less embeddings and wrong answers), with
 * the chosen and the best threshold marked. Dataset 0 holds the two rates (series {@link #HITS},
 * {@link #FALSE_HITS}), dataset 1 the savings, on range axis 1. The rates are linear between the
 * curve's points, so the points draw the curves exactly.
 */
final class CacheThresholdChart implements ChartBuilder {
    static final int HITS = 0;
    static final int FALSE_HITS = 1;
    static final String CONTEXT_ID = "context";

    @Override
    public String id() {
        return "cache-threshold";
    }

    @Override
    public String title() {
        return "Semantic cache: hits, wrong answers and savings by threshold";
    }

    @Override
    public Object shownInputs(Scenario scenario, Evaluation evaluation) {
        return scenario.cachingFigures();
    }

    @Override
    public JFreeChart build(Scenario scenario, Evaluation evaluation) {
        NumberAxis xAxis = new NumberAxis("Similarity threshold");
        NumberAxis rates = new NumberAxis("Share of cache lookups (%)");
        XYLineAndShapeRenderer rateLines = new XYLineAndShapeRenderer(true, true);
        XYPlot plot = new CrispGridXYPlot(new XYSeriesCollection(), xAxis, rates, rateLines);
        NumberAxis money = new NumberAxis("Net savings (USD per month)");
        plot.setRangeAxis(1, money);
        plot.setDataset(1, new XYSeriesCollection());
        XYLineAndShapeRenderer savingsLine = new XYLineAndShapeRenderer(true, true);
        plot.setRenderer(1, savingsLine);
        plot.mapDatasetToRangeAxis(1, 1);
        JFreeChart chart = new JFreeChart(title(), ChartStyle.TITLE_FONT, plot, true);
        chart.addSubtitle(0, ChartStyle.subtitle(CONTEXT_ID, ""));
        ChartStyle.apply(chart);
        ChartStyle.styleXyPlot(plot);
        ChartStyle.styleAxis(money);
        DecimalFormatSymbols us = DecimalFormatSymbols.getInstance(Locale.US);
        xAxis.setNumberFormatOverride(new DecimalFormat("0.00", us));
        xAxis.setAutoRangeIncludesZero(false);
        rates.setNumberFormatOverride(new DecimalFormat("0'%'", us));
        rates.setRange(0, 100);
        money.setNumberFormatOverride(new DecimalFormat("$#,##0;-$#,##0", us));
        money.setAutoRangeIncludesZero(true);
        rateLines.setSeriesPaint(HITS, ChartStyle.BLUE);
        rateLines.setSeriesStroke(HITS, ChartStyle.line(3f));
        rateLines.setSeriesPaint(FALSE_HITS, ChartStyle.VERMILLION);
        rateLines.setSeriesStroke(FALSE_HITS, ChartStyle.line(3f));
        savingsLine.setSeriesPaint(0, ChartStyle.GREEN);
        savingsLine.setSeriesStroke(0, ChartStyle.dashed(3f));
        ChartBuilder.quietly(chart, () -> refresh(chart, plot, scenario));
        return chart;
    }

    @Override
    public void update(JFreeChart chart, Scenario scenario, Evaluation evaluation) {
        if (!(chart.getPlot() instanceof XYPlot plot) || plot.getDatasetCount() < 2 || plot.getRangeAxisCount() < 2
                || !(plot.getDataset(1) instanceof XYSeriesCollection)) {
            throw new IllegalArgumentException("not a cache threshold chart");
        }
        ChartBuilder.quietly(chart, () -> refresh(chart, plot, scenario));
    }

    private static void refresh(JFreeChart chart, XYPlot plot, Scenario scenario) {
        Objects.requireNonNull(scenario, "scenario");
        CachingFigures figures = scenario.cachingFigures();
        SemanticCache semantic = figures.semantic();
        XYSeries hits = new XYSeries("Hit rate", true, false);
        XYSeries wrong = new XYSeries("False-hit rate (wrong answers)", true, false);
        XYSeries savings = new XYSeries("Net savings per month", true, false);
        for (CachePoint point : semantic.curve().points()) {
            hits.add(point.threshold(), point.hitRate() * 100);
            wrong.add(point.threshold(), point.falseHitRate() * 100);
            savings.add(point.threshold(), figures.netSemanticSavings(point.threshold()));
        }
        XYSeriesCollection rates = (XYSeriesCollection) plot.getDataset(0);
        rates.removeAllSeries();
        rates.addSeries(hits);
        rates.addSeries(wrong);
        XYSeriesCollection money = (XYSeriesCollection) plot.getDataset(1);
        money.removeAllSeries();
        money.addSeries(savings);

        plot.clearDomainMarkers();
        if (semantic.curve().isEmpty()) {
            plot.setNoDataMessage("No threshold curve yet: enter its points or calibrate it from labelled queries");
            ChartStyle.findSubtitle(chart, CONTEXT_ID).setText("");
            return;
        }
        double chosen = semantic.threshold();
        double best = figures.bestThreshold();
        boolean same = Math.abs(chosen - best) < 1e-9;
        double first = semantic.curve().points().get(0).threshold();
        double last = semantic.curve().points().get(semantic.curve().points().size() - 1).threshold();
        double low = Math.min(first, chosen);
        double high = Math.max(last, chosen);
        double pad = Math.max(0.005, (high - low) * 0.04);
        plot.getDomainAxis().setRange(low - pad, high + pad);
        // Each label on the side with more room, so none is cut off at the plot's edge.
        double width = high - low + 2 * pad;
        plot.addDomainMarker(ChartStyle.verticalMarker(chosen, same ? "Chosen, and best " + Money.plain(chosen)
                : "Chosen " + Money.plain(chosen), Color.BLACK, (chosen - low + pad) / width < 0.55, 0), Layer.FOREGROUND);
        if (!same) {
            plot.addDomainMarker(ChartStyle.verticalMarker(best, "Best " + Money.plain(best), ChartStyle.GREEN,
                    (best - low + pad) / width < 0.55, 1), Layer.FOREGROUND);
        }
        ChartStyle.findSubtitle(chart, CONTEXT_ID).setText("At " + Money.plain(chosen) + ": "
                + Money.percent(semantic.curve().hitRate(chosen)) + " hits, "
                + Money.percent(semantic.curve().falseHitRate(chosen)) + " wrong, net "
                + Money.usd(figures.netSemanticSavings(chosen)) + " a month" + (same ? " (the best)"
                : "; best " + Money.plain(best) + ": " + Money.usd(figures.netSemanticSavings(best))));
    }
}
