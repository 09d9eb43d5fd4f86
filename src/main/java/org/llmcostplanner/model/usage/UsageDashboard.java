package org.llmcostplanner.model.usage;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The usage figures under one filter, as the Usage tab and the {@code usage} command show them.
 * Lists are in a fixed order: by model, by feature and the top users by cost descending, then name;
 * by day in date order, every day from the first to the last with calls under the filter, days
 * without calls included at zero.
 *
 * @param zone                the time zone the days are counted in
 * @param filter              what was included
 * @param rows                what became of the rows read (for the whole import, not the filter)
 * @param totals              every call under the filter
 * @param byModel             per model
 * @param byFeature           per feature ("" for calls the log gave no feature)
 * @param byDay               per day, gaps filled with zero days
 * @param topUsers            the users who spent most; calls with no user are left out
 * @param topUsersIgnoreDates true when the top users cover every day whatever the filter's date
 *                            range (too many user-days to keep, see {@link UsageAggregator})
 * @param latencyP50Ms        median latency, ms, to within 1%; empty with no calls
 * @param latencyP95Ms        95th percentile latency, ms, to within 1%; empty with no calls
 */
public record UsageDashboard(ZoneId zone, UsageFilter filter, ImportSummary rows, UsageTotals totals,
                             List<Breakdown> byModel, List<Breakdown> byFeature, List<DayUsage> byDay,
                             List<UserSpend> topUsers, boolean topUsersIgnoreDates, OptionalDouble latencyP50Ms,
                             OptionalDouble latencyP95Ms) {
    public UsageDashboard {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(rows, "rows");
        Objects.requireNonNull(totals, "totals");
        byModel = List.copyOf(byModel);
        byFeature = List.copyOf(byFeature);
        byDay = List.copyOf(byDay);
        topUsers = List.copyOf(topUsers);
        Objects.requireNonNull(latencyP50Ms, "latencyP50Ms");
        Objects.requireNonNull(latencyP95Ms, "latencyP95Ms");
    }

    /**
     * One model's or feature's calls.
     *
     * @param name   as the log spells it
     * @param totals what its calls add up to
     */
    public record Breakdown(String name, UsageTotals totals) {
        public Breakdown {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(totals, "totals");
        }

        public double costUsd() {
            return totals.costUsd();
        }

        public long calls() {
            return totals.calls();
        }
    }

    /**
     * One day's calls.
     *
     * @param day    in the dashboard's time zone
     * @param totals what its calls add up to; {@link UsageTotals#ZERO} on a day without calls
     */
    public record DayUsage(LocalDate day, UsageTotals totals) {
        public DayUsage {
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(totals, "totals");
        }

        public double costUsd() {
            return totals.costUsd();
        }

        public long calls() {
            return totals.calls();
        }
    }

    /**
     * One user's spend.
     *
     * @param userId      as the log spells it; never empty
     * @param costNanoUsd the user's cost, nano-USD (see {@link UsageTotals})
     * @param calls       the user's calls, retries included
     */
    public record UserSpend(String userId, long costNanoUsd, long calls) {
        public UserSpend {
            Objects.requireNonNull(userId, "userId");
        }

        public double costUsd() {
            return UsageTotals.usd(costNanoUsd);
        }
    }

    public double totalCostUsd() {
        return totals.costUsd();
    }

    /** Retries' share of the cost, 0..1. */
    public double retryCostShare() {
        return totals.retryCostShare();
    }

    /** Share of the calls priced from the catalog because the log had no cost, 0..1. */
    public double estimatedCallShare() {
        return totals.estimatedCallShare();
    }

    /** Share of the cost priced from the catalog because the log had no cost, 0..1. */
    public double estimatedCostShare() {
        return totals.estimatedCostShare();
    }

    /** Days from the first to the last with calls, both included; 0 with no calls. */
    public int days() {
        return byDay.size();
    }
}
