package org.llmcostplanner.chart;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;

import org.jfree.chart.JFreeChart;
import org.llmcostplanner.model.usage.UsageDashboard;

/**
 * One chart of imported usage logs: builds a JFreeChart from a dashboard and updates it in place.
 * The usage counterpart of {@link ChartBuilder}, whose charts are of a scenario; one code path
 * serves screen and file. Implementations are stateless and thread-safe; a chart they built is not.
 */
public interface UsageChart {
    /**
     * What a usage chart shows.
     *
     * @param dashboard      the figures under the current filter
     * @param dailyBudgetUsd the daily budget, USD per day; empty when none is set
     * @param alertDays      days to mark as alert days (the window: days the top threshold of the daily budget fired)
     */
    record Input(UsageDashboard dashboard, OptionalDouble dailyBudgetUsd, Set<LocalDate> alertDays) {
        public Input {
            Objects.requireNonNull(dashboard, "dashboard");
            Objects.requireNonNull(dailyBudgetUsd, "dailyBudgetUsd");
            alertDays = Set.copyOf(alertDays);
        }
    }

    /** Every usage chart, in the order the Usage tab shows them. */
    List<UsageChart> ALL = List.of(new UsageDailySpendChart(), new UsageModelSpendChart());

    /** File-name stem, e.g. {@code usage-daily-spend}. */
    String id();

    /** The chart's title. */
    String title();

    /** A new styled chart showing {@code input}; never null. */
    JFreeChart build(Input input);

    /**
     * Updates the chart's datasets, markers and subtitles in place, with one change event.
     *
     * @param chart a chart this builder built; otherwise IllegalArgumentException
     */
    void update(JFreeChart chart, Input input);
}
