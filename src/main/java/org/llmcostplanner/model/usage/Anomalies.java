package org.llmcostplanner.model.usage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds retry storms, prompt regressions and spend spikes in a set of groups, in one pass over the
 * groups and one over the days. Everything is computed from day totals, so the result does not
 * depend on the order of the rows. Days are those of the aggregator's time zone.
 */
public final class Anomalies {
    private Anomalies() {
    }

    /** The anomalies of the aggregator's groups under {@code filter}. */
    public static List<Anomaly> find(UsageAggregator aggregator, UsageFilter filter, AnomalySettings settings) {
        return find(aggregator.groups(filter), settings);
    }

    /** The anomalies in {@code groups}, in {@link Anomaly#ORDER}. */
    public static List<Anomaly> find(List<UsageGroup> groups, AnomalySettings settings) {
        TreeMap<LocalDate, UsageTotals> byDay = new TreeMap<>();
        Map<String, TreeMap<LocalDate, UsageTotals>> byFeatureDay = new HashMap<>();
        for (UsageGroup group : groups) {
            byDay.merge(group.day(), group.totals(), UsageTotals::plus);
            byFeatureDay.computeIfAbsent(group.feature(), feature -> new TreeMap<>())
                    .merge(group.day(), group.totals(), UsageTotals::plus);
        }
        List<Anomaly> anomalies = new ArrayList<>();
        retryStorms(byDay, settings, anomalies);
        spendSpikes(byDay, settings, anomalies);
        byFeatureDay.forEach((feature, days) -> promptRegressions(feature, days, settings, anomalies));
        anomalies.sort(Anomaly.ORDER);
        return anomalies;
    }

    /** Days whose retries cost more than the threshold's share of the day (strictly more). */
    private static void retryStorms(TreeMap<LocalDate, UsageTotals> byDay, AnomalySettings settings, List<Anomaly> anomalies) {
        byDay.forEach((day, totals) -> {
            if (totals.costNanoUsd() > 0 && totals.retryCostShare() > settings.retryShare()) {
                anomalies.add(new Anomaly.RetryStorm(day, totals.retryCostUsd(), totals.costUsd(), settings.retryShare()));
            }
        });
    }

    /**
     * Days spending more than the factor times the mean of the window's days before them. Only days
     * on or after the first day with calls count as history (at zero when they had none); a day with
     * fewer history days than asked for, or a zero mean (no ratio to speak of), is not judged.
     */
    private static void spendSpikes(TreeMap<LocalDate, UsageTotals> byDay, AnomalySettings settings, List<Anomaly> anomalies) {
        if (byDay.isEmpty()) {
            return;
        }
        long first = byDay.firstKey().toEpochDay();
        long last = byDay.lastKey().toEpochDay();
        int window = settings.spikeWindowDays();
        long[] spend = new long[Math.toIntExact(last - first + 1)];
        byDay.forEach((day, totals) -> spend[(int) (day.toEpochDay() - first)] = totals.costNanoUsd());
        long windowSum = 0; // the spend of days i - window .. i - 1 that lie in the logs
        for (int i = 0; i < spend.length; i++) {
            int history = Math.min(window, i);
            if (history >= settings.spikeMinHistoryDays() && windowSum > 0) {
                double meanNanoUsd = (double) windowSum / history;
                if (spend[i] > settings.spikeFactor() * meanNanoUsd) {
                    anomalies.add(new Anomaly.SpendSpike(LocalDate.ofEpochDay(first + i), UsageTotals.usd(spend[i]),
                            meanNanoUsd / 1e9, history, settings.spikeFactor()));
                }
            }
            windowSum += spend[i];
            if (i - window >= 0) {
                windowSum -= spend[i - window];
            }
        }
    }

    /**
     * Days on which the feature's mean input tokens per call rose by more than the threshold from
     * the calendar day before, both days with at least the minimum calls.
     */
    private static void promptRegressions(String feature, TreeMap<LocalDate, UsageTotals> days, AnomalySettings settings,
                                          List<Anomaly> anomalies) {
        days.forEach((day, totals) -> {
            UsageTotals before = days.get(day.minusDays(1));
            if (before == null || before.calls() < settings.promptMinCalls() || totals.calls() < settings.promptMinCalls()) {
                return;
            }
            double previous = before.meanInputTokensPerCall();
            double current = totals.meanInputTokensPerCall();
            if (previous > 0 && current > previous * (1 + settings.promptIncrease())) {
                anomalies.add(new Anomaly.PromptRegression(day, feature, previous, before.calls(), current, totals.calls(),
                        settings.promptIncrease()));
            }
        });
    }
}
