package org.llmcostplanner.chart;

import java.awt.geom.Line2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Locale;
import java.util.TimeZone;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.LegendItemSource;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.llmcostplanner.model.format.Money;
import org.llmcostplanner.model.format.ZoneNames;
import org.llmcostplanner.model.usage.UsageDashboard;

/**
 * Spend per day as bars, a day with a budget alert in a second colour, and the daily budget as a
 * dashed horizontal line when one is set. Which days count as alert days is the caller's choice
 * (the window marks those at the top threshold). Series {@link #SPEND} holds the days without an alert,
 * {@link #ALERT} those with one: every day is in exactly one of them, USD per day. Days are
 * calendar days in the dashboard's zone, placed on the axis as UTC days so no zone shifts them.
 */
final class UsageDailySpendChart implements UsageChart {
    static final String SPEND = "Spend";
    static final String ALERT = "Spend on a day at the top alert threshold";
    static final String CONTEXT_ID = "context";
    private static final TimeZone AXIS_ZONE = TimeZone.getTimeZone("UTC");

    @Override
    public String id() {
        return "usage-daily-spend";
    }

    @Override
    public String title() {
        return "Spend by day";
    }

    @Override
    public JFreeChart build(Input input) {
        DateAxis xAxis = new DateAxis("Day");
        xAxis.setTimeZone(AXIS_ZONE);
        SimpleDateFormat days = new SimpleDateFormat("MMM d", Locale.US);
        days.setTimeZone(AXIS_ZONE);
        xAxis.setDateFormatOverride(days);
        NumberAxis yAxis = new NumberAxis("Spend (USD / day)");
        XYBarRenderer renderer = new XYBarRenderer(0.15);
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        TimeSeriesCollection dataset = new TimeSeriesCollection(AXIS_ZONE);
        dataset.addSeries(new TimeSeries(SPEND));
        dataset.addSeries(new TimeSeries(ALERT));
        XYPlot plot = new XYPlot(dataset, xAxis, yAxis, renderer);
        JFreeChart chart = new JFreeChart(title(), ChartStyle.TITLE_FONT, plot, true);
        chart.addSubtitle(0, ChartStyle.subtitle(CONTEXT_ID, ""));
        chart.getLegend().setSources(new LegendItemSource[] {plot, () -> budgetLegend(plot)});
        ChartStyle.apply(chart);
        ChartStyle.styleXyPlot(plot);
        renderer.setSeriesPaint(0, ChartStyle.BLUE);
        renderer.setSeriesPaint(1, ChartStyle.VERMILLION);
        yAxis.setAutoRangeIncludesZero(true);
        plot.setNoDataMessage("No calls under this filter");
        ChartBuilder.quietly(chart, () -> refresh(chart, plot, input));
        return chart;
    }

    @Override
    public void update(JFreeChart chart, Input input) {
        if (!(chart.getPlot() instanceof XYPlot plot) || !(plot.getDataset() instanceof TimeSeriesCollection)
                || !(plot.getRenderer() instanceof XYBarRenderer)) {
            throw new IllegalArgumentException("not a chart of " + id());
        }
        ChartBuilder.quietly(chart, () -> refresh(chart, plot, input));
    }

    private static void refresh(JFreeChart chart, XYPlot plot, Input input) {
        TimeSeriesCollection dataset = (TimeSeriesCollection) plot.getDataset();
        TimeSeries spend = dataset.getSeries(0);
        TimeSeries alert = dataset.getSeries(1);
        spend.setNotify(false);
        alert.setNotify(false);
        spend.clear();
        alert.clear();
        double most = 0;
        for (UsageDashboard.DayUsage day : input.dashboard().byDay()) {
            (input.alertDays().contains(day.day()) ? alert : spend).add(day(day.day()), day.costUsd());
            most = Math.max(most, day.costUsd());
        }
        spend.setNotify(true);
        alert.setNotify(true);
        plot.getRenderer().setSeriesVisibleInLegend(1, !alert.isEmpty());
        plot.clearRangeMarkers();
        NumberAxis yAxis = (NumberAxis) plot.getRangeAxis();
        double top = Math.max(most, input.dailyBudgetUsd().orElse(0));
        yAxis.setNumberFormatOverride(new DecimalFormat(top < 100 ? "$#,##0.00" : "$#,##0",
                DecimalFormatSymbols.getInstance(Locale.US)));
        yAxis.setAutoRange(true);
        if (input.dailyBudgetUsd().isPresent()) {
            double budget = input.dailyBudgetUsd().getAsDouble();
            // Named in the legend, not on the line: a label there covers the bars of the last days.
            plot.addRangeMarker(new ValueMarker(budget, ChartStyle.VERMILLION, ChartStyle.dashed(2f)));
            if (budget * 1.15 > most) {
                yAxis.setRange(0, budget * 1.15);
            }
        }
        UsageDashboard d = input.dashboard();
        String context = d.days() == 0 ? "No calls" : Money.usd(d.totalCostUsd()) + " over " + d.days() + " days from "
                + d.byDay().get(0).day() + " (" + ZoneNames.of(d.zone()) + ")"
                + (input.alertDays().isEmpty() ? "" : "; " + input.alertDays().size() + " alert days");
        ChartStyle.findSubtitle(chart, CONTEXT_ID).setText(context);
    }

    /** The daily budget's line as a legend item, read from the plot's marker; none without a budget. */
    private static LegendItemCollection budgetLegend(XYPlot plot) {
        LegendItemCollection items = new LegendItemCollection();
        java.util.Collection<?> markers = plot.getRangeMarkers(Layer.FOREGROUND);
        if (markers != null) {
            for (Object marker : markers) {
                if (marker instanceof ValueMarker line) {
                    items.add(new LegendItem("Daily budget " + Money.usd(line.getValue()), null, null, null, false,
                            new Line2D.Double(-10, 0, 10, 0), false, line.getPaint(), false, line.getPaint(), line.getStroke(),
                            true, new Line2D.Double(-10, 0, 10, 0), line.getStroke(), line.getPaint()));
                }
            }
        }
        return items;
    }

    private static Day day(LocalDate date) {
        return new Day(Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant()), AXIS_ZONE, Locale.US);
    }
}
