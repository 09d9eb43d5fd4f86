package org.llmcostplanner.model.plan;

import java.math.BigDecimal;
import java.math.MathContext;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.llmcostplanner.model.ScenarioInput;

/** An input's value as the window shows it, with its unit: {@code 10,000 queries / day}, {@code 40.0%}. */
public final class InputText {
    private static final DecimalFormatSymbols US = DecimalFormatSymbols.getInstance(Locale.US);

    private InputText() {
    }

    /** {@code value} with the input's decimals and unit; a value its decimals would show as 0 keeps three significant digits. */
    public static String of(ScenarioInput input, double value) {
        String digits = number(input, value);
        return "%".equals(input.unit()) ? digits + "%" : digits + " " + input.unit();
    }

    /**
     * {@code value} without its unit, trailing zeros dropped, with the input's decimals or, below
     * 100, three significant digits if more: {@code 31}, {@code 2.5}, {@code 1.2} (not {@code 1}), {@code 0.736}.
     */
    public static String brief(ScenarioInput input, double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        int significant = value != 0 && Math.abs(value) < 100 ? 2 - (int) Math.floor(Math.log10(Math.abs(value))) : 0;
        int decimals = Math.min(10, Math.max(input.decimals(), significant));
        return new DecimalFormat(decimals > 0 ? "#,##0." + "#".repeat(decimals) : "#,##0", US).format(value);
    }

    /** An input's valid range, with trailing zeros dropped: {@code 0 to 1,000 USD / query}, {@code 0% to 100%}. */
    public static String range(ScenarioInput input) {
        String percent = "%".equals(input.unit()) ? "%" : "";
        return trimmed(input.validMin()) + percent + " to " + trimmed(input.validMax())
                + (percent.isEmpty() ? " " + input.unit() : percent);
    }

    private static String trimmed(double value) {
        return new DecimalFormat("#,##0.######", US).format(value);
    }

    /** {@code value} with the input's decimals, without the unit: {@code 10,000}, {@code 2.500}. */
    public static String number(ScenarioInput input, double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        String pattern = input.decimals() > 0 ? "#,##0." + "0".repeat(input.decimals()) : "#,##0";
        String digits = new DecimalFormat(pattern, US).format(value);
        if (value != 0 && digits.chars().noneMatch(c -> c >= '1' && c <= '9')) {
            digits = new BigDecimal(value).round(new MathContext(3)).stripTrailingZeros().toPlainString();
        }
        return digits;
    }
}
