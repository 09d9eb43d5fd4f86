package org.llmcostplanner.model.plan;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One lever's bar in the savings waterfall.
 *
 * @param lever                  the lever
 * @param on                     whether its switch is on in the scenario; a lever that is off
 *                               saves exactly 0 and is still listed
 * @param monthlyApiCostUsd      the monthly API cost, in USD, with this lever and the ones before
 *                               it as the scenario has them and the ones after it off
 * @param savingUsdPerMonthExact the cost before this lever less {@code monthlyApiCostUsd}: the
 *                               exact difference of the two doubles, so the steps telescope to
 *                               baseline less optimised with no rounding; negative when the lever
 *                               adds cost (a router's fee above what it saves, a cache write
 *                               surcharge, retries of failed batches); never null
 */
public record WaterfallStep(Lever lever, boolean on, double monthlyApiCostUsd, BigDecimal savingUsdPerMonthExact) {
    public WaterfallStep {
        Objects.requireNonNull(lever, "lever");
        Objects.requireNonNull(savingUsdPerMonthExact, "savingUsdPerMonthExact");
    }

    /** The saving in USD per month, as the nearest double to the exact figure. */
    public double savingUsdPerMonth() {
        return savingUsdPerMonthExact.doubleValue();
    }

    /** Whether the lever makes the plan dearer (a negative saving). */
    public boolean addsCost() {
        return savingUsdPerMonthExact.signum() < 0;
    }
}
