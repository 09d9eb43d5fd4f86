package org.llmcostplanner.chart;

import java.awt.Color;
import java.awt.geom.Line2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.DefaultXYDataset;
import org.llmcostplanner.model.CostCategory;
import org.llmcostplanner.model.Evaluation;
import org.llmcostplanner.model.format.Money;
import org.llmcostplanner.model.MonthlyCosts;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.model.ScenarioEvaluator;
import org.llmcostplanner.model.VolumeSweep;

/**
 * How each category's share of TCO moves as traffic grows from 1K to 10M queries a day (log
 * scale), with markers where API overtakes engineering and at the scenario's current volume.
 * Series keys are the {@link CostCategory} values, series index = ordinal; a category that is
 * zero over the whole range is hidden, with its legend entry.
 */
final class ShareVsVolumeChart implements ChartBuilder {
    static final double MIN_QUERIES_PER_DAY = 1e3;
    static final double MAX_QUERIES_PER_DAY = 1e7;
    /** 30 points per decade, so every power of ten is a sample point. */
    static final int POINTS = 121;
    static final String CONTEXT_ID = "context";
    static final String NOTE_ID = "note";

    @Override
    public String id() {
        return "tco-share-vs-volume";
    }

    @Override
    public String title() {
        return "Share of TCO vs traffic";
    }

    @Override
    public JFreeChart build(Scenario scenario, Evaluation evaluation) {
        LogAxis xAxis = new LogAxis("Queries per day (log scale)");
        NumberAxis yAxis = new NumberAxis("Share of monthly TCO (%)");
        MarkerLabelRenderer renderer = new MarkerLabelRenderer();
        XYPlot plot = new CrispGridXYPlot(new DefaultXYDataset(), xAxis, yAxis, renderer);
        JFreeChart chart = new JFreeChart(title(), ChartStyle.TITLE_FONT, plot, true);
        chart.addSubtitle(0, ChartStyle.subtitle(CONTEXT_ID, ""));
        chart.addSubtitle(1, ChartStyle.subtitle(NOTE_ID, ""));
        ChartStyle.apply(chart);
        style(plot, xAxis, yAxis, renderer);
        ChartBuilder.quietly(chart, () -> refresh(chart, plot, scenario, evaluation));
        return chart;
    }

    @Override
    public void update(JFreeChart chart, Scenario scenario, Evaluation evaluation) {
        if (!(chart.getPlot() instanceof XYPlot) || !(((XYPlot) chart.getPlot()).getDataset() instanceof DefaultXYDataset)) {
            throw new IllegalArgumentException("not a share-vs-volume chart");
        }
        ChartBuilder.quietly(chart, () -> refresh(chart, (XYPlot) chart.getPlot(), scenario, evaluation));
    }

    private static void refresh(JFreeChart chart, XYPlot plot, Scenario scenario, Evaluation evaluation) {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(evaluation, "evaluation");
        DefaultXYDataset dataset = (DefaultXYDataset) plot.getDataset();
        VolumeSweep.ShareCurves curves = VolumeSweep.shares(scenario, MIN_QUERIES_PER_DAY, MAX_QUERIES_PER_DAY, POINTS);
        dataset.setNotify(false);
        for (CostCategory category : CostCategory.values()) {
            double[] shares = curves.sharePct().get(category);
            double[][] xy = {curves.queriesPerDay().clone(), new double[shares.length]};
            boolean visible = false;
            for (int i = 0; i < shares.length; i++) {
                xy[1][i] = Double.isFinite(shares[i]) ? shares[i] : 0;
                visible |= xy[1][i] > 0;
            }
            dataset.addSeries(category, xy);
            plot.getRenderer().setSeriesVisible(category.ordinal(), visible, false);
        }
        dataset.setNotify(true);

        List<String> notes = new ArrayList<>();
        plot.clearDomainMarkers();
        OptionalDouble crossover = VolumeSweep.apiOvertakesEngineeringAt(scenario);
        if (crossover.isPresent() && inRange(crossover.getAsDouble())) {
            plot.addDomainMarker(crossoverMarker(crossover.getAsDouble()), Layer.FOREGROUND);
        } else {
            notes.add(crossoverNote(scenario, crossover));
        }
        double current = scenario.workload().queriesPerDay();
        if (inRange(current)) {
            plot.addDomainMarker(currentMarker(current), Layer.FOREGROUND);
        } else if (Double.isFinite(current)) {
            notes.add("Current " + Money.count(current) + "/day is outside this range");
        }
        ChartStyle.findSubtitle(chart, CONTEXT_ID).setText(contextText(evaluation));
        notes.removeIf(String::isEmpty);
        ChartStyle.findSubtitle(chart, NOTE_ID).setText(String.join("   \u00b7   ", notes));
        ChartStyle.findSubtitle(chart, NOTE_ID).setVisible(!notes.isEmpty());
    }

    private static boolean inRange(double queriesPerDay) {
        return queriesPerDay >= MIN_QUERIES_PER_DAY && queriesPerDay <= MAX_QUERIES_PER_DAY;
    }

    static String crossoverLabel(double queriesPerDay) {
        return "API overtakes engineering at " + Money.count(queriesPerDay) + "/day";
    }

    private static String crossoverNote(Scenario scenario, OptionalDouble crossover) {
        String max = Money.compact(MAX_QUERIES_PER_DAY) + "/day";
        if (crossover.isPresent()) {
            return crossover.getAsDouble() < MIN_QUERIES_PER_DAY
                    ? "API exceeds engineering over the whole range (from " + Money.count(crossover.getAsDouble()) + "/day)"
                    : "API stays below engineering up to " + max;
        }
        MonthlyCosts atMax = ScenarioEvaluator.evaluate(
                scenario.withWorkload(scenario.workload().withQueriesPerDay(MAX_QUERIES_PER_DAY))).monthly();
        if (atMax.engineering() <= 0 && atMax.api() > 0) {
            return "No engineering cost in this plan: API exceeds it at every volume";
        }
        if (atMax.api() > atMax.engineering()) {
            return "API exceeds engineering over the whole range";
        }
        if (atMax.api() <= 0 && atMax.engineering() <= 0) {
            return atMax.total() > 0 ? "No API or engineering cost in this plan" : TcoPieChart.NO_DATA_MESSAGE;
        }
        return "API stays below engineering up to " + max;
    }

    private static String contextText(Evaluation evaluation) {
        double queries = evaluation.queriesPerMonth();
        double apiPerQuery = queries > 0 ? evaluation.monthly().api() / queries : 0;
        double fixed = evaluation.totalUsdPerMonth() - evaluation.monthly().api();
        return "API " + Money.usdPrecise(finite(apiPerQuery)) + "/query, other costs "
                + Money.usd(finite(fixed)) + "/month";
    }

    private static double finite(double value) {
        return Double.isFinite(value) ? value : 0;
    }

    private static ValueMarker crossoverMarker(double queriesPerDay) {
        ValueMarker marker = new ValueMarker(queriesPerDay, ChartStyle.TEXT, ChartStyle.line(1.5f));
        marker.setLabel(crossoverLabel(queriesPerDay));
        return styleLabel(marker);
    }

    private static ValueMarker currentMarker(double queriesPerDay) {
        ValueMarker marker = new ValueMarker(queriesPerDay, ChartStyle.MUTED_TEXT, ChartStyle.dashed(1.5f));
        marker.setLabel("Current: " + Money.count(queriesPerDay) + "/day");
        return styleLabel(marker);
    }

    private static ValueMarker styleLabel(ValueMarker marker) {
        marker.setLabelFont(ChartStyle.LABEL_FONT);
        marker.setLabelPaint(ChartStyle.TEXT);
        marker.setLabelBackgroundColor(Color.WHITE);
        return marker;
    }

    private static void style(XYPlot plot, LogAxis xAxis, NumberAxis yAxis, MarkerLabelRenderer renderer) {
        xAxis.setRange(MIN_QUERIES_PER_DAY, MAX_QUERIES_PER_DAY);
        xAxis.setAutoTickUnitSelection(false);
        // One major tick per decade; its minor count of 9 puts minor ticks at 2K, 3K ... 9K.
        xAxis.setTickUnit(new NumberTickUnit(1, new DecimalFormat("0"), 9), false, false);
        xAxis.setMinorTickMarksVisible(true);
        xAxis.setNumberFormatOverride(new CompactFormat());
        yAxis.setRange(0, 100);
        yAxis.setTickUnit(new NumberTickUnit(20, new DecimalFormat("0'%'", DecimalFormatSymbols.getInstance(Locale.US))));
        ChartStyle.styleXyPlot(plot);
        // Minor ticks on the axis, no minor gridlines: they doubled the chart's paint time on the
        // software pipeline (no GPU) and the decade lines already carry the scale.
        plot.setDomainMinorGridlinesVisible(false);
        renderer.setDrawSeriesLineAsPath(true);
        renderer.setLegendLine(new Line2D.Double(-12, 0, 12, 0));
        renderer.setAutoPopulateSeriesPaint(false);
        renderer.setAutoPopulateSeriesStroke(false);
        for (CostCategory category : CostCategory.values()) {
            renderer.setSeriesPaint(category.ordinal(), ChartStyle.color(category), false);
            renderer.setSeriesStroke(category.ordinal(), ChartStyle.line(category == CostCategory.API ? 3.5f : 2.5f), false);
        }
        renderer.setLegendItemLabelGenerator((dataset, series) -> {
            Comparable<?> key = dataset.getSeriesKey(series);
            return key instanceof CostCategory ? ((CostCategory) key).label() : String.valueOf(key);
        });
    }
}
