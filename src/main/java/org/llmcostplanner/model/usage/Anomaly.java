package org.llmcostplanner.model.usage;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;

import org.llmcostplanner.model.format.Money;

/**
 * Something in the logs worth a look, the chapter's "most common cost surprises": a day, a scope
 * (as in {@link BudgetAlert}: "daily" or "feature:" and a name) and the figures that raised it.
 * {@link Anomalies} finds them.
 */
public sealed interface Anomaly permits Anomaly.RetryStorm, Anomaly.PromptRegression, Anomaly.SpendSpike {
    /** By day, then kind in the enum's order, then scope. */
    Comparator<Anomaly> ORDER = Comparator.comparing(Anomaly::day).thenComparing(Anomaly::kind)
            .thenComparing(Anomaly::scope);

    enum Kind {
        RETRY_STORM("retry storm"), SPEND_SPIKE("spend spike"), PROMPT_REGRESSION("prompt regression");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    LocalDate day();

    String scope();

    Kind kind();

    /** One line for a report: the day, the scope, what happened, against what threshold. */
    String describe();

    /**
     * Retries took more than the threshold's share of a day's cost (error handling calling the API
     * again and again).
     *
     * @param day            the day
     * @param retryCostUsd   the day's retries' cost
     * @param costUsd        the day's whole cost (above 0)
     * @param thresholdShare the share of the cost above which retries are a storm, 0..1
     */
    record RetryStorm(LocalDate day, double retryCostUsd, double costUsd, double thresholdShare) implements Anomaly {
        public RetryStorm {
            Objects.requireNonNull(day, "day");
        }

        /** The retries' share of the day's cost, 0..1. */
        public double retryShare() {
            return retryCostUsd / costUsd;
        }

        @Override
        public String scope() {
            return BudgetAlert.DAILY;
        }

        @Override
        public Kind kind() {
            return Kind.RETRY_STORM;
        }

        @Override
        public String describe() {
            return day + " " + scope() + ": retry storm, retries " + Money.usd(retryCostUsd) + " of " + Money.usd(costUsd)
                    + " (" + Money.percent(retryShare()) + ", threshold " + Money.percent(thresholdShare) + ")";
        }
    }

    /**
     * A feature's mean prompt grew by more than the threshold from the day before (a code change
     * that silently added context), both days with enough calls to tell.
     *
     * @param day                     the day of the jump
     * @param feature                 the feature ("" for calls with no feature)
     * @param previousMeanInputTokens the day before's mean input tokens per call
     * @param previousCalls           the day before's calls
     * @param meanInputTokens         this day's mean input tokens per call
     * @param calls                   this day's calls
     * @param thresholdIncrease       the rise above which it is a regression, e.g. 0.5 for +50%
     */
    record PromptRegression(LocalDate day, String feature, double previousMeanInputTokens, long previousCalls,
                            double meanInputTokens, long calls, double thresholdIncrease) implements Anomaly {
        public PromptRegression {
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(feature, "feature");
        }

        /** The rise in mean input tokens per call, e.g. 0.8 for +80%. */
        public double increase() {
            return meanInputTokens / previousMeanInputTokens - 1;
        }

        @Override
        public String scope() {
            return BudgetAlert.FEATURE_PREFIX + feature;
        }

        @Override
        public Kind kind() {
            return Kind.PROMPT_REGRESSION;
        }

        @Override
        public String describe() {
            return day + " " + scope() + ": prompt regression, mean input tokens " + Money.tenths(previousMeanInputTokens)
                    + " -> " + Money.tenths(meanInputTokens) + " per call (+" + Money.percent(increase()) + ", threshold +"
                    + Money.percent(thresholdIncrease) + ")";
        }
    }

    /**
     * A day spent more than the threshold times its trailing average.
     *
     * @param day             the day
     * @param spendUsd        the day's cost
     * @param trailingMeanUsd mean daily cost over the history days before it (above 0)
     * @param historyDays     how many days before it were averaged (days without calls count, at zero)
     * @param thresholdFactor the multiple of the average above which it is a spike, e.g. 2
     */
    record SpendSpike(LocalDate day, double spendUsd, double trailingMeanUsd, int historyDays, double thresholdFactor)
            implements Anomaly {
        public SpendSpike {
            Objects.requireNonNull(day, "day");
        }

        /** The day's cost over the trailing mean. */
        public double ratio() {
            return spendUsd / trailingMeanUsd;
        }

        @Override
        public String scope() {
            return BudgetAlert.DAILY;
        }

        @Override
        public Kind kind() {
            return Kind.SPEND_SPIKE;
        }

        @Override
        public String describe() {
            return day + " " + scope() + ": spend spike, " + Money.usd(spendUsd) + " against a " + historyDays
                    + "-day mean of " + Money.usd(trailingMeanUsd) + " (" + Money.tenths(ratio()) + "x, threshold "
                    + Money.tenths(thresholdFactor) + "x)";
        }
    }
}
