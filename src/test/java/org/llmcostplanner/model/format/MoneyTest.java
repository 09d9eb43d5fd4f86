package org.llmcostplanner.model.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void usdShowsWholeCentsWithThousandsSeparators() {
        assertEquals("$10,055.00", Money.usd(10_055));
        assertEquals("$975.00", Money.usd(975));
        assertEquals("$1,234,567.89", Money.usd(1_234_567.891));
        assertEquals("$0.00", Money.usd(0));
    }

    @Test
    void usdPutsTheMinusBeforeTheDollarSign() {
        assertEquals("-$5.00", Money.usd(-5));
        assertEquals("-$1,234.50", Money.usd(-1_234.5));
    }

    @Test
    void usdNeverShowsNegativeZero() {
        assertEquals("$0.00", Money.usd(-0.0));
        assertEquals("$0.00", Money.usd(-0.004));
    }

    @Test
    void usdOfADecimalShowsItExactlyInTheSameForm() {
        assertEquals("$53,569.12", Money.usd(new java.math.BigDecimal("53569.12")));
        assertEquals("-$94,477.50", Money.usd(new java.math.BigDecimal("-94477.50")));
        assertEquals("$0.00", Money.usd(new java.math.BigDecimal("-0.00")));
        assertEquals("$90,071,992,547,409.93", Money.usd(new java.math.BigDecimal("90071992547409.93")),
                "beyond 2^53 / 100 a double has no cents; a decimal keeps them");
    }

    @Test
    void usdPreciseShowsFourSignificantDigitsBelowOneDollar() {
        // 10,055 / 300,000 = 0.0335166... -> 0.03352
        assertEquals("$0.03352", Money.usdPrecise(10_055.0 / 300_000.0));
        // 0.00325 keeps its trailing zero to show four significant digits.
        assertEquals("$0.003250", Money.usdPrecise(0.00325));
        assertEquals("$0.1235", Money.usdPrecise(0.12345678));
        assertEquals("$0.50", Money.usdPrecise(0.5));
    }

    @Test
    void usdPriceDropsZerosBeyondTheCents() {
        assertEquals("$2.50", Money.usdPrice(2.5));
        assertEquals("$0.10", Money.usdPrice(0.1));
        assertEquals("$0.075", Money.usdPrice(0.075));
        assertEquals("$0.0375", Money.usdPrice(0.0375));
        assertEquals("$0.6200", Money.usdPrecise(0.62));
        assertEquals("$0.62", Money.usdPrice(0.62));
        assertEquals("$0.1235", Money.usdPrice(0.12345678));
        assertEquals("$1.00", Money.usdPrice(0.99999));
        assertEquals("$1,250.00", Money.usdPrice(1250));
        assertEquals("$0.00", Money.usdPrice(0));
    }

    @Test
    void usdPreciseFallsBackToCentsFromOneDollar() {
        assertEquals("$1.50", Money.usdPrecise(1.5));
        assertEquals("$1,234.57", Money.usdPrecise(1_234.567));
        assertEquals("$0.00", Money.usdPrecise(0));
    }

    @Test
    void usdPreciseJustBelowOneDollarRoundsToCentsLikeOneDollar() {
        // 0.99996 to four significant digits is 1.000: shown as a dollar amount, like 1.0 itself.
        assertEquals(Money.usdPrecise(1.0), Money.usdPrecise(0.99996));
        assertEquals("$1.00", Money.usdPrecise(0.99996));
    }

    @Test
    void usdPreciseKeepsTheSignOfSmallNegatives() {
        assertEquals("-$0.003250", Money.usdPrecise(-0.00325));
        assertEquals("-$5.00", Money.usdPrecise(-5));
    }

    @Test
    void percentShowsAShareWithOneDecimal() {
        // 975 / 10,055 = 0.09697 -> 9.7 %
        assertEquals("9.7%", Money.percent(975.0 / 10_055.0));
        assertEquals("79.6%", Money.percent(8_000.0 / 10_055.0));
        assertEquals("0.0%", Money.percent(0));
        assertEquals("100.0%", Money.percent(1));
        assertEquals("-5.0%", Money.percent(-0.05));
    }

    @Test
    void percentNeverShowsNegativeZero() {
        assertEquals("0.0%", Money.percent(-0.00001));
        assertEquals("0.0%", Money.percent(-0.0));
    }

    @Test
    void countGroupsThousandsWithoutDecimals() {
        assertEquals("300,000", Money.count(300_000));
        assertEquals("0", Money.count(0));
        assertEquals("1,235", Money.count(1_234.6));
        assertEquals("-1,234", Money.count(-1_234));
        assertEquals("0", Money.count(-0.4));
    }

    @Test
    void compactUsesThousandMillionBillionSuffixes() {
        assertEquals("1K", Money.compact(1_000));
        assertEquals("10K", Money.compact(10_000));
        assertEquals("1M", Money.compact(1_000_000));
        assertEquals("10M", Money.compact(10_000_000));
        assertEquals("2.5M", Money.compact(2_500_000));
        assertEquals("1B", Money.compact(1e9));
        assertEquals("1T", Money.compact(1e12));
        assertEquals("999", Money.compact(999));
        assertEquals("0", Money.compact(0));
        assertEquals("-2.5K", Money.compact(-2_500));
    }

    @Test
    void compactCarriesIntoTheNextSuffixWhenRoundingReachesAThousand() {
        // 999,999 is 999.999K, which rounds to "1000K"; it must read 1M.
        assertEquals("1M", Money.compact(999_999));
        assertEquals("1K", Money.compact(999.96));
        assertEquals("-1M", Money.compact(-999_999));
        // No suffix above T: a quadrillion stays in trillions.
        assertEquals("1000T", Money.compact(1e15));
    }

    @Test
    void compactNeverShowsNegativeZero() {
        assertEquals("0", Money.compact(-0.01));
    }

    @Test
    void plainShowsUpToSixDecimalsWithoutGrouping() {
        assertEquals("2.5", Money.plain(2.5));
        assertEquals("-3", Money.plain(-3));
        assertEquals("10000000000", Money.plain(1e10));
        assertEquals("0.123457", Money.plain(0.1234567));
        assertEquals("0", Money.plain(0));
    }

    @Test
    void plainNamesNonFiniteValuesAndNeverShowsNegativeZero() {
        assertEquals("NaN", Money.plain(Double.NaN));
        assertEquals("Infinity", Money.plain(Double.POSITIVE_INFINITY));
        assertEquals("-Infinity", Money.plain(Double.NEGATIVE_INFINITY));
        assertEquals("0", Money.plain(-1e-9));
    }
}
