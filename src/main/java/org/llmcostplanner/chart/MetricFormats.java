package org.llmcostplanner.chart;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;

import org.llmcostplanner.model.format.Money;
import org.llmcostplanner.model.plan.Metric;

/** How a {@link Metric}'s values read on an axis and beside a bar, short enough for a slide. */
final class MetricFormats {
    private static final DecimalFormatSymbols US = DecimalFormatSymbols.getInstance(Locale.US);

    private MetricFormats() {
    }

    /** Tick labels: {@code $10K}, {@code 92.5%}, {@code 1.2M}, {@code 600 ms}. */
    static NumberFormat axis(Metric metric) {
        if (metric.isMoney()) {
            return CompactFormat.usd();
        }
        return switch (metric.unit()) {
            case "%" -> new DecimalFormat("0.##'%'", US);
            case "ms" -> new DecimalFormat("#,##0.# 'ms'", US);
            default -> new CompactFormat();
        };
    }

    /** A value beside a bar: whole dollars from $100 ({@code $12,405}), four digits below ({@code $0.03352}). */
    static String label(Metric metric, double value) {
        if (metric.isMoney()) {
            return Math.abs(value) >= 100 ? (value < 0 ? "-$" : "$") + new DecimalFormat("#,##0", US).format(Math.abs(value))
                    : Money.usdPrecise(value);
        }
        return "%".equals(metric.unit()) ? Money.tenths(value) + "%"
                : "ms".equals(metric.unit()) ? Money.tenths(value) + " ms" : Money.compact(value);
    }

    /**
     * The axis title: the metric with its unit, e.g. {@code Cost per query (USD / query)}; a
     * monthly amount whose name says so has just the currency, {@code Monthly TCO (USD)}, short
     * enough for the height of a small chart.
     */
    static String axisTitle(Metric metric) {
        String unit = metric.unit();
        if (metric.label().startsWith("Monthly") && unit.endsWith(" / month")) {
            unit = unit.substring(0, unit.length() - " / month".length());
        }
        return metric.label() + " (" + unit + ")";
    }
}
