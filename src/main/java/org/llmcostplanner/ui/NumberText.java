package org.llmcostplanner.ui;

import java.math.BigDecimal;
import java.math.MathContext;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Parses what users type into number fields and formats values back. Accepts the forms a
 * spreadsheet user types: {@code 10000}, {@code 10,000}, {@code $2.50}, {@code 1e4}, {@code 10k},
 * {@code 2.5M}. Pure Java, no toolkit needed.
 */
final class NumberText {
    private NumberText() {
    }

    /** The parsed value, or the reason the text is not a number (as a {@link NumberFormatException}). */
    static double parse(String text) {
        String cleaned = text == null ? "" : text.strip().replace(",", "").replace("_", "").replace(" ", "");
        if (cleaned.startsWith("$")) {
            cleaned = cleaned.substring(1);
        } else if (cleaned.startsWith("-$")) {
            cleaned = "-" + cleaned.substring(2);
        }
        if (cleaned.isEmpty()) {
            throw new NumberFormatException("is empty: type a number");
        }
        double multiplier = 1;
        char last = cleaned.charAt(cleaned.length() - 1);
        if (last == 'k' || last == 'K') {
            multiplier = 1e3;
        } else if (last == 'm' || last == 'M') {
            multiplier = 1e6;
        } else if (last == 'b' || last == 'B') {
            multiplier = 1e9;
        }
        if (multiplier != 1) {
            cleaned = cleaned.substring(0, cleaned.length() - 1);
        }
        if (!cleaned.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?")) {
            throw new NumberFormatException("'" + text.strip() + "' is not a number");
        }
        double value = Double.parseDouble(cleaned) * multiplier;
        if (!Double.isFinite(value)) {
            throw new NumberFormatException("'" + text.strip() + "' is too large");
        }
        return value;
    }

    /** Grouped, with at most {@code decimals} decimals and no trailing zeros: {@code 10,000}, {@code 2.5}. */
    static String format(double value, int decimals) {
        StringBuilder pattern = new StringBuilder("#,##0");
        if (decimals > 0) {
            pattern.append('.').append("#".repeat(decimals));
        }
        return new DecimalFormat(pattern.toString(), DecimalFormatSymbols.getInstance(Locale.US)).format(value);
    }

    /** {@code value} rounded to {@code digits} significant digits, for values picked on log sliders. */
    static double roundSignificant(double value, int digits) {
        if (value == 0 || !Double.isFinite(value)) {
            return value;
        }
        return new BigDecimal(value).round(new MathContext(digits)).doubleValue();
    }
}
