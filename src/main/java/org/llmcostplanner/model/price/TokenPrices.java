package org.llmcostplanner.model.price;

import java.util.OptionalDouble;

/**
 * What a provider charges for a model's tokens, in USD per 1M tokens. An empty price is one the
 * provider does not offer or the source does not list; it is never read as free.
 *
 * @param input        uncached input tokens
 * @param output       output tokens
 * @param cachedInput  input tokens read from the provider's prompt cache
 * @param cacheWrite5m input tokens written to a cache kept 5 minutes (Anthropic); empty where writing is free
 * @param cacheWrite1h input tokens written to a cache kept 1 hour (Anthropic)
 * @param batchInput   input tokens sent through the batch API
 * @param batchOutput  output tokens returned by the batch API
 */
public record TokenPrices(double input, double output, OptionalDouble cachedInput, OptionalDouble cacheWrite5m,
                          OptionalDouble cacheWrite1h, OptionalDouble batchInput, OptionalDouble batchOutput) {
    /** Input and output prices only. */
    public static TokenPrices of(double input, double output) {
        OptionalDouble none = OptionalDouble.empty();
        return new TokenPrices(input, output, none, none, none, none, none);
    }

    /** These prices, with each optional price this one lacks taken from {@code fallback}. */
    public TokenPrices orElse(TokenPrices fallback) {
        return new TokenPrices(input, output, or(cachedInput, fallback.cachedInput), or(cacheWrite5m, fallback.cacheWrite5m),
                or(cacheWrite1h, fallback.cacheWrite1h), or(batchInput, fallback.batchInput), or(batchOutput, fallback.batchOutput));
    }

    private static OptionalDouble or(OptionalDouble price, OptionalDouble fallback) {
        return price.isPresent() ? price : fallback;
    }
}
