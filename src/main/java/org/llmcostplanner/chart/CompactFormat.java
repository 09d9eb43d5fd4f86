package org.llmcostplanner.chart;

import java.math.BigDecimal;
import java.math.MathContext;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import org.llmcostplanner.model.format.Money;

/**
 * Axis tick labels as {@link Money#compact} volumes ({@code 1K}, {@code 10M}), or as compact
 * amounts of money ({@code $100}, {@code $10K}, {@code $0.01}) for {@link #usd()}. Values are first
 * rounded to 12 significant digits, so a tick computed as 999.9999999 still reads {@code 1K};
 * values under 1 keep their significant digits ({@code 0.001}) instead of rounding to 0.
 * Formatting only: parsing is not supported.
 */
final class CompactFormat extends NumberFormat {
    private static final long serialVersionUID = 1L;

    private final String prefix;

    /** Volumes: {@code 1K}, {@code 10M}. */
    CompactFormat() {
        this("");
    }

    private CompactFormat(String prefix) {
        this.prefix = prefix;
    }

    /** Amounts in USD: {@code $1}, {@code $100}, {@code $10K}, {@code $1M}, {@code $0.01}. */
    static CompactFormat usd() {
        return new CompactFormat("$");
    }

    @Override
    public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
        if (!Double.isFinite(number) || number == 0) {
            return toAppendTo.append(prefix).append(Money.compact(number));
        }
        BigDecimal rounded = new BigDecimal(number).round(new MathContext(12));
        String digits = Math.abs(number) >= 1 ? Money.compact(rounded.doubleValue())
                : rounded.stripTrailingZeros().toPlainString();
        return number < 0 ? toAppendTo.append('-').append(prefix).append(digits.substring(1))
                : toAppendTo.append(prefix).append(digits);
    }

    @Override
    public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
        return format((double) number, toAppendTo, pos);
    }

    @Override
    public Number parse(String source, ParsePosition parsePosition) {
        return null;
    }
}
