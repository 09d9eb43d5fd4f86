package org.llmcostplanner.model.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The unit of a compared figure, and the precision it is shown at: a shown value is the exact
 * value rounded half to even to {@link #shownDecimals()} places of {@link #shown(double)}'s scale,
 * so a shown difference can be taken from two shown values and agree with them.
 */
public enum KpiUnit {
    /** USD per month, shown in cents. */
    USD_PER_MONTH("USD per month", 2, 1),
    /** USD per query, shown to a millionth of a dollar. */
    USD_PER_QUERY("USD per query", 6, 1),
    /** Queries per month (or a volume of them), shown whole. */
    QUERIES_PER_MONTH("queries per month", 0, 1),
    /** A share 0..1, shown in percent to a tenth (so 0.924 shows as 92.4). */
    SHARE("share 0..1", 1, 100),
    /** Milliseconds, shown whole. */
    MILLISECONDS("ms", 0, 1);

    private final String label;
    private final int shownDecimals;
    private final int shownFactor;

    KpiUnit(String label, int shownDecimals, int shownFactor) {
        this.label = label;
        this.shownDecimals = shownDecimals;
        this.shownFactor = shownFactor;
    }

    /** The unit as words, e.g. {@code USD per month}. */
    public String label() {
        return label;
    }

    /** Decimal places a shown value has. */
    public int shownDecimals() {
        return shownDecimals;
    }

    /** {@code value} as shown: times 100 for a share, rounded half to even to {@link #shownDecimals()}; finite input only. */
    public BigDecimal shown(double value) {
        return new BigDecimal(value).multiply(BigDecimal.valueOf(shownFactor)).setScale(shownDecimals, RoundingMode.HALF_EVEN);
    }
}
