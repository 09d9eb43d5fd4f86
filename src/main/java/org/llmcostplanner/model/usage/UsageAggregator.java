package org.llmcostplanner.model.usage;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Adds up usage logs as a reader streams them in, keeping only groups, never rows: one set of
 * counters and a latency histogram per (day, model, feature), spend per user (see
 * {@link UserSpending} for how the top users respect a date range), rejected rows counted by reason
 * with the first {@link #FIRST_REJECTED_KEPT} kept. Memory grows with the number of groups and users,
 * not with the rows; one aggregator can take several files in turn.
 *
 * <p>Every figure is the same whatever the order of the rows: costs are summed as whole nano-USD
 * (see {@link UsageTotals}), latencies as counts, and every list is sorted. Only
 * {@link ImportSummary#firstRejected()} follows the reading order, as it should.
 *
 * <p>Not thread-safe: a reader fills it on one thread, and it is read once the import is done (or
 * handed over to another thread after that).
 */
public final class UsageAggregator implements UsageSink {
    /** How many rejected rows are listed with their place; the rest are only counted. */
    public static final int FIRST_REJECTED_KEPT = 20;
    /**
     * Most (user, day, model, feature) entries kept for top users under a date range: some 20 MB.
     * Past it, top users cover every day (see {@link UsageDashboard#topUsersIgnoreDates()}).
     */
    public static final int DEFAULT_USER_DAY_CAP = 200_000;

    private static final long SECONDS_PER_DAY = 86_400;

    private record CellKey(long epochDay, String model, String feature) {
    }

    private final ZoneId zone;
    private final Map<CellKey, UsageCell> cells = new HashMap<>();
    /** One instance of each model, feature and user name, so keys share them instead of each row's copy. */
    private final Map<String, String> names = new HashMap<>();
    private final UserSpending users;
    private final EnumMap<RejectReason, Long> rejectedByReason = new EnumMap<>(RejectReason.class);
    private final List<RejectedRow> firstRejected = new ArrayList<>();
    private long accepted;
    private long rejected;

    /** @param zone the time zone whose midnights start the days; never null */
    public UsageAggregator(ZoneId zone) {
        this(zone, DEFAULT_USER_DAY_CAP);
    }

    /**
     * @param zone       the time zone whose midnights start the days; never null
     * @param userDayCap most (user, day, model, feature) entries kept for date-filtered top users, 0 or more
     */
    public UsageAggregator(ZoneId zone, int userDayCap) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.users = new UserSpending(userDayCap);
    }

    /** Counts one call, in constant time; its cost must be finite and not negative, its latency too. */
    @Override
    public void accept(UsageRecord record) {
        LatencyHistogram.requireValid(record.latencyMs()); // before any counter moves
        long epochDay = epochDay(record.timestamp());
        String model = canonical(record.model());
        String feature = canonical(record.feature());
        long costNanoUsd = UsageTotals.nanoUsd(record.costUsd()); // throws before any counter moves
        cells.computeIfAbsent(new CellKey(epochDay, model, feature), key -> new UsageCell()).add(record, costNanoUsd);
        users.add(canonical(record.userId()), epochDay, model, feature, costNanoUsd);
        accepted++;
    }

    @Override
    public void reject(RejectedRow row) {
        rejectedByReason.merge(row.reason(), 1L, Long::sum);
        if (firstRejected.size() < FIRST_REJECTED_KEPT) {
            firstRejected.add(row);
        }
        rejected++;
    }

    public ZoneId zone() {
        return zone;
    }

    /** Rows read, accepted, rejected by reason, and the first rejected. */
    public ImportSummary importSummary() {
        return new ImportSummary(accepted + rejected, accepted, rejected, rejectedByReason, firstRejected);
    }

    /** How many (day, model, feature) groups are kept. */
    public int groupCount() {
        return cells.size();
    }

    /** The groups under {@code filter}, by day, model and feature. */
    public List<UsageGroup> groups(UsageFilter filter) {
        List<UsageGroup> groups = new ArrayList<>();
        cells.forEach((key, cell) -> {
            LocalDate day = LocalDate.ofEpochDay(key.epochDay());
            if (filter.includes(day, key.model(), key.feature())) {
                groups.add(new UsageGroup(day, key.model(), key.feature(), cell.totals()));
            }
        });
        groups.sort(UsageGroup.ORDER);
        return groups;
    }

    /**
     * The dashboard under {@code filter}, in time linear in the groups kept (plus sorting).
     *
     * @param topUserCount how many top users to list, 0 or more
     */
    public UsageDashboard dashboard(UsageFilter filter, int topUserCount) {
        if (topUserCount < 0) {
            throw new IllegalArgumentException("the number of top users must not be negative (was " + topUserCount + ")");
        }
        UsageTotals totals = UsageTotals.ZERO;
        Map<String, UsageTotals> byModel = new HashMap<>();
        Map<String, UsageTotals> byFeature = new HashMap<>();
        TreeMap<Long, UsageTotals> byDay = new TreeMap<>();
        LatencyHistogram latency = new LatencyHistogram();
        for (Map.Entry<CellKey, UsageCell> entry : cells.entrySet()) {
            CellKey key = entry.getKey();
            if (!filter.includes(LocalDate.ofEpochDay(key.epochDay()), key.model(), key.feature())) {
                continue;
            }
            UsageTotals cell = entry.getValue().totals();
            totals = totals.plus(cell);
            byModel.merge(key.model(), cell, UsageTotals::plus);
            byFeature.merge(key.feature(), cell, UsageTotals::plus);
            byDay.merge(key.epochDay(), cell, UsageTotals::plus);
            latency.addAll(entry.getValue().latency());
        }
        return new UsageDashboard(zone, filter, importSummary(), totals, breakdowns(byModel), breakdowns(byFeature),
                daySeries(byDay), users.top(filter, topUserCount), !users.keepsDays() && filter.limitsDays(),
                latency.percentileMs(0.50), latency.percentileMs(0.95));
    }

    /** Cost descending, then name. */
    private static List<UsageDashboard.Breakdown> breakdowns(Map<String, UsageTotals> totals) {
        List<UsageDashboard.Breakdown> list = new ArrayList<>(totals.size());
        totals.forEach((name, sum) -> list.add(new UsageDashboard.Breakdown(name, sum)));
        list.sort(Comparator.comparingLong((UsageDashboard.Breakdown breakdown) -> breakdown.totals().costNanoUsd())
                .reversed().thenComparing(UsageDashboard.Breakdown::name));
        return list;
    }

    /** Every day from the first to the last key, the missing ones at zero. */
    private static List<UsageDashboard.DayUsage> daySeries(TreeMap<Long, UsageTotals> byDay) {
        List<UsageDashboard.DayUsage> series = new ArrayList<>();
        if (byDay.isEmpty()) {
            return series;
        }
        for (long day = byDay.firstKey(); day <= byDay.lastKey(); day++) {
            series.add(new UsageDashboard.DayUsage(LocalDate.ofEpochDay(day), byDay.getOrDefault(day, UsageTotals.ZERO)));
        }
        return series;
    }

    /** The day an instant falls on in the zone, as LocalDate.ofInstant but without allocating. */
    private long epochDay(Instant instant) {
        int offsetSeconds = zone.getRules().getOffset(instant).getTotalSeconds();
        return Math.floorDiv(instant.getEpochSecond() + offsetSeconds, SECONDS_PER_DAY);
    }

    private String canonical(String name) {
        String known = names.putIfAbsent(name, name);
        return known != null ? known : name;
    }
}
