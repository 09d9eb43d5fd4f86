package org.llmcostplanner.model.price;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A model and the list prices a scenario uses for it. The prices are kept in the scenario, so
 * reopening an old plan reproduces its numbers whatever the catalog says today.
 *
 * @param name                 model id as the provider names it (e.g. {@code gpt-4o}); never null
 * @param inputUsdPer1MTokens  USD per 1M input tokens
 * @param outputUsdPer1MTokens USD per 1M output tokens
 * @param pricesAsOf           the catalog date these prices were taken from; empty when typed by
 *                             hand (or edited after they were taken)
 */
public record ModelPrice(String name, double inputUsdPer1MTokens, double outputUsdPer1MTokens,
                         Optional<LocalDate> pricesAsOf) {
    public ModelPrice {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(pricesAsOf, "pricesAsOf");
    }

    /** Prices typed by hand. */
    public ModelPrice(String name, double inputUsdPer1MTokens, double outputUsdPer1MTokens) {
        this(name, inputUsdPer1MTokens, outputUsdPer1MTokens, Optional.empty());
    }

    /** USD for one call with the given token counts. */
    public double usdPerCall(double inputTokens, double outputTokens) {
        return (inputTokens * inputUsdPer1MTokens + outputTokens * outputUsdPer1MTokens) / 1_000_000.0;
    }

    /** Another model's name over these prices is a hand edit: the date goes. */
    public ModelPrice withName(String value) {
        return value.equals(name) ? this : new ModelPrice(value, inputUsdPer1MTokens, outputUsdPer1MTokens, Optional.empty());
    }

    /** A price typed by hand is no longer the catalog's: the date goes. */
    public ModelPrice withInputUsdPer1MTokens(double value) {
        return value == inputUsdPer1MTokens ? this : new ModelPrice(name, value, outputUsdPer1MTokens, Optional.empty());
    }

    /** A price typed by hand is no longer the catalog's: the date goes. */
    public ModelPrice withOutputUsdPer1MTokens(double value) {
        return value == outputUsdPer1MTokens ? this : new ModelPrice(name, inputUsdPer1MTokens, value, Optional.empty());
    }
}
