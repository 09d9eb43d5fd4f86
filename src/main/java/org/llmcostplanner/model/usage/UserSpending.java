package org.llmcostplanner.model.usage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Spend and calls per user, for the top users of a filtered view. Two tallies are kept: per (user,
 * model, feature) always, and per (user, day, model, feature) while it stays under a cap of
 * entries. Under the cap every filter applies to the top users; past it the per-day tally is
 * dropped (its memory would grow with users times days) and the date range no longer applies to
 * them, which {@link #keepsDays()} reports. Whether the cap is passed depends only on how many
 * distinct (user, day, model, feature) there are, never on the order of the rows.
 *
 * <p>Calls with no user ("" in the log) are not tallied. Not thread-safe.
 */
final class UserSpending {
    private record UserKey(String user, String model, String feature) {
    }

    private record UserDayKey(String user, long epochDay, String model, String feature) {
    }

    /** Cost (nano-USD) and calls. */
    private static final class Tally {
        long costNanoUsd;
        long calls;

        void add(long nanoUsd, long callCount) {
            costNanoUsd = Math.addExact(costNanoUsd, nanoUsd);
            calls += callCount;
        }
    }

    private final int dayEntryCap;
    private final Map<UserKey, Tally> byUser = new HashMap<>();
    /** Null once it passed the cap. */
    private Map<UserDayKey, Tally> byUserDay = new HashMap<>();

    /** @param dayEntryCap most (user, day, model, feature) entries kept before the per-day tally is dropped; 0 or more */
    UserSpending(int dayEntryCap) {
        if (dayEntryCap < 0) {
            throw new IllegalArgumentException("the cap must not be negative (was " + dayEntryCap + ")");
        }
        this.dayEntryCap = dayEntryCap;
    }

    /** Names must be the aggregator's canonical instances, so entries share them. */
    void add(String user, long epochDay, String model, String feature, long costNanoUsd) {
        if (user.isEmpty()) {
            return;
        }
        byUser.computeIfAbsent(new UserKey(user, model, feature), key -> new Tally()).add(costNanoUsd, 1);
        if (byUserDay != null) {
            byUserDay.computeIfAbsent(new UserDayKey(user, epochDay, model, feature), key -> new Tally()).add(costNanoUsd, 1);
            if (byUserDay.size() > dayEntryCap) {
                byUserDay = null;
            }
        }
    }

    /** Whether the per-day tally is kept, so the date range applies to the top users. */
    boolean keepsDays() {
        return byUserDay != null;
    }

    /**
     * The {@code count} users who spent most under {@code filter} (cost descending, then user id),
     * with the date range left out when {@link #keepsDays()} is false.
     */
    List<UsageDashboard.UserSpend> top(UsageFilter filter, int count) {
        Map<String, Tally> perUser = new HashMap<>();
        if (byUserDay != null) {
            byUserDay.forEach((key, tally) -> {
                if (filter.includes(LocalDate.ofEpochDay(key.epochDay()), key.model(), key.feature())) {
                    perUser.computeIfAbsent(key.user(), user -> new Tally()).add(tally.costNanoUsd, tally.calls);
                }
            });
        } else {
            byUser.forEach((key, tally) -> {
                if (filter.includesModel(key.model()) && filter.includesFeature(key.feature())) {
                    perUser.computeIfAbsent(key.user(), user -> new Tally()).add(tally.costNanoUsd, tally.calls);
                }
            });
        }
        List<UsageDashboard.UserSpend> users = new ArrayList<>(perUser.size());
        perUser.forEach((user, tally) -> users.add(new UsageDashboard.UserSpend(user, tally.costNanoUsd, tally.calls)));
        users.sort(Comparator.comparingLong(UsageDashboard.UserSpend::costNanoUsd).reversed()
                .thenComparing(UsageDashboard.UserSpend::userId));
        return List.copyOf(users.subList(0, Math.min(count, users.size())));
    }
}
