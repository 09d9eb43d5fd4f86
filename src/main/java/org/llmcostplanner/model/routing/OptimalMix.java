package org.llmcostplanner.model.routing;

import java.util.List;
import java.util.OptionalDouble;
import java.util.StringJoiner;

import org.llmcostplanner.model.format.Money;

/** The optimiser's answer for a quality target: the cheapest mix, or why there is none. */
public sealed interface OptimalMix {
    /** The quality asked for, 0..1. */
    double targetQuality();

    /**
     * The cheapest mix that reaches the target within the limits.
     *
     * @param shares each tier's share, in the tiers' order, totalling 1
     * @param mix    what that mix costs and delivers (router overhead included)
     */
    record Found(double targetQuality, List<Double> shares, RoutingMix mix) implements OptimalMix {
        /** Shares below this (0.05%) are the solver's round-off, not traffic worth naming. */
        private static final double SHOWN_SHARE = 0.0005;

        public Found {
            shares = List.copyOf(shares);
        }

        /** The tiers that carry traffic, with their shares: "42.9% Medium: GPT-4o-mini, 57.1% Hard: GPT-4o". */
        public String sharesText() {
            StringJoiner text = new StringJoiner(", ");
            for (int i = 0; i < shares.size(); i++) {
                if (shares.get(i) >= SHOWN_SHARE) {
                    text.add(Money.percent(shares.get(i)) + " " + mix.tiers().get(i).name());
                }
            }
            return text.toString();
        }
    }

    /**
     * No mix within the limits reaches the target.
     *
     * @param highestQuality the best quality any mix within the other limits reaches; empty when the
     *                       other limits (share bounds, latency cap) leave no mix at all
     * @param reason         why, for the user: the limit at fault and by how much
     */
    record Infeasible(double targetQuality, OptionalDouble highestQuality, String reason) implements OptimalMix {
    }
}
