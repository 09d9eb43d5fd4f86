package org.llmcostplanner.model.selfhost;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The breakeven in words (see BreakevenTest for the figures). */
class SelfHostTextTest {
    @Test
    void oneCrossing() {
        assertEquals("Breaks even at 500,000 queries a month and stays cheaper above it.",
                SelfHostText.breakeven(Breakeven.of(new SelfHostCosts(Double.POSITIVE_INFINITY, 0, 1, 2_000, 0), 0.004)));
    }

    @Test
    void aFewCrossingsAreSpelledOut() {
        assertEquals("Breaks even at 2,833,333 queries a month; new replicas make it dearer again in places, and it stays"
                + " cheaper above 4,166,667 (5 crossings: cheaper from 2,833,333, dearer from 3,000,000, cheaper from"
                + " 3,500,000, dearer from 4,000,000, cheaper from 4,166,667).",
                SelfHostText.breakeven(Breakeven.of(new SelfHostCosts(1_000_000, 1_000, 1, 1_250, 0), 0.0015)));
    }

    @Test
    void manyAreCounted() {
        // $1,000 a replica earning $1,010: dearer again after each of many replicas.
        Breakeven many = Breakeven.of(new SelfHostCosts(1_000_000, 1_000, 1, 500, 0), 0.00101);
        String text = SelfHostText.breakeven(many);
        assertEquals("(" + many.crossingCount() + " crossings).", text.substring(text.lastIndexOf('(')));
    }

    @Test
    void never() {
        assertEquals("Never cheaper: the API costs nothing a query.",
                SelfHostText.breakeven(Breakeven.of(new SelfHostCosts(1_000, 10, 1, 0, 0), 0)));
    }
}
