package org.llmcostplanner.model.caching;

/**
 * How a provider's usage record reports cached prompt tokens, which decides how a record is priced.
 */
public enum CachedTokenConvention {
    /**
     * OpenAI: {@code prompt_tokens} counts every input token, and {@code cached_tokens} says how
     * many of them were read from cache (writes are not billed extra).
     */
    INSIDE_PROMPT,
    /**
     * Anthropic: {@code input_tokens} counts only the uncached tokens; {@code cache_read_input_tokens}
     * and {@code cache_creation_input_tokens} come on top of it.
     */
    ON_TOP;

    /**
     * The USD cost of one call's usage.
     *
     * @param promptTokens     the provider's prompt (input) token figure, in its convention
     * @param cacheReadTokens  tokens read from cache
     * @param cacheWriteTokens tokens written to cache (0 for OpenAI)
     * @param outputTokens     output tokens
     * @param prices           USD per 1M tokens: input, cached read, cache write, output
     */
    public double usd(double promptTokens, double cacheReadTokens, double cacheWriteTokens, double outputTokens,
                      CachePrices prices) {
        double uncached = this == INSIDE_PROMPT ? promptTokens - cacheReadTokens - cacheWriteTokens : promptTokens;
        return (uncached * prices.inputPer1M() + cacheReadTokens * prices.cacheReadPer1M()
                + cacheWriteTokens * prices.cacheWritePer1M() + outputTokens * prices.outputPer1M()) / 1e6;
    }

    /** USD per 1M tokens. */
    public record CachePrices(double inputPer1M, double cacheReadPer1M, double cacheWritePer1M, double outputPer1M) {
    }
}
