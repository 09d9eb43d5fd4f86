package org.llmcostplanner.model.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.llmcostplanner.model.usage.UsageRecords.cached;
import static org.llmcostplanner.model.usage.UsageRecords.call;
import static org.llmcostplanner.model.usage.UsageRecords.estimated;
import static org.llmcostplanner.model.usage.UsageRecords.retry;
import static org.llmcostplanner.model.usage.UsageRecords.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The aggregator on six calls over three days counted by hand: every total, the breakdowns in
 * their order, the day series with its empty day, top users, latency percentiles, filters, time
 * zones and rejected rows.
 */
class UsageAggregatorTest {
    private static final LocalDate MARCH_1 = LocalDate.of(2026, 3, 1);
    private static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);
    private static final LocalDate MARCH_3 = LocalDate.of(2026, 3, 3);

    /**
     * March 1: alice's chat on gpt-4o; bob's chat on gpt-4o-mini with 100 cached tokens; alice's
     * search retried on gpt-4o; alice's search failing (500). March 2: nothing. March 3: carol's
     * search on gpt-4o-mini priced from the catalog; a chat on gpt-4o with no user.
     */
    static List<UsageRecord> sixCalls() {
        return List.of(
                call("2026-03-01T09:00:00Z", "gpt-4o", "chat", "alice", 1000, 200, 800, 0.0045),
                cached(call("2026-03-01T10:00:00Z", "gpt-4o-mini", "chat", "bob", 500, 100, 300, 0.000135), 100),
                retry(call("2026-03-01T11:00:00Z", "gpt-4o", "search", "alice", 2000, 100, 1200, 0.006)),
                status(call("2026-03-01T12:00:00Z", "gpt-4o", "search", "alice", 2000, 0, 50, 0.005), 500),
                estimated(call("2026-03-03T09:00:00Z", "gpt-4o-mini", "search", "carol", 800, 400, 400, 0.00036)),
                call("2026-03-03T10:00:00Z", "gpt-4o", "chat", "", 100, 50, 600, 0.00075));
    }

    private static UsageDashboard dashboard(UsageFilter filter) {
        return UsageRecords.aggregate(ZoneOffset.UTC, sixCalls()).dashboard(filter, 10);
    }

    @Test
    void totalsByHand() {
        UsageTotals totals = dashboard(UsageFilter.ALL).totals();

        // 0.0045 + 0.000135 + 0.006 + 0.005 + 0.00036 + 0.00075
        assertEquals(16_745_000, totals.costNanoUsd());
        assertEquals(0.016745, totals.costUsd(), 1e-15);
        assertEquals(6, totals.calls());
        assertEquals(1000 + 500 + 2000 + 2000 + 800 + 100, totals.inputTokens());
        assertEquals(200 + 100 + 100 + 0 + 400 + 50, totals.outputTokens());
        assertEquals(100, totals.cachedTokens());
        assertEquals(1, totals.retryCalls());
        assertEquals(0.006, totals.retryCostUsd(), 1e-15);
        assertEquals(2000, totals.retryInputTokens());
        assertEquals(100, totals.retryOutputTokens());
        assertEquals(5, totals.firstCalls());
        assertEquals(1, totals.estimatedCalls());
        assertEquals(0.00036, totals.estimatedCostUsd(), 1e-15);
        assertEquals(1, totals.errorCalls());
    }

    @Test
    void sharesByHand() {
        UsageDashboard dashboard = dashboard(UsageFilter.ALL);

        assertEquals(0.006 / 0.016745, dashboard.retryCostShare(), 1e-12);
        assertEquals(1 / 6.0, dashboard.estimatedCallShare(), 1e-12);
        assertEquals(0.00036 / 0.016745, dashboard.estimatedCostShare(), 1e-12);
        assertEquals(1 / 6.0, dashboard.totals().errorShare(), 1e-12);
    }

    @Test
    void byModelAndByFeatureCostDescending() {
        UsageDashboard dashboard = dashboard(UsageFilter.ALL);

        assertEquals(List.of("gpt-4o", "gpt-4o-mini"), dashboard.byModel().stream().map(UsageDashboard.Breakdown::name).toList());
        assertEquals(0.0045 + 0.006 + 0.005 + 0.00075, dashboard.byModel().get(0).costUsd(), 1e-15);
        assertEquals(4, dashboard.byModel().get(0).calls());
        assertEquals(0.000135 + 0.00036, dashboard.byModel().get(1).costUsd(), 1e-15);
        assertEquals(2, dashboard.byModel().get(1).calls());

        assertEquals(List.of("search", "chat"), dashboard.byFeature().stream().map(UsageDashboard.Breakdown::name).toList());
        assertEquals(0.006 + 0.005 + 0.00036, dashboard.byFeature().get(0).costUsd(), 1e-15);
        assertEquals(0.0045 + 0.000135 + 0.00075, dashboard.byFeature().get(1).costUsd(), 1e-15);
        assertEquals(3, dashboard.byFeature().get(1).calls());
    }

    @Test
    void equalCostsAreOrderedByName() {
        UsageDashboard dashboard = UsageRecords.aggregate(ZoneOffset.UTC, List.of(
                UsageRecords.spend("2026-03-01", "b-model", "y", 1), UsageRecords.spend("2026-03-01", "a-model", "z", 1),
                UsageRecords.spend("2026-03-01", "c-model", "x", 2))).dashboard(UsageFilter.ALL, 10);

        assertEquals(List.of("c-model", "a-model", "b-model"),
                dashboard.byModel().stream().map(UsageDashboard.Breakdown::name).toList());
        assertEquals(List.of("x", "y", "z"), dashboard.byFeature().stream().map(UsageDashboard.Breakdown::name).toList());
    }

    @Test
    void byDayFillsTheEmptyDay() {
        List<UsageDashboard.DayUsage> byDay = dashboard(UsageFilter.ALL).byDay();

        assertEquals(List.of(MARCH_1, MARCH_2, MARCH_3), byDay.stream().map(UsageDashboard.DayUsage::day).toList());
        assertEquals(0.0045 + 0.000135 + 0.006 + 0.005, byDay.get(0).costUsd(), 1e-15);
        assertEquals(4, byDay.get(0).calls());
        assertEquals(UsageTotals.ZERO, byDay.get(1).totals());
        assertEquals(0.00036 + 0.00075, byDay.get(2).costUsd(), 1e-15);
        assertEquals(2, byDay.get(2).calls());
        assertEquals(3, dashboard(UsageFilter.ALL).days());
    }

    @Test
    void topUsersLeaveOutCallsWithoutAUser() {
        List<UsageDashboard.UserSpend> top = dashboard(UsageFilter.ALL).topUsers();

        assertEquals(List.of(new UsageDashboard.UserSpend("alice", 15_500_000, 3),
                new UsageDashboard.UserSpend("carol", 360_000, 1), new UsageDashboard.UserSpend("bob", 135_000, 1)), top);
        assertEquals(2, UsageRecords.aggregate(ZoneOffset.UTC, sixCalls()).dashboard(UsageFilter.ALL, 2).topUsers().size());
    }

    @Test
    void latencyPercentilesOfTheSixCalls() {
        // Sorted: 50 300 400 600 800 1200; p50 is the 3rd (400), p95 the 6th (1200, kept exactly).
        UsageDashboard dashboard = dashboard(UsageFilter.ALL);

        assertEquals(400, dashboard.latencyP50Ms().getAsDouble(), 4);
        assertEquals(1200, dashboard.latencyP95Ms().getAsDouble());
    }

    @Test
    void aModelFilterKeepsItsCallsAndTheDaysBetween() {
        UsageDashboard dashboard = dashboard(UsageFilter.ALL.withModel("gpt-4o"));

        assertEquals(4, dashboard.totals().calls());
        assertEquals(0.0045 + 0.006 + 0.005 + 0.00075, dashboard.totalCostUsd(), 1e-15);
        assertEquals(List.of("gpt-4o"), dashboard.byModel().stream().map(UsageDashboard.Breakdown::name).toList());
        assertEquals(List.of(MARCH_1, MARCH_2, MARCH_3), dashboard.byDay().stream().map(UsageDashboard.DayUsage::day).toList());
        assertEquals(List.of(new UsageDashboard.UserSpend("alice", 15_500_000, 3)), dashboard.topUsers());
        // 800, 1200, 50, 600: p50 is the 2nd (600), p95 the 4th (1200).
        assertEquals(600, dashboard.latencyP50Ms().getAsDouble(), 6);
        assertEquals(1200, dashboard.latencyP95Ms().getAsDouble());
    }

    @Test
    void dateAndFeatureFiltersTogether() {
        UsageDashboard dashboard = dashboard(UsageFilter.ALL.withDays(MARCH_2, MARCH_3).withFeature("search"));

        assertEquals(1, dashboard.totals().calls());
        assertEquals(0.00036, dashboard.totalCostUsd(), 1e-15);
        assertEquals(List.of(MARCH_3), dashboard.byDay().stream().map(UsageDashboard.DayUsage::day).toList());
        assertEquals(List.of(new UsageDashboard.UserSpend("carol", 360_000, 1)), dashboard.topUsers());
        assertFalse(dashboard.topUsersIgnoreDates());
        assertEquals(400, dashboard.latencyP50Ms().getAsDouble());
    }

    @Test
    void aFilterWithNoCallsGivesAnEmptyDashboard() {
        UsageDashboard dashboard = dashboard(UsageFilter.ALL.withModel("claude-opus"));

        assertEquals(UsageTotals.ZERO, dashboard.totals());
        assertTrue(dashboard.byDay().isEmpty());
        assertTrue(dashboard.topUsers().isEmpty());
        assertTrue(dashboard.latencyP50Ms().isEmpty());
        assertEquals(0, dashboard.retryCostShare());
    }

    @Test
    void pastTheCapTopUsersCoverEveryDayAndSaySo() {
        // Four (user, day, model, feature) entries: alice twice, bob, carol. A cap of 2 drops the per-day tally.
        UsageAggregator aggregator = new UsageAggregator(ZoneOffset.UTC, 2);
        sixCalls().forEach(aggregator::accept);

        UsageDashboard march3 = aggregator.dashboard(UsageFilter.ALL.withDays(MARCH_3, MARCH_3), 10);
        assertTrue(march3.topUsersIgnoreDates());
        assertEquals(List.of("alice", "carol", "bob"), march3.topUsers().stream().map(UsageDashboard.UserSpend::userId).toList());
        assertEquals(2, march3.totals().calls(), "the other figures still follow the dates");
        // Model and feature filters still apply to the top users.
        assertEquals(List.of("carol"), aggregator.dashboard(UsageFilter.ALL.withDays(MARCH_3, MARCH_3)
                .withModel("gpt-4o-mini").withFeature("search"), 10).topUsers().stream().map(UsageDashboard.UserSpend::userId).toList());
        assertFalse(aggregator.dashboard(UsageFilter.ALL, 10).topUsersIgnoreDates(), "no date range, nothing left out");

        UsageAggregator atTheCap = new UsageAggregator(ZoneOffset.UTC, 4);
        sixCalls().forEach(atTheCap::accept);
        assertFalse(atTheCap.dashboard(UsageFilter.ALL.withDays(MARCH_3, MARCH_3), 10).topUsersIgnoreDates());
    }

    @Test
    void daysStartAtMidnightInTheChosenZone() {
        List<UsageRecord> late = List.of(UsageRecords.call("2026-03-01T23:30:00Z", "m", "f", "", 1, 1, 1, 1),
                UsageRecords.call("2026-03-02T03:00:00Z", "m", "f", "", 1, 1, 1, 2));

        assertEquals(List.of(MARCH_1, MARCH_2), days(ZoneOffset.UTC, late));
        // New York is UTC-5 until 8 March 2026: 18:30 and 22:00 on 1 March.
        assertEquals(List.of(MARCH_1), days(ZoneId.of("America/New_York"), late));
        // Tokyo is UTC+9: 08:30 and 12:00 on 2 March.
        assertEquals(List.of(MARCH_2), days(ZoneId.of("Asia/Tokyo"), late));
    }

    private static List<LocalDate> days(ZoneId zone, List<UsageRecord> records) {
        return UsageRecords.aggregate(zone, records).dashboard(UsageFilter.ALL, 0).byDay().stream()
                .map(UsageDashboard.DayUsage::day).toList();
    }

    @Test
    void rejectedRowsAreCountedByReasonAndTheFirstTwentyKept() {
        UsageAggregator aggregator = new UsageAggregator(ZoneOffset.UTC);
        sixCalls().forEach(aggregator::accept);
        for (int line = 2; line < 27; line++) {
            aggregator.reject(new RejectedRow("a.csv", line, line % 3 == 0 ? RejectReason.NON_NUMERIC : RejectReason.MISSING_FIELD,
                    "line " + line));
        }

        ImportSummary rows = aggregator.importSummary();
        assertEquals(31, rows.rowsRead());
        assertEquals(6, rows.rowsAccepted());
        assertEquals(25, rows.rowsRejected());
        // Lines 3, 6, ..., 24 are multiples of 3: eight non-numeric, seventeen missing.
        assertEquals(Map.of(RejectReason.MISSING_FIELD, 17L, RejectReason.NON_NUMERIC, 8L), rows.rejectedByReason());
        assertEquals(List.of(RejectReason.MISSING_FIELD, RejectReason.NON_NUMERIC), List.copyOf(rows.rejectedByReason().keySet()));
        assertEquals(UsageAggregator.FIRST_REJECTED_KEPT, rows.firstRejected().size());
        assertEquals(2, rows.firstRejected().get(0).line());
        assertEquals(21, rows.firstRejected().get(19).line());
        assertEquals(rows, aggregator.dashboard(UsageFilter.ALL, 0).rows());
    }

    @Test
    void aBadCostOrLatencyMovesNoCounter() {
        UsageAggregator aggregator = new UsageAggregator(ZoneOffset.UTC);
        sixCalls().forEach(aggregator::accept);
        UsageDashboard before = aggregator.dashboard(UsageFilter.ALL, 10);

        assertThrows(IllegalArgumentException.class, () -> aggregator.accept(call("2026-03-01T09:00:00Z", "gpt-4o", "chat", "x",
                1, 1, 1, -0.5)));
        assertThrows(IllegalArgumentException.class, () -> aggregator.accept(call("2026-03-01T09:00:00Z", "gpt-4o", "chat", "x",
                1, 1, Double.NaN, 0.5)));

        assertEquals(before, aggregator.dashboard(UsageFilter.ALL, 10));
    }

    @Test
    void groupsAreSortedAndFiltered() {
        UsageAggregator aggregator = UsageRecords.aggregate(ZoneOffset.UTC, sixCalls());

        assertEquals(5, aggregator.groupCount());
        List<UsageGroup> groups = aggregator.groups(UsageFilter.ALL);
        assertEquals(List.of("2026-03-01 gpt-4o chat", "2026-03-01 gpt-4o search", "2026-03-01 gpt-4o-mini chat",
                "2026-03-03 gpt-4o chat", "2026-03-03 gpt-4o-mini search"),
                groups.stream().map(group -> group.day() + " " + group.model() + " " + group.feature()).toList());
        assertEquals(2, groups.get(1).totals().calls());
        assertEquals(2, aggregator.groups(UsageFilter.ALL.withFeature("search")).size());
    }

    @Test
    void aRangeThatEndsBeforeItStartsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> UsageFilter.ALL.withDays(MARCH_3, MARCH_1));
    }
}
