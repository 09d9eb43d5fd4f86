package org.llmcostplanner.chart;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;

import org.llmcostplanner.model.plan.Metric;

/**
 * How a {@link Metric}'s values read on an axis and beside a bar, short enough for a slide and
 * precise enough that neighbouring values differ: the number of decimals follows the span shown.
 */
final class MetricFormats {
    private static final DecimalFormatSymbols US = DecimalFormatSymbols.getInstance(Locale.US);
    /** From this span on, an axis of money or counts reads {@code $10K}, {@code 1.2M}. */
    static final double COMPACT_SPAN = 50_000;

    private MetricFormats() {
    }

    /**
     * Tick labels for an axis spanning {@code span} of the metric's unit: {@code $10K} over wide
     * spans, {@code $10,500} or {@code $1,080.25} over narrow ones; {@code 92.5%}, {@code 600 ms}.
     */
    static NumberFormat axis(Metric metric, double span) {
        String suffix = switch (metric.unit()) {
            case "%" -> "'%'";
            case "ms" -> " 'ms'";
            default -> "";
        };
        boolean compactable = metric.isMoney() || suffix.isEmpty();
        if (compactable && span >= COMPACT_SPAN) {
            return metric.isMoney() ? CompactFormat.usd() : new CompactFormat();
        }
        return new DecimalFormat((metric.isMoney() ? "$" : "") + "#,##0" + fraction(span, 5, metric.isMoney()) + suffix, US);
    }

    /** A value beside a bar, with the decimals {@code span} (the spread of the values shown) needs: {@code $12,405}, {@code $1,080.10}. */
    static String label(Metric metric, double value, double span) {
        String suffix = "%".equals(metric.unit()) ? "%" : "ms".equals(metric.unit()) ? " ms" : "";
        String digits = new DecimalFormat("#,##0" + fraction(span, 50, metric.isMoney()), US).format(Math.abs(value));
        boolean negative = value < 0 && digits.chars().anyMatch(c -> c >= '1' && c <= '9');
        return (negative ? "-" : "") + (metric.isMoney() ? "$" : "") + digits + suffix;
    }

    /**
     * Decimals enough to tell apart values {@code span / parts} apart: none from 1 on, at most
     * eight; money shows whole cents once it shows any ({@code $1,080.10}, not {@code $1,080.1}).
     */
    private static String fraction(double span, double parts, boolean money) {
        double step = span / parts;
        if (!(step > 0) || step >= 1) {
            return "";
        }
        int decimals = Math.min(8, (int) Math.ceil(-Math.log10(step)));
        return money ? ".00" + "#".repeat(Math.max(0, decimals - 2)) : "." + "#".repeat(decimals);
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
