package org.llmcostplanner.model.selfhost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalDouble;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;

/**
 * The breakeven's properties over random plans (jqwik), and its crossings against a second
 * computation: the sign of self-hosting's cost less the API's, probed between and around them.
 */
class BreakevenPropertiesTest {
    /** A breakeven as a number: none is beyond every volume. */
    private static double volume(OptionalDouble breakeven) {
        return breakeven.orElse(Double.POSITIVE_INFINITY);
    }

    private static SelfHostCosts costs(double gpuUsdPerHour, double queriesPerReplica, int minReplicas, double fixedUsd) {
        return new SelfHostCosts(queriesPerReplica, gpuUsdPerHour * 720, minReplicas, fixedUsd, 0);
    }

    @Property(tries = 1_000)
    void raisingTheGpuPriceNeverLowersTheBreakeven(@ForAll @DoubleRange(min = 0, max = 50) double gpuUsdPerHour,
                                                   @ForAll @DoubleRange(min = 0, max = 50) double more,
                                                   @ForAll @DoubleRange(min = 1e3, max = 1e8) double queriesPerReplica,
                                                   @ForAll @IntRange(min = 0, max = 10) int minReplicas,
                                                   @ForAll @DoubleRange(min = 0, max = 50_000) double fixedUsd,
                                                   @ForAll @DoubleRange(min = 1e-6, max = 0.1) @Scale(9) double apiUsdPerQuery) {
        double cheap = volume(Breakeven.of(costs(gpuUsdPerHour, queriesPerReplica, minReplicas, fixedUsd), apiUsdPerQuery).breakeven());
        double dear = volume(Breakeven.of(costs(gpuUsdPerHour + more, queriesPerReplica, minReplicas, fixedUsd), apiUsdPerQuery)
                .breakeven());
        assertTrue(dear >= cheap * (1 - 1e-12), cheap + " -> " + dear);
    }

    @Property(tries = 1_000)
    void raisingTheApiPriceNeverRaisesTheBreakeven(@ForAll @DoubleRange(min = 0, max = 50) double gpuUsdPerHour,
                                                   @ForAll @DoubleRange(min = 1e3, max = 1e8) double queriesPerReplica,
                                                   @ForAll @IntRange(min = 0, max = 10) int minReplicas,
                                                   @ForAll @DoubleRange(min = 0, max = 50_000) double fixedUsd,
                                                   @ForAll @DoubleRange(min = 1e-6, max = 0.1) @Scale(9) double apiUsdPerQuery,
                                                   @ForAll @DoubleRange(min = 0, max = 0.1) double more) {
        SelfHostCosts selfHost = costs(gpuUsdPerHour, queriesPerReplica, minReplicas, fixedUsd);
        double cheapApi = volume(Breakeven.of(selfHost, apiUsdPerQuery).breakeven());
        double dearApi = volume(Breakeven.of(selfHost, apiUsdPerQuery + more).breakeven());
        assertTrue(dearApi <= cheapApi * (1 + 1e-12), cheapApi + " -> " + dearApi);
    }

    @Property(tries = 2_000)
    void theCrossingsAreWhereTheCheaperSideChanges(@ForAll @DoubleRange(min = 0.1, max = 10) double gpuUsdPerHour,
                                                   @ForAll @DoubleRange(min = 1e4, max = 1e7) double queriesPerReplica,
                                                   @ForAll @IntRange(min = 0, max = 5) int minReplicas,
                                                   @ForAll @DoubleRange(min = 0, max = 20_000) double fixedUsd,
                                                   @ForAll @DoubleRange(min = 0, max = 2) double apiOverReplica) {
        // The API price around a replica's price per query, where steps cross the line again and again.
        SelfHostCosts selfHost = costs(gpuUsdPerHour, queriesPerReplica, minReplicas, fixedUsd);
        double api = apiOverReplica * selfHost.replicaUsdPerMonth() / queriesPerReplica;
        Assume.that(api > 0);
        Breakeven breakeven = Breakeven.of(selfHost, api);
        Assume.that(breakeven.crossingCount() <= Breakeven.MOST_LISTED);
        List<Crossing> crossings = breakeven.crossings();
        // Between crossings, and before the first and after the last, the cheaper side is the one the crossings say.
        double before = 0;
        boolean cheaper = false;
        for (int i = 0; i <= crossings.size(); i++) {
            double after = i < crossings.size() ? crossings.get(i).queriesPerMonth() : (before + queriesPerReplica) * 3;
            for (double at : new double[] {before + (after - before) * 0.25, before + (after - before) * 0.5,
                    before + (after - before) * 0.999}) {
                if (at > before && at < after) {
                    assertEquals(cheaper, selfHost.monthlyUsd(at) <= api * at,
                            "at " + at + " between " + before + " and " + after + " in " + crossings);
                }
            }
            if (i < crossings.size()) {
                cheaper = crossings.get(i).selfHostingGetsCheaper();
                before = after;
            }
        }
        assertEquals(cheaper, breakeven.cheaperAbove().isPresent(), "the last side holds beyond the last crossing");
        if (breakeven.cheaperAbove().isPresent()) {
            // Far beyond: self-hosting stays cheaper at every step's end and start.
            double above = breakeven.cheaperAbove().getAsDouble();
            for (int step = 1; step <= 50; step++) {
                double at = Math.ceil(above / queriesPerReplica + step) * queriesPerReplica;
                assertTrue(selfHost.monthlyUsd(at) <= api * at && selfHost.monthlyUsd(at + 1) <= api * (at + 1), "at " + at);
            }
        }
    }
}
