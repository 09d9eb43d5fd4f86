package org.llmcostplanner.model.caching;

/**
 * The provider's prompt cache: a shared prefix (system prompt, few-shot examples, documents) read
 * from cache at a discount, or written to it at a surcharge when it is not there.
 *
 * @param enabled         whether the plan counts on it
 * @param prefixTokens    tokens per call in the cacheable prefix (at most the input tokens)
 * @param hitShare        fraction of calls that find the prefix cached, 0..1
 * @param readMultiplier  cached-read price over the input price (OpenAI gpt-4o 0.5, gpt-4.1 0.25,
 *                        gpt-5 0.1; Anthropic 0.1)
 * @param writeMultiplier price of writing the prefix over the input price, paid by the calls that
 *                        miss (OpenAI 1: writes are free; Anthropic 1.25 for 5 minutes, 2 for 1 hour)
 */
public record PromptCaching(boolean enabled, double prefixTokens, double hitShare, double readMultiplier,
                            double writeMultiplier) {
    public static final PromptCaching OFF = new PromptCaching(false, 0, 0, 0.5, 1);

    /**
     * The input tokens a call is billed as, in units of the input price: the prefix's tokens
     * weighted by what reading or writing them costs, the rest at full price.
     */
    public double billedInputTokens(double inputTokens) {
        if (!enabled) {
            return inputTokens;
        }
        double prefix = Math.min(prefixTokens, inputTokens);
        return inputTokens - prefix + prefix * (hitShare * readMultiplier + (1 - hitShare) * writeMultiplier);
    }

    public PromptCaching withEnabled(boolean value) {
        return new PromptCaching(value, prefixTokens, hitShare, readMultiplier, writeMultiplier);
    }

    public PromptCaching withPrefixTokens(double value) {
        return new PromptCaching(enabled, value, hitShare, readMultiplier, writeMultiplier);
    }

    public PromptCaching withHitShare(double value) {
        return new PromptCaching(enabled, prefixTokens, value, readMultiplier, writeMultiplier);
    }

    public PromptCaching withReadMultiplier(double value) {
        return new PromptCaching(enabled, prefixTokens, hitShare, value, writeMultiplier);
    }

    public PromptCaching withWriteMultiplier(double value) {
        return new PromptCaching(enabled, prefixTokens, hitShare, readMultiplier, value);
    }
}
