package org.llmcostplanner.chart;

import java.math.BigDecimal;
import java.math.MathContext;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import org.llmcostplanner.model.format.Money;

/**
 * Axis tick labels as {@link Money#compact} volumes ({@code 1K}, {@code 10M}). Values are first
 * rounded to 12 significant digits, so a tick computed as 999.9999999 still reads {@code 1K}.
 * Formatting only: parsing is not supported.
 */
final class CompactFormat extends NumberFormat {
    private static final long serialVersionUID = 1L;

    @Override
    public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
        double rounded = Double.isFinite(number) && number != 0
                ? new BigDecimal(number).round(new MathContext(12)).doubleValue() : number;
        return toAppendTo.append(Money.compact(rounded));
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
