package org.llmcostplanner.model.price;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One model in the price catalog.
 *
 * @param id            the model id as the provider's API names it (e.g. {@code gpt-4o}); never null
 * @param provider      who sells it (OpenAI, Anthropic, Groq, ...); never null
 * @param prices        its token prices
 * @param contextTokens the most input tokens one call takes, if known
 * @param tokenizer     the tiktoken encoding that counts its tokens exactly (e.g. {@code o200k_base}),
 *                      if public
 * @param source        where the prices were read; never null
 * @param asOf          the day the prices were read from the source; never null
 * @param notes         caveats (long-context tiers, peak pricing, ...); never null, may be empty
 */
public record CatalogEntry(String id, String provider, TokenPrices prices, OptionalLong contextTokens,
                           Optional<String> tokenizer, String source, LocalDate asOf, String notes) {
    public CatalogEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(prices, "prices");
        Objects.requireNonNull(contextTokens, "contextTokens");
        Objects.requireNonNull(tokenizer, "tokenizer");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(notes, "notes");
    }

    /** The prices a scenario keeps when this model is chosen: input and output, dated. */
    public ModelPrice toModelPrice() {
        return new ModelPrice(id, prices.input(), prices.output(), Optional.of(asOf));
    }

    /** Whether a scenario's model shows this entry's current input and output prices. */
    public boolean pricesMatch(ModelPrice model) {
        return model.inputUsdPer1MTokens() == prices.input() && model.outputUsdPer1MTokens() == prices.output();
    }
}
