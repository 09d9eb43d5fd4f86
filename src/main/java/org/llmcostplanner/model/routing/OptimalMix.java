package org.llmcostplanner.model.routing;

import java.util.List;
import java.util.OptionalDouble;

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
        public Found {
            shares = List.copyOf(shares);
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
