package org.llmcostplanner.model.plan;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

import org.llmcostplanner.model.format.Money;

/**
 * A compared figure as text, the same in the window's Compare tab and in {@code compare --format
 * table}: money to the cent (a cost per query to a millionth of a dollar), counts with thousands
 * separators, shares in percent (their changes in points), latency in ms. Unknown figures are "".
 */
public final class KpiText {
    private static final DecimalFormatSymbols US = DecimalFormatSymbols.getInstance(Locale.US);

    private KpiText() {
    }

    /** A shown figure ({@link KpiDelta#shownA()}) in its unit: $10,805.00, $0.036017, 300,000, 93.0%, 600 ms. */
    public static String value(KpiUnit unit, Optional<BigDecimal> shown) {
        return shown.map(figure -> text(unit, figure, false)).orElse("");
    }

    /** A shown change ({@link KpiDelta#shownDelta()}) with its sign: +$57,964.12, -$50.00, -1.1 pts, +23,880 ms, 0. */
    public static String change(KpiUnit unit, Optional<BigDecimal> shownChange) {
        return shownChange.map(figure -> (figure.signum() > 0 ? "+" : "") + text(unit, figure, true)).orElse("");
    }

    /** A change in percent ({@link KpiDelta#deltaPercent()}) to a tenth with its sign: +536.5%, -6.7%, 0.0%. */
    public static String percent(OptionalDouble percent) {
        if (percent.isEmpty()) {
            return "";
        }
        double value = percent.getAsDouble();
        String digits = new DecimalFormat("#,##0.0", US).format(Math.abs(value));
        boolean zero = digits.equals("0.0");
        return (zero ? "" : value > 0 ? "+" : "-") + digits + "%";
    }

    private static String text(KpiUnit unit, BigDecimal figure, boolean change) {
        return switch (unit) {
            case USD_PER_MONTH -> Money.usd(figure);
            case USD_PER_QUERY -> (figure.signum() < 0 ? "-$" : "$") + new DecimalFormat("#,##0.000000", US).format(figure.abs());
            case QUERIES_PER_MONTH -> new DecimalFormat("#,##0", US).format(figure);
            case SHARE -> figure.toPlainString() + (change ? " pts" : "%");
            case MILLISECONDS -> new DecimalFormat("#,##0", US).format(figure) + " ms";
        };
    }
}
