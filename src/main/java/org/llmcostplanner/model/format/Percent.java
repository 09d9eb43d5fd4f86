package org.llmcostplanner.model.format;

import java.math.BigDecimal;

/**
 * Fractions (0.93) as the percentages users type (93) and back, exactly in decimal: 0.9 is 90,
 * not the 90.00000000000001 that multiplying by 100 gives, so a value shown and typed back in
 * percent leaves the scenario unchanged.
 */
public final class Percent {
    private Percent() {
    }

    /** {@code fraction} x 100; non-finite values pass through. */
    public static double fromFraction(double fraction) {
        return Double.isFinite(fraction) ? new BigDecimal(Double.toString(fraction)).movePointRight(2).doubleValue() : fraction;
    }

    /** {@code percent} / 100; non-finite values pass through. */
    public static double toFraction(double percent) {
        return Double.isFinite(percent) ? new BigDecimal(Double.toString(percent)).movePointLeft(2).doubleValue() : percent;
    }
}
