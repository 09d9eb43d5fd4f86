package org.llmcostplanner.model.usage;

import java.util.Objects;

/**
 * One value the logs would change in the scenario, for the preview before applying.
 *
 * @param path          the field's path in the scenario file, e.g. {@code workload.queriesPerDay} or
 *                      {@code routing.tiers[1].share}
 * @param label         what the window calls it, e.g. "Queries per day" or "Tier 'Hard: GPT-4o' share"
 * @param unit          the unit of both values, as the window shows it ("queries / day", "tokens", "%")
 * @param currentValue  the scenario's value now, in that unit
 * @param proposedValue the value from the logs, in that unit (not rounded: the window rounds for display)
 */
public record CalibrationChange(String path, String label, String unit, double currentValue, double proposedValue) {
    public CalibrationChange {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(unit, "unit");
    }
}
