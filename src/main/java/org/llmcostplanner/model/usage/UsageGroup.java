package org.llmcostplanner.model.usage;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;

/**
 * One group of calls the aggregator keeps: a day (in its time zone), a model and a feature.
 *
 * @param day     the day the calls were made
 * @param model   the model called
 * @param feature the feature that called it; "" when the log named none
 * @param totals  what the group's calls add up to
 */
public record UsageGroup(LocalDate day, String model, String feature, UsageTotals totals) {
    /** By day, then model, then feature. */
    public static final Comparator<UsageGroup> ORDER = Comparator.comparing(UsageGroup::day)
            .thenComparing(UsageGroup::model).thenComparing(UsageGroup::feature);

    public UsageGroup {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(feature, "feature");
        Objects.requireNonNull(totals, "totals");
    }
}
