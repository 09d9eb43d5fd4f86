package org.llmcostplanner.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.llmcostplanner.model.caching.PromptCaching;
import org.llmcostplanner.model.price.ModelPrice;
import org.llmcostplanner.model.price.PriceCatalog;
import org.llmcostplanner.model.price.TokenPrices;
import org.llmcostplanner.model.routing.RoutingMix;
import org.llmcostplanner.model.routing.RoutingTier;

/**
 * The provider cache's and the batch API's prices for the models a plan calls, read from a price
 * catalog and folded into the single read and write multipliers and the single batch discount the
 * plan's levers take.
 *
 * <p>With routing on, each model is weighted by what the plan spends on it at the current shares,
 * so the folded figures reproduce the per-model bills exactly (the input spend for the cache
 * multipliers, the token spend for the discount); after the shares change they are an
 * approximation until taken again. A model the catalog does not price counts at full price: no
 * cache discount, no batch discount.
 */
public final class CatalogLeverPrices {
    private CatalogLeverPrices() {
    }

    /**
     * Cache multipliers over the input price.
     *
     * @param read     cached-read price over the input price
     * @param write    cache-write price over the input price (1 where writes are billed as input)
     * @param unpriced the plan's paid models without a cached-read price in the catalog
     */
    public record CachePrices(double read, double write, List<String> unpriced) {
        public CachePrices {
            unpriced = List.copyOf(unpriced);
        }
    }

    /**
     * @param discount the batch API's saving over the plan's call cost, 0..1
     * @param unpriced the plan's paid models without batch prices in the catalog
     */
    public record BatchDiscount(double discount, List<String> unpriced) {
        public BatchDiscount {
            unpriced = List.copyOf(unpriced);
        }
    }

    /** A model the plan calls, and how many times one query calls it. */
    private record Called(ModelPrice model, double callsPerQuery) {
    }

    /**
     * The plan's cache multipliers from the catalog; empty when none of the models the plan pays
     * input tokens for has a cached-read price, or the plan pays for no input tokens.
     */
    public static Optional<CachePrices> cachePrices(Scenario scenario, PriceCatalog catalog) {
        double weights = 0;
        double read = 0;
        double write = 0;
        boolean anyPriced = false;
        List<String> unpriced = new ArrayList<>();
        for (Called called : called(scenario)) {
            double weight = called.callsPerQuery() * called.model().inputUsdPer1MTokens();
            if (!(weight > 0)) {
                continue;
            }
            Optional<TokenPrices> prices = catalog.find(called.model().name()).map(entry -> entry.prices())
                    .filter(p -> p.cachedInput().isPresent() && p.input() > 0);
            double readRatio = 1;
            double writeRatio = 1;
            if (prices.isPresent()) {
                TokenPrices p = prices.get();
                readRatio = p.cachedInput().getAsDouble() / p.input();
                writeRatio = p.cacheWrite5m().isPresent() ? p.cacheWrite5m().getAsDouble() / p.input() : 1;
                anyPriced = true;
            } else {
                addOnce(unpriced, called.model().name());
            }
            weights += weight;
            read += weight * readRatio;
            write += weight * writeRatio;
        }
        if (!anyPriced) {
            return Optional.empty();
        }
        return Optional.of(new CachePrices(read / weights, write / weights, unpriced));
    }

    /** The plan's provider cache at the catalog's prices, its prefix and hit share kept. */
    public static Optional<PromptCaching> promptCaching(Scenario scenario, PriceCatalog catalog) {
        return cachePrices(scenario, catalog).map(prices -> scenario.caching().provider()
                .withReadMultiplier(prices.read()).withWriteMultiplier(prices.write()));
    }

    /**
     * The batch discount that makes the plan's token cost the catalog's batch prices: the saving
     * the batch API gives on each model's input and output at the plan's tokens per call, over the
     * call's token cost (exact at any packing when each model's input and output discounts are
     * equal, as they are at OpenAI and Anthropic). Empty when none of the plan's paid models has
     * batch prices, or a call's tokens cost nothing.
     */
    public static Optional<BatchDiscount> batchDiscount(Scenario scenario, PriceCatalog catalog) {
        double in = scenario.compressedInputTokens();
        double out = scenario.workload().outputTokensPerQuery();
        double callUsd = scenario.routedUsdPerQuery(in, out) - scenario.routedUsdPerQuery(0, 0);
        if (!(callUsd > 0)) {
            return Optional.empty();
        }
        double savingUsd = 0;
        boolean anyPriced = false;
        List<String> unpriced = new ArrayList<>();
        for (Called called : called(scenario)) {
            ModelPrice model = called.model();
            if (!(called.callsPerQuery() * model.usdPerCall(in, out) > 0)) {
                continue;
            }
            Optional<TokenPrices> prices = catalog.find(model.name()).map(entry -> entry.prices())
                    .filter(p -> p.batchInput().isPresent() && p.batchOutput().isPresent());
            if (prices.isEmpty()) {
                addOnce(unpriced, model.name());
                continue;
            }
            TokenPrices p = prices.get();
            double inputSaving = p.input() > 0 ? 1 - p.batchInput().getAsDouble() / p.input() : 0;
            double outputSaving = p.output() > 0 ? 1 - p.batchOutput().getAsDouble() / p.output() : 0;
            savingUsd += called.callsPerQuery() * (in * model.inputUsdPer1MTokens() * inputSaving
                    + out * model.outputUsdPer1MTokens() * outputSaving) / 1_000_000.0;
            anyPriced = true;
        }
        if (!anyPriced) {
            return Optional.empty();
        }
        return Optional.of(new BatchDiscount(Math.max(0, Math.min(1, savingUsd / callUsd)), unpriced));
    }

    /** The models one query calls: the routing tiers by their call shares, or the reference model once. */
    private static List<Called> called(Scenario scenario) {
        if (!scenario.routing().applies()) {
            return List.of(new Called(scenario.referenceModel(), 1));
        }
        List<RoutingTier> tiers = scenario.routing().tiers();
        RoutingMix mix = scenario.routing().mix(scenario.compressedInputTokens(), scenario.workload().outputTokensPerQuery());
        List<Called> called = new ArrayList<>(tiers.size());
        for (int i = 0; i < tiers.size(); i++) {
            called.add(new Called(tiers.get(i).model(), mix.tiers().get(i).callShare()));
        }
        return called;
    }

    private static void addOnce(List<String> names, String name) {
        if (!names.contains(name)) {
            names.add(name);
        }
    }

    /** "a, b and c" for a message. */
    public static String names(List<String> names) {
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
