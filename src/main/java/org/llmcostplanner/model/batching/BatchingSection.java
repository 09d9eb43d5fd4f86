package org.llmcostplanner.model.batching;

import java.util.function.DoubleUnaryOperator;

/**
 * The batching lever: the offline share of the calls goes through a batch API at a discount, and
 * several items share one prompt, so its system prompt is paid once per prompt, not per item.
 *
 * <p>A packed prompt whose answer for one item is unusable is sent again whole, until it succeeds:
 * with per-item failure rate f and k items per prompt, a prompt succeeds with probability
 * (1 - f)^k and is sent 1 / (1 - f)^k times on average. That is the blast radius: k items wait for
 * the retry, and larger packs pay for more retries.
 *
 * @param enabled            whether the plan batches
 * @param offlineShare       fraction of the calls that can wait for a batch API, 0..1
 * @param discount           the batch API's discount on input and output, 0..1 (0.5 at OpenAI and Anthropic)
 * @param itemsPerPrompt     items packed into one prompt, 1 or more
 * @param systemPromptTokens input tokens per call that a packed prompt needs only once
 * @param itemFailureRate    fraction of items whose answer is unusable, 0..1 (below 1)
 * @param windowHours        how long a batch may take to come back (24 hours at OpenAI and Anthropic)
 */
public record BatchingSection(boolean enabled, double offlineShare, double discount, double itemsPerPrompt,
                              double systemPromptTokens, double itemFailureRate, double windowHours) {
    public static final BatchingSection EMPTY = new BatchingSection(false, 0, 0.5, 1, 0, 0, 24);
    /**
     * The largest chance a packed prompt may have of failing: beyond it a prompt is sent over 100
     * times on average, a plan no one would run (and, further on, a cost that overflows).
     */
    public static final double MOST_PROMPT_FAILURE_RATE = 0.99;

    /** Fraction of the calls sent through the batch API. */
    public double batchedShare() {
        return enabled ? offlineShare : 0;
    }

    /** Input tokens per item in a packed prompt: the system prompt shared by {@code itemsPerPrompt} items. */
    public double inputTokensPerItem(double inputTokens) {
        double shared = Math.min(systemPromptTokens, inputTokens);
        return inputTokens - shared + shared / itemsPerPrompt;
    }

    /** How many times a packed prompt is sent on average: 1 / (1 - f)^k. */
    public double sendsPerPrompt() {
        return 1 / Math.pow(1 - itemFailureRate, itemsPerPrompt);
    }

    /** Probability that a packed prompt has to be sent again: 1 - (1 - f)^k. */
    public double promptFailureRate() {
        return 1 - Math.pow(1 - itemFailureRate, itemsPerPrompt);
    }

    /**
     * The sends a packed prompt needs to have come back whole with the given probability: the
     * smallest n with 1 - p^n >= confidence, p the prompt's failure rate. 1 when prompts never fail.
     */
    public int sendsAt(double confidence) {
        double p = promptFailureRate();
        if (p <= 1 - confidence) {
            return 1;
        }
        if (!(p < 1)) {
            return Integer.MAX_VALUE; // refused by the validator; never NaN or a negative count
        }
        int sends = (int) Math.ceil(Math.log(1 - confidence) / Math.log(p));
        // the logarithms' rounding can put an exact whole number just above itself
        return sends > 1 && 1 - Math.pow(p, sends - 1) >= confidence ? sends - 1 : sends;
    }

    /**
     * The hours a batched item waits beyond an online call, on average, at most: each send takes
     * up to the batch window, and a failed prompt goes into the next batch. An upper bound; most
     * batches come back well within their window.
     */
    public double addedLatencyHours() {
        return windowHours * sendsPerPrompt();
    }

    /** The hours within which 95% of batched items are back, at most: {@link #sendsAt}(0.95) windows. */
    public double addedLatencyHours95() {
        return windowHours * sendsAt(0.95);
    }

    /**
     * The cost of one batched item: its tokens (the packed input) at the batch discount, times the
     * sends of its prompt, plus the per-query fees (a router, a tier's flat fee), which a batch API
     * does not discount and a resent prompt does not pay again.
     *
     * @param tokenUsdForInputTokens an ordinary call's token cost for a number of input tokens
     * @param fixedUsdPerCall        an ordinary call's cost at no tokens
     * @param inputTokens            an item's input tokens when sent alone
     */
    public double usdPerItem(DoubleUnaryOperator tokenUsdForInputTokens, double fixedUsdPerCall, double inputTokens) {
        return tokenUsdForInputTokens.applyAsDouble(inputTokensPerItem(inputTokens)) * (1 - discount) * sendsPerPrompt()
                + fixedUsdPerCall;
    }

    public BatchingSection withEnabled(boolean value) {
        return new BatchingSection(value, offlineShare, discount, itemsPerPrompt, systemPromptTokens, itemFailureRate, windowHours);
    }

    public BatchingSection withOfflineShare(double value) {
        return new BatchingSection(enabled, value, discount, itemsPerPrompt, systemPromptTokens, itemFailureRate, windowHours);
    }

    public BatchingSection withDiscount(double value) {
        return new BatchingSection(enabled, offlineShare, value, itemsPerPrompt, systemPromptTokens, itemFailureRate, windowHours);
    }

    public BatchingSection withItemsPerPrompt(double value) {
        return new BatchingSection(enabled, offlineShare, discount, value, systemPromptTokens, itemFailureRate, windowHours);
    }

    public BatchingSection withSystemPromptTokens(double value) {
        return new BatchingSection(enabled, offlineShare, discount, itemsPerPrompt, value, itemFailureRate, windowHours);
    }

    public BatchingSection withItemFailureRate(double value) {
        return new BatchingSection(enabled, offlineShare, discount, itemsPerPrompt, systemPromptTokens, value, windowHours);
    }

    public BatchingSection withWindowHours(double value) {
        return new BatchingSection(enabled, offlineShare, discount, itemsPerPrompt, systemPromptTokens, itemFailureRate, value);
    }
}
