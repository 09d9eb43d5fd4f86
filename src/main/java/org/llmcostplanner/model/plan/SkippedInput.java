package org.llmcostplanner.model.plan;

import org.llmcostplanner.model.ScenarioInput;

/**
 * An input a tornado leaves out, and why: at 0 (a share of 0 moves nothing), not applicable (its
 * lever or switch is off), or the metric undefined or the plan invalid where it moves.
 *
 * @param input  the input
 * @param reason a clause for the user, e.g. {@code at 0} or {@code routing is off}
 */
public record SkippedInput(ScenarioInput input, String reason) {
}
