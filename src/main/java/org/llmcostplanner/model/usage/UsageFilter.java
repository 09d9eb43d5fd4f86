package org.llmcostplanner.model.usage;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Which calls a dashboard, the budget alerts or the anomalies look at: a range of days (both ends
 * included, days in the aggregator's time zone), and optionally one model and one feature, matched
 * exactly as the log spells them.
 *
 * @param from    the first day included; empty: from the first day in the logs
 * @param to      the last day included; empty: to the last day in the logs
 * @param model   only this model; empty: every model
 * @param feature only this feature ("" is the calls the log gave no feature); empty: every feature
 */
public record UsageFilter(Optional<LocalDate> from, Optional<LocalDate> to, Optional<String> model,
                          Optional<String> feature) {
    /** Everything. */
    public static final UsageFilter ALL = new UsageFilter(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty());

    public UsageFilter {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(feature, "feature");
        if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
            throw new IllegalArgumentException("the range starts after it ends: " + from.get() + " to " + to.get());
        }
    }

    /** These days, both included; either end may be null for an open end. */
    public UsageFilter withDays(LocalDate first, LocalDate last) {
        return new UsageFilter(Optional.ofNullable(first), Optional.ofNullable(last), model, feature);
    }

    /** Only this model; null for every model. */
    public UsageFilter withModel(String value) {
        return new UsageFilter(from, to, Optional.ofNullable(value), feature);
    }

    /** Only this feature; null for every feature. */
    public UsageFilter withFeature(String value) {
        return new UsageFilter(from, to, model, Optional.ofNullable(value));
    }

    /** Whether the range leaves out any day. */
    public boolean limitsDays() {
        return from.isPresent() || to.isPresent();
    }

    public boolean includesDay(LocalDate day) {
        return (from.isEmpty() || !day.isBefore(from.get())) && (to.isEmpty() || !day.isAfter(to.get()));
    }

    public boolean includesModel(String name) {
        return model.isEmpty() || model.get().equals(name);
    }

    public boolean includesFeature(String name) {
        return feature.isEmpty() || feature.get().equals(name);
    }

    public boolean includes(LocalDate day, String modelName, String featureName) {
        return includesDay(day) && includesModel(modelName) && includesFeature(featureName);
    }
}
