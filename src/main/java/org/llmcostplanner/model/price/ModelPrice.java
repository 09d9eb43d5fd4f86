package org.llmcostplanner.model.price;

import java.util.Objects;

/**
 * A model and its list prices.
 *
 * @param name                 model id as the provider names it (e.g. {@code gpt-4o}); never null
 * @param inputUsdPer1MTokens  USD per 1M input tokens
 * @param outputUsdPer1MTokens USD per 1M output tokens
 */
public record ModelPrice(String name, double inputUsdPer1MTokens, double outputUsdPer1MTokens) {
    public ModelPrice {
        Objects.requireNonNull(name, "name");
    }

    /** USD for one call with the given token counts. */
    public double usdPerCall(double inputTokens, double outputTokens) {
        return (inputTokens * inputUsdPer1MTokens + outputTokens * outputUsdPer1MTokens) / 1_000_000.0;
    }

    public ModelPrice withName(String value) {
        return new ModelPrice(value, inputUsdPer1MTokens, outputUsdPer1MTokens);
    }

    public ModelPrice withInputUsdPer1MTokens(double value) {
        return new ModelPrice(name, value, outputUsdPer1MTokens);
    }

    public ModelPrice withOutputUsdPer1MTokens(double value) {
        return new ModelPrice(name, inputUsdPer1MTokens, value);
    }
}
