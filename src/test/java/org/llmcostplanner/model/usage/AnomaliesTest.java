package org.llmcostplanner.model.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.llmcostplanner.model.usage.UsageRecords.call;
import static org.llmcostplanner.model.usage.UsageRecords.retry;
import static org.llmcostplanner.model.usage.UsageRecords.spend;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Each anomaly just at its threshold (not raised) and just past it (raised), with its figures. */
class AnomaliesTest {
    private static final AnomalySettings DEFAULT = AnomalySettings.DEFAULT;

    private static List<Anomaly> find(List<UsageRecord> records, AnomalySettings settings) {
        return Anomalies.find(UsageRecords.aggregate(ZoneOffset.UTC, records), UsageFilter.ALL, settings);
    }

    private static String day(int dayOfMarch) {
        return LocalDate.of(2026, 3, dayOfMarch).toString();
    }

    // Retry storms: retries above 20% of a day's cost.

    private static List<UsageRecord> retries(double firstUsd, double retryUsd) {
        return List.of(spend(day(1), "m", "f", firstUsd), retry(spend(day(1), "m", "f", retryUsd)));
    }

    @Test
    void retriesAtTwentyPercentAreNoStorm() {
        assertTrue(find(retries(80, 20), DEFAULT).isEmpty());
    }

    @Test
    void retriesPastTwentyPercentAreAStorm() {
        List<Anomaly> anomalies = find(retries(79, 21), DEFAULT);

        assertEquals(List.of(new Anomaly.RetryStorm(LocalDate.of(2026, 3, 1), 21, 100, 0.2)), anomalies);
        Anomaly.RetryStorm storm = (Anomaly.RetryStorm) anomalies.get(0);
        assertEquals(0.21, storm.retryShare(), 1e-12);
        assertEquals("daily", storm.scope());
        assertEquals("2026-03-01 daily: retry storm, retries $21.00 of $100.00 (21.0%, threshold 20.0%)", storm.describe());
        assertTrue(find(retries(79, 21), DEFAULT.withRetryShare(0.25)).isEmpty(), "a higher threshold");
    }

    // Prompt regressions: a feature's mean input tokens per call up more than 50% on the day after, 20+ calls each day.

    private static List<UsageRecord> prompts(int firstDay, int calls1, long tokens1, int secondDay, int calls2, long tokens2) {
        List<UsageRecord> records = new ArrayList<>();
        for (int i = 0; i < calls1; i++) {
            records.add(call(day(firstDay) + "T10:00:00Z", "m", "chat", "", tokens1, 100, 500, 0.001));
        }
        for (int i = 0; i < calls2; i++) {
            records.add(call(day(secondDay) + "T10:00:00Z", "m", "chat", "", tokens2, 100, 500, 0.001));
        }
        return records;
    }

    @Test
    void promptsUpFiftyPercentAreNoRegression() {
        assertTrue(find(prompts(1, 20, 1000, 2, 20, 1500), DEFAULT).isEmpty());
    }

    @Test
    void promptsUpMoreThanFiftyPercentAreARegression() {
        // Day 2: 19 calls at 1,500 and one at 1,520, a mean of 1,501.
        List<UsageRecord> records = new ArrayList<>(prompts(1, 20, 1000, 2, 19, 1500));
        records.add(call(day(2) + "T11:00:00Z", "m", "chat", "", 1520, 100, 500, 0.001));

        List<Anomaly> anomalies = find(records, DEFAULT);

        assertEquals(List.of(new Anomaly.PromptRegression(LocalDate.of(2026, 3, 2), "chat", 1000, 20, 1501, 20, 0.5)), anomalies);
        assertEquals("feature:chat", anomalies.get(0).scope());
        assertEquals("2026-03-02 feature:chat: prompt regression, mean input tokens 1,000 -> 1,501 per call (+50.1%, "
                + "threshold +50.0%)", anomalies.get(0).describe());
    }

    @Test
    void tooFewCallsOrAGapDayAreNotCompared() {
        assertTrue(find(prompts(1, 20, 1000, 2, 19, 3000), DEFAULT).isEmpty(), "19 calls on the second day");
        assertTrue(find(prompts(1, 19, 1000, 2, 20, 3000), DEFAULT).isEmpty(), "19 calls on the first day");
        assertTrue(find(prompts(1, 20, 1000, 3, 20, 3000), DEFAULT).isEmpty(), "not the day after");
        assertEquals(1, find(prompts(1, 19, 1000, 2, 19, 3000), DEFAULT.withPromptMinCalls(19)).size());
    }

    @Test
    void eachFeatureIsComparedWithItself() {
        // search doubles its prompts; chat stays as it was; together the mean rises only 50%.
        List<UsageRecord> records = new ArrayList<>(prompts(1, 20, 1000, 2, 20, 1000));
        for (int i = 0; i < 20; i++) {
            records.add(call(day(1) + "T10:00:00Z", "m", "search", "", 1000, 100, 500, 0.001));
            records.add(call(day(2) + "T10:00:00Z", "m", "search", "", 2000, 100, 500, 0.001));
        }

        List<Anomaly> anomalies = find(records, DEFAULT);

        assertEquals(List.of("feature:search"), anomalies.stream().map(Anomaly::scope).toList());
    }

    // Spend spikes: a day above twice the mean of the 7 days before it, at least 3 of them in the logs.

    private static List<UsageRecord> days(double... usdPerDay) {
        List<UsageRecord> records = new ArrayList<>();
        for (int i = 0; i < usdPerDay.length; i++) {
            if (usdPerDay[i] > 0) {
                records.add(spend(day(i + 1), "m", "f", usdPerDay[i]));
            }
        }
        return records;
    }

    @Test
    void twiceTheMeanIsNoSpike() {
        assertTrue(find(days(10, 10, 10, 20), DEFAULT).isEmpty());
    }

    @Test
    void moreThanTwiceTheMeanIsASpike() {
        List<Anomaly> anomalies = find(days(10, 10, 10, 20.01), DEFAULT);

        assertEquals(List.of(new Anomaly.SpendSpike(LocalDate.of(2026, 3, 4), 20.01, 10, 3, 2.0)), anomalies);
        assertEquals("2026-03-04 daily: spend spike, $20.01 against a 3-day mean of $10.00 (2x, threshold 2x)",
                anomalies.get(0).describe());
    }

    @Test
    void twoDaysOfHistoryAreNotEnough() {
        assertTrue(find(days(1, 1, 100), DEFAULT).isEmpty());
        assertEquals(1, find(days(1, 1, 100), DEFAULT.withSpikeWindow(7, 2)).size());
    }

    @Test
    void daysWithoutCallsCountAsZeroHistory() {
        // March 2 and 3 had no calls: the mean before March 4 is 10 / 3, and 7 is more than twice that.
        List<Anomaly> anomalies = find(days(10, 0, 0, 7), DEFAULT);

        assertEquals(1, anomalies.size());
        Anomaly.SpendSpike spike = (Anomaly.SpendSpike) anomalies.get(0);
        assertEquals(10 / 3.0, spike.trailingMeanUsd(), 1e-12);
        assertEquals(3, spike.historyDays());
        assertEquals(2.1, spike.ratio(), 1e-12);
    }

    @Test
    void onlyTheWindowsDaysMakeTheMean() {
        // Day 1's $100 is eight days before day 9: its window is days 2..8 at $10, so $21 is a spike.
        // With day 1 in the mean it would be 170 / 8 = 21.25 and no spike.
        List<Anomaly> anomalies = find(days(100, 10, 10, 10, 10, 10, 10, 10, 21), DEFAULT);

        assertEquals(List.of(new Anomaly.SpendSpike(LocalDate.of(2026, 3, 9), 21, 10, 7, 2.0)), anomalies);
    }

    @Test
    void aZeroMeanIsNotJudged() {
        // Only calls costing nothing before: no ratio to speak of.
        assertTrue(find(List.of(spend(day(1), "m", "f", 0), spend(day(2), "m", "f", 0), spend(day(3), "m", "f", 0),
                spend(day(4), "m", "f", 5)), DEFAULT).isEmpty());
    }

    @Test
    void anomaliesAreOrderedByDayKindAndScope() {
        // March 4: a spike and a retry storm; March 2: a prompt regression in two features.
        List<UsageRecord> records = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            for (String feature : List.of("b", "a")) {
                records.add(call(day(1) + "T10:00:00Z", "m", feature, "", 100, 10, 500, 0.5));
                records.add(call(day(2) + "T10:00:00Z", "m", feature, "", 300, 10, 500, 0.5));
                records.add(call(day(3) + "T10:00:00Z", "m", feature, "", 300, 10, 500, 0.5));
            }
        }
        records.add(retry(spend(day(4), "m", "a", 100)));

        List<Anomaly> anomalies = find(records, DEFAULT);

        assertEquals(List.of("2026-03-02 PROMPT_REGRESSION feature:a", "2026-03-02 PROMPT_REGRESSION feature:b",
                        "2026-03-04 RETRY_STORM daily", "2026-03-04 SPEND_SPIKE daily"),
                anomalies.stream().map(a -> a.day() + " " + a.kind() + " " + a.scope()).toList());
    }

    @Test
    void theAnomaliesDoNotDependOnTheOrderOfTheRows() {
        List<UsageRecord> records = new ArrayList<>(UsageRecords.random(8, 6_000, 30));
        // Make a storm, a spike and a regression among the random calls.
        for (int i = 0; i < 400; i++) {
            records.add(retry(call("2026-01-20T10:00:00Z", "gpt-4o", "chat", "u1", 90_000, 100, 500, 0.2)));
        }
        AnomalySettings settings = DEFAULT.withPromptMinCalls(5);
        List<Anomaly> inOrder = find(records, settings);
        Collections.shuffle(records, new Random(1));

        assertEquals(inOrder, find(records, settings));
        assertTrue(inOrder.stream().map(Anomaly::kind).distinct().count() == 3, inOrder.toString());
    }

    @Test
    void settingsOutsideTheirRangesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> DEFAULT.withRetryShare(1.5));
        assertThrows(IllegalArgumentException.class, () -> DEFAULT.withPromptIncrease(0));
        assertThrows(IllegalArgumentException.class, () -> DEFAULT.withPromptMinCalls(0));
        assertThrows(IllegalArgumentException.class, () -> DEFAULT.withSpikeFactor(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> DEFAULT.withSpikeWindow(3, 4));
    }
}
