package org.llmcostplanner.model.format;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Number formats shared by the window, the charts and the command line, so one figure reads the
 * same everywhere. US conventions ({@code $10,055.00}); not thread-safe formats are created per call.
 */
public final class Money {
    private static final DecimalFormatSymbols US = DecimalFormatSymbols.getInstance(Locale.US);

    private Money() {
    }

    /** Whole cents with thousands separators: {@code $10,055.00}, {@code -$5.00}. */
    public static String usd(double usd) {
        String digits = new DecimalFormat("#,##0.00", US).format(Math.abs(usd));
        return (usd < 0 && !digits.equals("0.00") ? "-$" : "$") + digits;
    }

    /**
     * An amount already exact in decimal (a figure rounded to cents by the caller), in the form of
     * {@link #usd(double)}, with no binary rounding on the way: {@code $53,569.12}, {@code -$300.00}.
     */
    public static String usd(BigDecimal usd) {
        String digits = new DecimalFormat("#,##0.00", US).format(usd.abs());
        return (usd.signum() < 0 && !digits.equals("0.00") ? "-$" : "$") + digits;
    }

    /**
     * Small amounts such as a cost per query, to four significant digits and at least cents:
     * {@code $0.03352}, {@code $0.003250}, {@code $1.50}, {@code $1,234.57}.
     */
    public static String usdPrecise(double usd) {
        if (usd == 0 || !Double.isFinite(usd) || Math.abs(usd) >= 1) {
            return usd(usd);
        }
        BigDecimal rounded = new BigDecimal(Math.abs(usd)).round(new MathContext(4, RoundingMode.HALF_EVEN));
        if (rounded.compareTo(BigDecimal.ONE) >= 0) {
            return usd(usd); // 0.99995 and up round to a dollar: show it as one, "$1.00", not "$1.000"
        }
        String digits = rounded.scale() < 2 ? rounded.setScale(2, RoundingMode.UNNECESSARY).toPlainString()
                : rounded.toPlainString();
        return (usd < 0 ? "-$" : "$") + digits;
    }

    /**
     * A list price, to four significant digits without trailing zeros beyond the cents:
     * {@code $2.50}, {@code $0.10}, {@code $0.075}, {@code $0.0375}, {@code $1,250.00}.
     */
    public static String usdPrice(double usd) {
        if (usd == 0 || !Double.isFinite(usd) || Math.abs(usd) >= 1) {
            return usd(usd);
        }
        BigDecimal rounded = new BigDecimal(Math.abs(usd)).round(new MathContext(4, RoundingMode.HALF_EVEN)).stripTrailingZeros();
        if (rounded.compareTo(BigDecimal.ONE) >= 0) {
            return usd(usd);
        }
        String digits = rounded.scale() < 2 ? rounded.setScale(2, RoundingMode.UNNECESSARY).toPlainString() : rounded.toPlainString();
        return (usd < 0 ? "-$" : "$") + digits;
    }

    /** A 0..1 share as a percentage with one decimal: {@code 9.7%}. */
    public static String percent(double share) {
        return signed(share, new DecimalFormat("0.0", US).format(Math.abs(share * 100))) + "%";
    }

    /** A count with thousands separators and no decimals: {@code 300,000}. */
    public static String count(double value) {
        return signed(value, new DecimalFormat("#,##0", US).format(Math.abs(value)));
    }

    /** A figure with thousands separators and at most one decimal: {@code 26.5}, {@code 7,152}. */
    public static String tenths(double value) {
        return signed(value, new DecimalFormat("#,##0.#", US).format(Math.abs(value)));
    }

    /** A plain number with up to six decimals and no grouping, for messages: {@code 2.5}, {@code -3}. */
    public static String plain(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        return signed(value, new DecimalFormat("0.######", US).format(Math.abs(value)));
    }

    /** A volume in compact form for log axes: {@code 1K}, {@code 10K}, {@code 1M}, {@code 2.5M}. */
    public static String compact(double value) {
        double abs = Math.abs(value);
        String[] suffixes = {"", "K", "M", "B", "T"};
        int tier = 0;
        while (abs >= 1000 && tier < suffixes.length - 1) {
            abs /= 1000;
            tier++;
        }
        String digits = new DecimalFormat("0.#", US).format(abs);
        if (digits.equals("1000") && tier < suffixes.length - 1) {
            // 999.95 and up round to a thousand of this tier: say 1 of the next ("1M", not "1000K").
            tier++;
            digits = "1";
        }
        return signed(value, digits) + suffixes[tier];
    }

    /** {@code absDigits} with a minus sign when {@code value} is negative and did not round to zero. */
    private static String signed(double value, String absDigits) {
        boolean roundsToZero = absDigits.chars().allMatch(c -> c == '0' || c == '.' || c == ',');
        return (value < 0 && !roundsToZero ? "-" : "") + absDigits;
    }
}
