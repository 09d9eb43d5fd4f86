package org.llmcostplanner.model.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.llmcostplanner.model.price.ModelPrice;

/** Blended figures of a router and of a cascade, against the chapter and hand calculations. */
class RoutingMixTest {
    /** A tier priced per call only (the exercise's per-request costs). */
    static RoutingTier perCall(String name, double usdPerCall, double share, double quality, double latencyMs) {
        return new RoutingTier(name, new ModelPrice(name, 0, 0), usdPerCall, share, quality, latencyMs, 0, 0, 1);
    }

    /** A tier whose input and output tokens cost the same per 1M, as in the chapter's router figure. */
    private static RoutingTier perToken(String name, double usdPer1M, double share, double quality, double latencyMs) {
        return new RoutingTier(name, new ModelPrice(name, usdPer1M, usdPer1M), share, quality, latencyMs);
    }

    @Test
    void chaptersRouterBlendsToTwoSixtyOnePer1MTokensAndSaves82Point6PercentAgainstAllOpus() {
        List<RoutingTier> tiers = List.of(
                perToken("Simple (GPT-4o-mini)", 0.60, 0.60, 0.88, 200),
                perToken("Medium (GPT-4o)", 2.50, 0.30, 0.95, 500),
                perToken("Complex (Claude Opus)", 15.00, 0.10, 0.97, 800));

        RoutingMix mix = RoutingMix.router(tiers, RouterOverhead.NONE, 500, 200);

        assertEquals(2.61, mix.usdPer1MTokens(), 1e-12); // 0.6 x 0.60 + 0.3 x 2.50 + 0.1 x 15.00 (erratum 4)
        assertEquals(2.61 * 700 / 1e6, mix.usdPerQuery(), 1e-15);
        int top = RoutingMix.topTier(tiers);
        assertEquals(2, top);
        double allOpus = tiers.get(top).usdPerQuery(500, 200);
        assertEquals(0.826, 1 - mix.usdPerQuery() / allOpus, 1e-12); // 1 - 2.61 / 15
        assertEquals(0.6 * 200 + 0.3 * 500 + 0.1 * 800, mix.meanLatencyMs(), 1e-9);
        assertTrue(mix.sharesConsistent());
        // Cost shares: 0.36, 0.75, 1.50 of 2.61.
        assertEquals(0.36 / 2.61, mix.tiers().get(0).costShare(), 1e-12);
        assertEquals(1.50 / 2.61, mix.tiers().get(2).costShare(), 1e-12);
    }

    @Test
    void routerOverheadIsPaidAndWaitedForOnEveryQuery() {
        List<RoutingTier> tiers = List.of(perCall("cheap", 0.001, 0.5, 0.8, 100), perCall("dear", 0.01, 0.5, 0.9, 300));

        RoutingMix mix = RoutingMix.router(tiers, new RouterOverhead(0.0002, 5), 0, 0);

        assertEquals(0.0055 + 0.0002, mix.usdPerQuery(), 1e-15);
        assertEquals(200 + 5, mix.meanLatencyMs(), 1e-12);
        assertEquals(0.85, mix.quality(), 1e-12);
        assertEquals(0, mix.usdPer1MTokens()); // no tokens: no per-token figure, and no division by zero
    }

    @Test
    void exercise1244sSketchedMixesFallShortOfNinetyTwoPercent() {
        // Erratum 5: 70/20/10 gives 86.6%, and the "fix" 40/40/20 gives 88.2%, not 92%.
        RoutingMix first = RoutingMix.router(List.of(perCall("BERT", 0.0001, 0.7, 0.85, 10),
                perCall("GPT-4o-mini", 0.001, 0.2, 0.88, 400), perCall("GPT-4o", 0.01, 0.1, 0.95, 600)),
                RouterOverhead.NONE, 0, 0);
        RoutingMix second = RoutingMix.router(List.of(perCall("BERT", 0.0001, 0.4, 0.85, 10),
                perCall("GPT-4o-mini", 0.001, 0.4, 0.88, 400), perCall("GPT-4o", 0.01, 0.2, 0.95, 600)),
                RouterOverhead.NONE, 0, 0);

        assertEquals(0.866, first.quality(), 1e-12);
        assertEquals(0.882, second.quality(), 1e-12);
        assertEquals(0.00244, second.usdPerQuery(), 1e-15);
    }

    @Test
    void sharesThatDoNotTotalOneAreScaledAndReported() {
        List<RoutingTier> tiers = List.of(perCall("a", 0.001, 0.45, 0.8, 100), perCall("b", 0.003, 0.45, 0.9, 100));

        RoutingMix mix = RoutingMix.router(tiers, RouterOverhead.NONE, 0, 0);

        assertFalse(mix.sharesConsistent());
        assertEquals(0.9, mix.sharesTotal(), 1e-12);
        assertEquals(0.002, mix.usdPerQuery(), 1e-15); // 50/50 after scaling
        assertEquals(0.5, mix.tiers().get(0).trafficShare(), 1e-12);
    }

    @Test
    void sharesTotallingZeroRouteNothingAndStayFinite() {
        RoutingMix mix = RoutingMix.router(List.of(perCall("a", 0.001, 0, 0.8, 100)), new RouterOverhead(0.0001, 4), 10, 10);

        assertEquals(0.0001, mix.usdPerQuery(), 1e-15);
        assertEquals(0, mix.quality());
        assertEquals(4, mix.meanLatencyMs());
        assertEquals(0, mix.tiers().get(0).costShare());
    }

    @Test
    void threeTierCascadeWorkedOutByHand() {
        // 40% of queries escalate from A, 25% of those reaching B escalate to C.
        // Reach: A 1, B 0.4, C 0.1. Answered: A 0.6, B 0.3, C 0.1.
        // Cost: 1 x 0.001 + 0.4 x 0.01 + 0.1 x 0.05 = 0.010. Latency: 100 + 0.4 x 300 + 0.1 x 800 = 300 ms.
        // Quality: 0.6 x 0.80 + 0.3 x 0.90 + 0.1 x 0.97 = 0.847. Cost shares: 10%, 40%, 50%.
        List<RoutingTier> tiers = List.of(
                perCall("A", 0.001, 0, 0.80, 100).withEscalationRate(0.40),
                perCall("B", 0.01, 0, 0.90, 300).withEscalationRate(0.25),
                perCall("C", 0.05, 0, 0.97, 800).withEscalationRate(0.70)); // the last tier's rate is ignored

        RoutingMix cascade = RoutingMix.cascade(tiers, 0, 0);

        assertEquals(0.010, cascade.usdPerQuery(), 1e-15);
        assertEquals(300, cascade.meanLatencyMs(), 1e-9);
        assertEquals(0.847, cascade.quality(), 1e-12);
        assertEquals(List.of(0.6, 0.3, 0.1), cascade.tiers().stream().map(t -> round(t.trafficShare())).toList());
        assertEquals(List.of(1.0, 0.4, 0.1), cascade.tiers().stream().map(t -> round(t.callShare())).toList());
        assertEquals(List.of(0.1, 0.4, 0.5), cascade.tiers().stream().map(t -> round(t.costShare())).toList());
    }

    @Test
    void cascadeWithoutEscalationIsItsFirstTier() {
        List<RoutingTier> tiers = List.of(perCall("A", 0.002, 0, 0.8, 120), perCall("B", 0.05, 0, 0.97, 800));

        RoutingMix cascade = RoutingMix.cascade(tiers, 0, 0);

        assertEquals(0.002, cascade.usdPerQuery(), 1e-15);
        assertEquals(0.8, cascade.quality(), 1e-12);
        assertEquals(120, cascade.meanLatencyMs(), 1e-12);
    }

    private static double round(double value) {
        return Math.round(value * 1e9) / 1e9;
    }
}
