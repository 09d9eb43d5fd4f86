package org.llmcostplanner.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NumberTextTest {

    @Test
    void acceptsTheFormsSpreadsheetUsersType() {
        assertEquals(10_000, NumberText.parse("10000"));
        assertEquals(10_000, NumberText.parse(" 10,000 "));
        assertEquals(2.5, NumberText.parse("$2.50"));
        assertEquals(10_000, NumberText.parse("1e4"));
        assertEquals(10_000, NumberText.parse("10k"));
        assertEquals(2_500_000, NumberText.parse("2.5M"));
        assertEquals(-5, NumberText.parse("-5"));
        assertEquals(0.5, NumberText.parse(".5"));
    }

    @Test
    void refusesTextThatIsNotANumberWithTheTextInTheMessage() {
        NumberFormatException words = assertThrows(NumberFormatException.class, () -> NumberText.parse("ten"));
        assertTrue(words.getMessage().contains("'ten' is not a number"));
        assertThrows(NumberFormatException.class, () -> NumberText.parse(""));
        assertThrows(NumberFormatException.class, () -> NumberText.parse("NaN"));
        assertThrows(NumberFormatException.class, () -> NumberText.parse("Infinity"));
        assertThrows(NumberFormatException.class, () -> NumberText.parse("1e400"));
        assertThrows(NumberFormatException.class, () -> NumberText.parse("1.2.3"));
    }

    @Test
    void formatsWithGroupingAndNoTrailingZeros() {
        assertEquals("10,000", NumberText.format(10_000, 0));
        assertEquals("2.5", NumberText.format(2.5, 3));
        assertEquals("30.42", NumberText.format(30.416666, 2));
    }

    @Test
    void roundsLogSliderValuesToThreeSignificantDigits() {
        assertEquals(12_300, NumberText.roundSignificant(12_345.678, 3));
        assertEquals(0.0123, NumberText.roundSignificant(0.012345, 3), 1e-15);
    }
}
