package org.llmcostplanner.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llmcostplanner.model.usage.UsageAggregator;
import org.llmcostplanner.model.usage.UsageDashboard;
import org.llmcostplanner.model.usage.UsageFilter;
import org.llmcostplanner.model.usage.UsageRecord;

/**
 * The usage charts on four calls counted by hand: March 1 gpt-4o $3 and gpt-4o-mini $1, March 2
 * nothing, March 3 gpt-4o $2.50.
 */
class UsageChartsTest {
    private static final LocalDate MARCH_1 = LocalDate.of(2026, 3, 1);
    private static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);
    private static final LocalDate MARCH_3 = LocalDate.of(2026, 3, 3);

    private static UsageRecord call(String at, String model, double costUsd) {
        return new UsageRecord(Instant.parse(at), "", model, "chat", "u1", 100, 10, 0, 500, costUsd, false, 200, false);
    }

    private static UsageDashboard dashboard() {
        UsageAggregator aggregator = new UsageAggregator(ZoneOffset.UTC);
        List.of(call("2026-03-01T09:00:00Z", "gpt-4o", 3), call("2026-03-01T10:00:00Z", "gpt-4o-mini", 1),
                call("2026-03-03T23:00:00Z", "gpt-4o", 2.5)).forEach(aggregator::accept);
        return aggregator.dashboard(UsageFilter.ALL, 10);
    }

    private static double valueOn(TimeSeries series, LocalDate day) {
        Day period = new Day(day.getDayOfMonth(), day.getMonthValue(), day.getYear());
        return series.getValue(period) == null ? Double.NaN : series.getValue(period).doubleValue();
    }

    @Test
    void dailySpendSplitsAlertDaysIntoTheirOwnSeriesAndDrawsTheBudget() {
        UsageChart builder = UsageChart.ALL.get(0);
        JFreeChart chart = builder.build(new UsageChart.Input(dashboard(), OptionalDouble.of(3.5), Set.of(MARCH_1)));
        XYPlot plot = chart.getXYPlot();
        TimeSeriesCollection data = (TimeSeriesCollection) plot.getDataset();
        TimeSeries spend = data.getSeries(UsageDailySpendChart.SPEND);
        TimeSeries alert = data.getSeries(UsageDailySpendChart.ALERT);
        assertEquals(2, spend.getItemCount());
        assertEquals(0, valueOn(spend, MARCH_2), 1e-12);
        assertEquals(2.5, valueOn(spend, MARCH_3), 1e-12);
        assertEquals(1, alert.getItemCount());
        assertEquals(4, valueOn(alert, MARCH_1), 1e-12);
        ValueMarker budget = (ValueMarker) plot.getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND).iterator().next();
        assertEquals(3.5, budget.getValue(), 1e-12);
        assertEquals(java.util.List.of("Spend", UsageDailySpendChart.ALERT, "Daily budget $3.50"), legend(chart));
        assertTrue(plot.getRangeAxis().getUpperBound() >= 4, "the tallest bar fits");

        builder.update(chart, new UsageChart.Input(dashboard(), OptionalDouble.empty(), Set.of()));
        assertEquals(3, spend.getItemCount());
        assertEquals(0, alert.getItemCount());
        assertEquals(null, plot.getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND));
        assertEquals(java.util.List.of("Spend"), legend(chart), "no budget, no alert days: only what is drawn");
        assertEquals("$6.50 over 3 days from 2026-03-01 (UTC)",
                ChartStyle.findSubtitle(chart, UsageDailySpendChart.CONTEXT_ID).getText());
    }

    @Test
    void modelSpendHasOneBarPerModelCostDescending() {
        UsageChart builder = UsageChart.ALL.get(1);
        JFreeChart chart = builder.build(new UsageChart.Input(dashboard(), OptionalDouble.empty(), Set.of()));
        DefaultCategoryDataset data = (DefaultCategoryDataset) ((CategoryPlot) chart.getPlot()).getDataset();
        assertEquals(List.of("gpt-4o", "gpt-4o-mini"), data.getColumnKeys());
        assertEquals(5.5, data.getValue(UsageModelSpendChart.SPEND, "gpt-4o").doubleValue(), 1e-12);
        assertEquals(1, data.getValue(UsageModelSpendChart.SPEND, "gpt-4o-mini").doubleValue(), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> UsageChart.ALL.get(0).update(chart,
                new UsageChart.Input(dashboard(), OptionalDouble.empty(), Set.of())));
    }

    @Test
    void bothChartsWriteAPngAtSlideSize(@TempDir Path folder) throws Exception {
        for (UsageChart builder : UsageChart.ALL) {
            Path file = folder.resolve(builder.id() + ".png");
            ChartExport.writePng(builder.build(new UsageChart.Input(dashboard(), OptionalDouble.of(3.5), Set.of(MARCH_1))),
                    file, ChartExport.DEFAULT_WIDTH, ChartExport.DEFAULT_HEIGHT, 1);
            assertTrue(java.nio.file.Files.size(file) > 1000, file.toString());
        }
    }

    /** The labels the legend shows, in order. */
    private static java.util.List<String> legend(JFreeChart chart) {
        java.util.List<String> labels = new java.util.ArrayList<>();
        for (org.jfree.chart.LegendItemSource source : chart.getLegend().getSources()) {
            org.jfree.chart.LegendItemCollection items = source.getLegendItems();
            for (int i = 0; i < items.getItemCount(); i++) {
                labels.add(items.get(i).getLabel());
            }
        }
        return labels;
    }
}
