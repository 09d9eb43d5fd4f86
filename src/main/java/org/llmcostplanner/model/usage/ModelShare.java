package org.llmcostplanner.model.usage;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * One model's share of the queries in the logs, and the routing tier it matches, if any.
 *
 * @param model   as the logs spell it
 * @param queries its calls that were not retries
 * @param share   its share of all such calls, 0..1
 * @param tier    the index of the scenario's routing tier on this model (names compared ignoring
 *                case and surrounding spaces); empty when no tier, or more than one, has it
 */
public record ModelShare(String model, long queries, double share, OptionalInt tier) {
    public ModelShare {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(tier, "tier");
    }
}
