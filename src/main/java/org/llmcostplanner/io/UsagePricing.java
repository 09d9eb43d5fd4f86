package org.llmcostplanner.io;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.llmcostplanner.model.price.CatalogEntry;
import org.llmcostplanner.model.price.PriceCatalog;
import org.llmcostplanner.model.price.TokenPrices;

/**
 * Prices a logged call that has no cost from the catalog: uncached input tokens at the input
 * price, cached ones at the cached-input price when the catalog lists one (else the input price),
 * output tokens at the output price, all USD per 1M tokens. A model is looked up by its id without
 * case, then, for ids such as {@code openai/gpt-4o}, by the part after the last slash. Lookups are
 * remembered for the first few thousand model names, so memory stays bounded on a log of junk names.
 */
final class UsagePricing {
    private static final int REMEMBERED_MODELS = 4096;
    private static final Optional<TokenPrices> NONE = Optional.empty();

    private final PriceCatalog catalog;
    private final Map<String, Optional<TokenPrices>> byModel = new HashMap<>();

    /** @param catalog may be null: then no row without a cost can be priced */
    UsagePricing(PriceCatalog catalog) {
        this.catalog = catalog;
    }

    Optional<TokenPrices> pricesOf(String model) {
        Optional<TokenPrices> known = byModel.get(model);
        if (known != null) {
            return known;
        }
        Optional<TokenPrices> found = catalog == null ? NONE : catalog.find(model).or(() -> withoutProvider(model))
                .map(CatalogEntry::prices);
        if (byModel.size() < REMEMBERED_MODELS) {
            byModel.put(model, found);
        }
        return found;
    }

    private Optional<CatalogEntry> withoutProvider(String model) {
        int slash = model.lastIndexOf('/');
        return slash < 0 || slash == model.length() - 1 ? Optional.empty() : catalog.find(model.substring(slash + 1));
    }

    /** USD for one call; {@code cachedTokens} are part of {@code inputTokens}. */
    static double cost(TokenPrices prices, long inputTokens, long cachedTokens, long outputTokens) {
        double cached = prices.cachedInput().orElse(prices.input());
        return ((inputTokens - cachedTokens) * prices.input() + cachedTokens * cached + outputTokens * prices.output()) / 1e6;
    }
}
