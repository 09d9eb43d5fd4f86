package org.llmcostplanner.model.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The aggregator on thousands of random calls against a second computation that keeps every record
 * (costs summed exactly in BigDecimal, days from LocalDate.ofInstant, percentiles from a sorted
 * array), and shuffled against in order.
 */
class UsageAggregatorRandomTest {
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final List<UsageRecord> RECORDS = UsageRecords.random(42, 20_000, 40);

    private static LocalDate day(UsageRecord record) {
        return LocalDate.ofInstant(record.timestamp(), ZONE);
    }

    private static double exactUsd(List<UsageRecord> records) {
        return records.stream().map(record -> new BigDecimal(record.costUsd())).reduce(BigDecimal.ZERO, BigDecimal::add)
                .doubleValue();
    }

    /** Rounding each of n costs to the nano-USD moves the sum by at most n / 2 nano-USD. */
    private static void assertCost(List<UsageRecord> records, double actualUsd) {
        assertEquals(exactUsd(records), actualUsd, records.size() * 0.5e-9 + 1e-12);
    }

    private static void assertAgainstRecords(UsageFilter filter) {
        Predicate<UsageRecord> included = record -> filter.includes(day(record), record.model(), record.feature());
        List<UsageRecord> records = RECORDS.stream().filter(included).toList();
        UsageDashboard dashboard = UsageRecords.aggregate(ZONE, RECORDS).dashboard(filter, 3);

        UsageTotals totals = dashboard.totals();
        assertEquals(records.size(), totals.calls());
        assertCost(records, totals.costUsd());
        assertEquals(records.stream().mapToLong(UsageRecord::inputTokens).sum(), totals.inputTokens());
        assertEquals(records.stream().mapToLong(UsageRecord::outputTokens).sum(), totals.outputTokens());
        assertEquals(records.stream().mapToLong(UsageRecord::cachedTokens).sum(), totals.cachedTokens());
        List<UsageRecord> retries = records.stream().filter(UsageRecord::retry).toList();
        assertEquals(retries.size(), totals.retryCalls());
        assertCost(retries, totals.retryCostUsd());
        assertEquals(retries.stream().mapToLong(UsageRecord::inputTokens).sum(), totals.retryInputTokens());
        List<UsageRecord> estimated = records.stream().filter(UsageRecord::costEstimated).toList();
        assertEquals(estimated.size(), totals.estimatedCalls());
        assertCost(estimated, totals.estimatedCostUsd());
        assertEquals(records.stream().filter(record -> record.statusCode() >= 400).count(), totals.errorCalls());

        Map<String, List<UsageRecord>> byModel = records.stream().collect(Collectors.groupingBy(UsageRecord::model));
        assertEquals(byModel.size(), dashboard.byModel().size());
        for (UsageDashboard.Breakdown model : dashboard.byModel()) {
            assertEquals(byModel.get(model.name()).size(), model.calls());
            assertCost(byModel.get(model.name()), model.costUsd());
        }
        Map<String, List<UsageRecord>> byFeature = records.stream().collect(Collectors.groupingBy(UsageRecord::feature));
        assertEquals(byFeature.size(), dashboard.byFeature().size());
        for (UsageDashboard.Breakdown feature : dashboard.byFeature()) {
            assertEquals(byFeature.get(feature.name()).size(), feature.calls());
            assertCost(byFeature.get(feature.name()), feature.costUsd());
        }
        assertTrue(isCostDescending(dashboard.byModel()) && isCostDescending(dashboard.byFeature()));

        TreeMap<LocalDate, List<UsageRecord>> byDay = records.stream()
                .collect(Collectors.groupingBy(UsageAggregatorRandomTest::day, TreeMap::new, Collectors.toList()));
        List<LocalDate> expectedDays = byDay.isEmpty() ? List.of()
                : byDay.firstKey().datesUntil(byDay.lastKey().plusDays(1)).toList();
        assertEquals(expectedDays, dashboard.byDay().stream().map(UsageDashboard.DayUsage::day).toList());
        for (UsageDashboard.DayUsage day : dashboard.byDay()) {
            List<UsageRecord> ofDay = byDay.getOrDefault(day.day(), List.of());
            assertEquals(ofDay.size(), day.calls());
            assertCost(ofDay, day.costUsd());
        }

        Map<String, List<UsageRecord>> byUser = records.stream().filter(record -> !record.userId().isEmpty())
                .collect(Collectors.groupingBy(UsageRecord::userId));
        List<String> topUsers = byUser.keySet().stream()
                .sorted(Comparator.comparing((String user) -> exactUsd(byUser.get(user))).reversed()).limit(3).toList();
        assertEquals(topUsers, dashboard.topUsers().stream().map(UsageDashboard.UserSpend::userId).toList());
        for (UsageDashboard.UserSpend user : dashboard.topUsers()) {
            assertEquals(byUser.get(user.userId()).size(), user.calls());
            assertCost(byUser.get(user.userId()), user.costUsd());
        }

        double[] latencies = records.stream().mapToDouble(UsageRecord::latencyMs).toArray();
        double p50 = LatencyHistogramTest.nearestRank(latencies, 0.5);
        double p95 = LatencyHistogramTest.nearestRank(latencies, 0.95);
        assertEquals(p50, dashboard.latencyP50Ms().getAsDouble(), p50 * 0.01);
        assertEquals(p95, dashboard.latencyP95Ms().getAsDouble(), p95 * 0.01);
    }

    private static boolean isCostDescending(List<UsageDashboard.Breakdown> list) {
        for (int i = 1; i < list.size(); i++) {
            if (list.get(i).costUsd() > list.get(i - 1).costUsd()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void everyFigureMatchesTheRecordsWithoutAFilter() {
        assertAgainstRecords(UsageFilter.ALL);
    }

    @Test
    void everyFigureMatchesTheRecordsUnderFilters() {
        assertAgainstRecords(UsageFilter.ALL.withModel("gpt-4o"));
        assertAgainstRecords(UsageFilter.ALL.withFeature(""));
        assertAgainstRecords(UsageFilter.ALL.withDays(LocalDate.of(2026, 1, 10), LocalDate.of(2026, 1, 20)));
        assertAgainstRecords(UsageFilter.ALL.withDays(null, LocalDate.of(2026, 1, 3)).withModel("claude-opus")
                .withFeature("chat"));
    }

    @Test
    void shuffledRowsGiveTheSameDashboardToTheLastDigit() {
        List<UsageRecord> shuffled = new ArrayList<>(RECORDS);
        Collections.shuffle(shuffled, new Random(3));
        UsageAggregator inOrder = UsageRecords.aggregate(ZONE, RECORDS);
        UsageAggregator outOfOrder = UsageRecords.aggregate(ZONE, shuffled);

        for (UsageFilter filter : List.of(UsageFilter.ALL, UsageFilter.ALL.withModel("gpt-4o-mini"),
                UsageFilter.ALL.withDays(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 9)).withFeature("extraction"))) {
            assertEquals(inOrder.dashboard(filter, 5), outOfOrder.dashboard(filter, 5));
            assertEquals(inOrder.groups(filter), outOfOrder.groups(filter));
        }
    }

    @Test
    void acceptedPlusRejectedIsTheRowsRead() {
        // A generated import: every seventh row is junk the reader refuses.
        UsageAggregator aggregator = new UsageAggregator(ZoneOffset.UTC);
        RejectReason[] reasons = RejectReason.values();
        long junk = 0;
        for (int row = 0; row < RECORDS.size(); row++) {
            if (row % 7 == 0) {
                aggregator.reject(new RejectedRow("gen.csv", row + 2, reasons[row % reasons.length], "junk"));
                junk++;
            } else {
                aggregator.accept(RECORDS.get(row));
            }
        }

        ImportSummary rows = aggregator.importSummary();
        assertEquals(RECORDS.size(), rows.rowsRead());
        assertEquals(junk, rows.rowsRejected());
        assertEquals(RECORDS.size() - junk, rows.rowsAccepted());
        assertEquals(junk, rows.rejectedByReason().values().stream().mapToLong(Long::longValue).sum());
        assertEquals(rows.rowsAccepted(), aggregator.dashboard(UsageFilter.ALL, 0).totals().calls());
    }
}
