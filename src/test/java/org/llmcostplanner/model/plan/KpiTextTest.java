package org.llmcostplanner.model.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;

/** Compared figures as the Compare tab and {@code compare --format table} print them. */
class KpiTextTest {
    private static Optional<BigDecimal> shown(String digits) {
        return Optional.of(new BigDecimal(digits));
    }

    @Test
    void eachUnitReadsAsItsKindOfNumber() {
        assertEquals("$68,769.12", KpiText.value(KpiUnit.USD_PER_MONTH, shown("68769.12")));
        assertEquals("$0.059521", KpiText.value(KpiUnit.USD_PER_QUERY, shown("0.059521")));
        assertEquals("1,239,385", KpiText.value(KpiUnit.QUERIES_PER_MONTH, shown("1239385")));
        assertEquals("91.9%", KpiText.value(KpiUnit.SHARE, shown("91.9")));
        assertEquals("24,480 ms", KpiText.value(KpiUnit.MILLISECONDS, shown("24480")));
        assertEquals("", KpiText.value(KpiUnit.SHARE, Optional.empty()));
    }

    @Test
    void changesCarryTheirSignAndSharesChangeInPoints() {
        assertEquals("+$57,964.12", KpiText.change(KpiUnit.USD_PER_MONTH, shown("57964.12")));
        assertEquals("-$50.00", KpiText.change(KpiUnit.USD_PER_MONTH, shown("-50.00")));
        assertEquals("$0.00", KpiText.change(KpiUnit.USD_PER_MONTH, shown("0.00")));
        assertEquals("-$0.000123", KpiText.change(KpiUnit.USD_PER_QUERY, shown("-0.000123")));
        assertEquals("-1.1 pts", KpiText.change(KpiUnit.SHARE, shown("-1.1")));
        assertEquals("+600,000", KpiText.change(KpiUnit.QUERIES_PER_MONTH, shown("600000")));
        assertEquals("", KpiText.change(KpiUnit.USD_PER_MONTH, Optional.empty()));
    }

    @Test
    void percentagesAreSignedToATenthAndBlankWhenUndefined() {
        assertEquals("+536.5%", KpiText.percent(OptionalDouble.of(536.46)));
        assertEquals("-6.7%", KpiText.percent(OptionalDouble.of(-50.0 / 750 * 100)));
        assertEquals("+1,000.0%", KpiText.percent(OptionalDouble.of(1000)));
        assertEquals("0.0%", KpiText.percent(OptionalDouble.of(-0.04)), "no minus on a change that rounds to 0");
        assertEquals("", KpiText.percent(OptionalDouble.empty()));
    }
}
