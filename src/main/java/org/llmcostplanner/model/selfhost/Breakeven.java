package org.llmcostplanner.model.selfhost;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.llmcostplanner.model.format.Money;

/**
 * Where the self-hosting step function meets the API's straight line, over all volumes.
 *
 * <p>With c the API's cost per query less what every query costs on both sides, K a replica's
 * capacity, G its monthly price and F the fixed costs: on the volumes served by r replicas,
 * ((r - 1)K, rK], self-hosting costs Gr + F against the API's cQ. So it turns cheaper inside that
 * step at Q = (Gr + F) / c, and a new replica can turn it dearer again at Q = rK. When cK &gt; G a
 * replica earns more than it costs, and above some volume self-hosting stays cheaper; otherwise the
 * API wins from some volume on (at once, when F &gt;= 0 and cK &lt;= G).
 *
 * @param crossings       the first {@link #MOST_LISTED} crossings, in volume order
 * @param crossingCount   how many crossings there are in all
 * @param breakeven       the lowest volume at which self-hosting is as cheap as the API; empty if none
 * @param cheaperAbove    the volume above which self-hosting stays as cheap or cheaper; empty if none
 * @param neverReason     why self-hosting is never cheaper, when it is not
 */
public record Breakeven(List<Crossing> crossings, long crossingCount, OptionalDouble breakeven,
                        OptionalDouble cheaperAbove, Optional<String> neverReason) {
    /** Crossings kept in the list; a pathological plan can have millions. */
    public static final int MOST_LISTED = 100;
    /** Steps followed before giving up on finding where the pattern settles. */
    static final long MOST_STEPS = 10_000_000;

    public Breakeven {
        crossings = List.copyOf(crossings);
    }

    /** The crossings of {@code selfHost} with an API at {@code apiUsdPerQuery}. */
    public static Breakeven of(SelfHostCosts selfHost, double apiUsdPerQuery) {
        double c = apiUsdPerQuery - selfHost.usdPerQuery();
        double k = selfHost.queriesPerReplicaMonth();
        double g = selfHost.replicaUsdPerMonth();
        double f = selfHost.fixedUsdPerMonth();
        double first = Math.max(1, selfHost.minReplicas());
        if (!(c > 0)) {
            return never(selfHost.usdPerQuery() > 0
                    ? "the API costs " + Money.usdPrecise(apiUsdPerQuery) + " a query, no more than the cache lookups in"
                            + " front of either (" + Money.usdPrecise(selfHost.usdPerQuery()) + ")"
                    : "the API costs nothing a query");
        }
        if (!(k > 0)) {
            return never("a replica serves no queries: its throughput is 0");
        }
        if (g * first + f <= 0) {
            return new Breakeven(List.of(new Crossing(0, true)), 1, OptionalDouble.of(0), OptionalDouble.of(0),
                    Optional.empty()); // self-hosting costs nothing at any volume
        }
        boolean replicasPayOff = c * k > g;
        if (!replicasPayOff && g * first + f > c * first * k) {
            return never("a replica costs " + Money.usd(g)
                    + " a month and serves at most " + Money.count(k) + " queries: " + Money.usdPrecise(g / k)
                    + " a query, more than the API's " + Money.usdPrecise(c)
                    + (f > 0 ? ", before " + Money.usd(f) + " a month of fixed costs" : ""));
        }
        List<Crossing> listed = new ArrayList<>();
        long count = 0;
        double breakeven = Double.NaN;
        double lastCheaper = Double.NaN;
        // Before r_a = F / (cK - G) replicas every step is dearer throughout: start just below it.
        double r = first;
        if (replicasPayOff && Double.isFinite(k)) {
            r = Math.max(first, Math.floor(f / (c * k - g)) - 1);
        }
        boolean cheaper = false; // just above the previous step's end (just above 0 at first)
        for (long steps = 0; steps < MOST_STEPS; steps++, r++) {
            double lo = r == first ? 0 : (r - 1) * k;
            double hi = Double.isInfinite(k) ? Double.POSITIVE_INFINITY : r * k;
            double cost = g * r + f;
            boolean cheaperAtStart = cost <= c * lo;
            if (cheaper && !cheaperAtStart) {
                count++;
                add(listed, new Crossing(lo, false));
            }
            boolean cheaperAtEnd = cost <= c * hi;
            if (!cheaperAtStart && cheaperAtEnd) {
                double at = cost / c;
                count++;
                add(listed, new Crossing(at, true));
                if (Double.isNaN(breakeven)) {
                    breakeven = at;
                }
                lastCheaper = at;
            }
            cheaper = cheaperAtEnd;
            boolean settled = cheaper ? c * hi >= g * (r + 1) + f && replicasPayOff : !replicasPayOff;
            if (settled || Double.isInfinite(hi)) {
                boolean staysCheaper = cheaper;
                return new Breakeven(listed, count, optional(breakeven),
                        staysCheaper ? optional(lastCheaper) : OptionalDouble.empty(),
                        Double.isNaN(breakeven) ? Optional.of("the API stays cheaper at every volume") : Optional.empty());
            }
        }
        return new Breakeven(listed, count, optional(breakeven), OptionalDouble.empty(), Optional.empty());
    }

    private static Breakeven never(String reason) {
        return new Breakeven(List.of(), 0, OptionalDouble.empty(), OptionalDouble.empty(), Optional.of(reason));
    }

    private static void add(List<Crossing> listed, Crossing crossing) {
        if (listed.size() < MOST_LISTED) {
            listed.add(crossing);
        }
    }

    private static OptionalDouble optional(double value) {
        return Double.isNaN(value) ? OptionalDouble.empty() : OptionalDouble.of(value);
    }
}
