package org.llmcostplanner.model.usage;

/**
 * When {@link Anomalies} calls something an anomaly.
 *
 * @param retryShare          a day whose retries cost more than this share of its cost is a retry storm, 0..1
 * @param promptIncrease      a feature whose mean input tokens per call rise by more than this from
 *                            one day to the next has a prompt regression, e.g. 0.5 for +50%; above 0
 * @param promptMinCalls      calls a feature needs on both days for the comparison; 1 or more
 * @param spikeFactor         a day spending more than this times its trailing mean is a spike; above 0
 * @param spikeWindowDays     how many days before a day make its trailing mean; 1 or more
 * @param spikeMinHistoryDays how many of those days must lie within the logs (on or after their
 *                            first day) before a spike can be called; 1..spikeWindowDays
 */
public record AnomalySettings(double retryShare, double promptIncrease, long promptMinCalls, double spikeFactor,
                              int spikeWindowDays, int spikeMinHistoryDays) {
    /** Retries above 20% of a day's cost; prompts up 50% with 20 calls on each day; spend above 2x the 7-day mean with 3 days behind it. */
    public static final AnomalySettings DEFAULT = new AnomalySettings(0.20, 0.50, 20, 2.0, 7, 3);

    public AnomalySettings {
        if (!(retryShare >= 0 && retryShare <= 1)) {
            throw new IllegalArgumentException("the retry share is a fraction from 0 to 1 (was " + retryShare + ")");
        }
        if (!(promptIncrease > 0) || !(spikeFactor > 0) || Double.isInfinite(promptIncrease) || Double.isInfinite(spikeFactor)) {
            throw new IllegalArgumentException("the prompt increase and the spike factor must be finite and above 0");
        }
        if (promptMinCalls < 1 || spikeWindowDays < 1 || spikeMinHistoryDays < 1 || spikeMinHistoryDays > spikeWindowDays) {
            throw new IllegalArgumentException("minimum calls, the window and the history needed must be 1 or more, "
                    + "and the history no longer than the window");
        }
    }

    public AnomalySettings withRetryShare(double value) {
        return new AnomalySettings(value, promptIncrease, promptMinCalls, spikeFactor, spikeWindowDays, spikeMinHistoryDays);
    }

    public AnomalySettings withPromptIncrease(double value) {
        return new AnomalySettings(retryShare, value, promptMinCalls, spikeFactor, spikeWindowDays, spikeMinHistoryDays);
    }

    public AnomalySettings withPromptMinCalls(long value) {
        return new AnomalySettings(retryShare, promptIncrease, value, spikeFactor, spikeWindowDays, spikeMinHistoryDays);
    }

    public AnomalySettings withSpikeFactor(double value) {
        return new AnomalySettings(retryShare, promptIncrease, promptMinCalls, value, spikeWindowDays, spikeMinHistoryDays);
    }

    public AnomalySettings withSpikeWindow(int windowDays, int minHistoryDays) {
        return new AnomalySettings(retryShare, promptIncrease, promptMinCalls, spikeFactor, windowDays, minHistoryDays);
    }
}
