package org.llmcostplanner.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;
import org.llmcostplanner.model.batching.BatchingSection;
import org.llmcostplanner.model.caching.CachingSection;
import org.llmcostplanner.model.caching.PromptCaching;
import org.llmcostplanner.model.price.CatalogEntry;
import org.llmcostplanner.model.price.ModelPrice;
import org.llmcostplanner.model.price.PriceCatalog;
import org.llmcostplanner.model.price.TokenPrices;
import org.llmcostplanner.model.routing.RoutingSection;
import org.llmcostplanner.model.routing.RoutingStrategy;
import org.llmcostplanner.model.routing.RoutingTier;

/**
 * Provider-cache and batch prices from the catalog, folded into the plan's multipliers and
 * discount, worked by hand: 10,000 queries a day for 30 days, 1,000 input and 200 output tokens.
 */
class CatalogLeverPricesTest {
    private static final ModelPrice GPT_4O = new ModelPrice("gpt-4o", 2.50, 10.00);
    private static final ModelPrice HAIKU = new ModelPrice("claude-haiku-4-5", 1.00, 5.00);
    private static final ModelPrice OWN = new ModelPrice("our-fine-tune", 0.50, 1.50);
    private static final ModelPrice BERT = new ModelPrice("fine-tuned-bert", 0, 0);
    private static final PriceCatalog CATALOG = PriceCatalog.of(List.of(
            entry("gpt-4o", new TokenPrices(2.50, 10.00, some(1.25), none(), none(), some(1.25), some(5.00))),
            entry("claude-haiku-4-5", new TokenPrices(1.00, 5.00, some(0.10), some(1.25), some(2.00), some(0.50), some(2.50))),
            entry("no-extras", TokenPrices.of(1, 2))), LocalDate.of(2026, 11, 28));
    private static final Scenario PLAN = Scenario.untitled().withWorkload(new Workload(10_000, 1_000, 200, 30));
    /** An 800-token prefix found cached on 80% of calls. */
    private static final PromptCaching PREFIX = new PromptCaching(true, 800, 0.8, 1, 1);

    private static CatalogEntry entry(String id, TokenPrices prices) {
        return new CatalogEntry(id, "test", prices, OptionalLong.empty(), Optional.empty(), "test", LocalDate.of(2026, 11, 28), "");
    }

    private static OptionalDouble some(double value) {
        return OptionalDouble.of(value);
    }

    private static OptionalDouble none() {
        return OptionalDouble.empty();
    }

    private static Scenario routed(RoutingStrategy strategy, RoutingTier... tiers) {
        return PLAN.withRouting(RoutingSection.EMPTY.withEnabled(true).withStrategy(strategy).withTiers(List.of(tiers)));
    }

    private static double apiUsdPerMonth(Scenario scenario) {
        return ScenarioEvaluator.evaluate(scenario).api().optimisedUsdPerMonth();
    }

    @Test
    void oneModelTakesItsOwnRatios() {
        // gpt-4o: $1.25 cached over $2.50 = 0.5; no write price: writes billed as input, 1.
        var openAi = CatalogLeverPrices.cachePrices(PLAN.withReferenceModel(GPT_4O), CATALOG).orElseThrow();
        assertEquals(0.5, openAi.read(), 1e-15);
        assertEquals(1, openAi.write(), 1e-15);
        // Haiku: $0.10 over $1 = 0.1; the 5-minute write $1.25 over $1 = 1.25.
        var anthropic = CatalogLeverPrices.cachePrices(PLAN.withReferenceModel(HAIKU), CATALOG).orElseThrow();
        assertEquals(0.1, anthropic.read(), 1e-15);
        assertEquals(1.25, anthropic.write(), 1e-15);
        assertEquals(List.of(), anthropic.unpriced());
        // Batch: half price in and out at both.
        assertEquals(0.5, CatalogLeverPrices.batchDiscount(PLAN.withReferenceModel(HAIKU), CATALOG).orElseThrow().discount(), 1e-15);
    }

    @Test
    void aModelTheCatalogDoesNotPriceGivesNothing() {
        assertEquals(Optional.empty(), CatalogLeverPrices.cachePrices(PLAN.withReferenceModel(OWN), CATALOG));
        assertEquals(Optional.empty(), CatalogLeverPrices.batchDiscount(PLAN.withReferenceModel(OWN), CATALOG));
        ModelPrice noExtras = new ModelPrice("no-extras", 1, 2);
        assertEquals(Optional.empty(), CatalogLeverPrices.cachePrices(PLAN.withReferenceModel(noExtras), CATALOG));
        assertEquals(Optional.empty(), CatalogLeverPrices.batchDiscount(PLAN.withReferenceModel(noExtras), CATALOG));
    }

    @Test
    void routedModelsWeighByTheirInputSpendAndReproduceEachModelsBill() {
        // Router: 60% to Haiku ($1 in), 40% to gpt-4o ($2.50 in); input spend weights 0.6 and 1.0.
        Scenario scenario = routed(RoutingStrategy.ROUTER, new RoutingTier("Easy", HAIKU, 0.6, 0.9, 300),
                new RoutingTier("Hard", GPT_4O, 0.4, 0.95, 600), new RoutingTier("Classifier", BERT, 0, 0.8, 20));
        var prices = CatalogLeverPrices.cachePrices(scenario, CATALOG).orElseThrow();
        // read (0.6 x 0.1 + 1.0 x 0.5) / 1.6 = 0.35; write (0.6 x 1.25 + 1.0 x 1) / 1.6 = 1.09375.
        assertEquals(0.35, prices.read(), 1e-15);
        assertEquals(1.09375, prices.write(), 1e-15);
        assertEquals(List.of(), prices.unpriced(), "a free model pays no input: not listed");

        // Each model's own bill, 800 of 1,000 tokens a prefix hit 80% of the time:
        // Haiku 200 + 800 x (0.8 x 0.1 + 0.2 x 1.25) = 464 tokens x $1 + 200 x $5 = $0.001464;
        // gpt-4o 200 + 800 x (0.8 x 0.5 + 0.2 x 1) = 680 tokens x $2.50 + 200 x $10 = $0.0037.
        // 0.6 x $0.001464 + 0.4 x $0.0037 = $0.0023584 a query, x 300,000 = $707.52.
        Scenario cached = scenario.withCaching(CachingSection.EMPTY.withEnabled(true)
                .withProvider(CatalogLeverPrices.promptCaching(scenario.withCaching(CachingSection.EMPTY.withProvider(PREFIX)),
                        CATALOG).orElseThrow()));
        assertEquals(800, cached.caching().provider().prefixTokens());
        assertEquals(707.52, apiUsdPerMonth(cached), 1e-9);
    }

    @Test
    void aCascadeWeighsEachModelByTheCallsThatReachIt() {
        // Every query calls Haiku; 30% go on to gpt-4o. Weights 1 x $1 and 0.3 x $2.50 = 0.75:
        // read (0.1 + 0.75 x 0.5) / 1.75 = 0.2714; per query $0.001464 + 0.3 x $0.0037 = $0.002574, x 300,000 = $772.20.
        Scenario scenario = routed(RoutingStrategy.CASCADE, new RoutingTier("Easy", HAIKU, 0, 0.9, 300).withEscalationRate(0.3),
                new RoutingTier("Hard", GPT_4O, 0, 0.95, 600));
        var prices = CatalogLeverPrices.cachePrices(scenario, CATALOG).orElseThrow();
        assertEquals((0.1 + 0.75 * 0.5) / 1.75, prices.read(), 1e-15);
        Scenario cached = scenario.withCaching(CachingSection.EMPTY.withEnabled(true)
                .withProvider(PREFIX.withReadMultiplier(prices.read()).withWriteMultiplier(prices.write())));
        assertEquals(772.20, apiUsdPerMonth(cached), 1e-9);
    }

    @Test
    void theBatchDiscountIsTheSavingOverTheWholeCallAndUnpricedModelsPayFull() {
        // Calls: Haiku (1,000 x $1 + 200 x $5) = $0.002, gpt-4o $0.0045, our fine-tune (500 + 300) = $0.0008.
        // Router 50/30/20: $0.00251 a query. The catalog halves Haiku and gpt-4o and does not know ours:
        // saving 0.5 x $0.001 + 0.3 x $0.00225 = $0.001175, a discount of 0.001175 / 0.00251 = 46.81%.
        Scenario scenario = routed(RoutingStrategy.ROUTER, new RoutingTier("Easy", HAIKU, 0.5, 0.9, 300),
                new RoutingTier("Hard", GPT_4O, 0.3, 0.95, 600), new RoutingTier("Own", OWN, 0.2, 0.85, 200));
        var discount = CatalogLeverPrices.batchDiscount(scenario, CATALOG).orElseThrow();
        assertEquals(0.001175 / 0.00251, discount.discount(), 1e-12);
        assertEquals(List.of("our-fine-tune"), discount.unpriced());
        // Everything batched one item a prompt: 0.5 x $0.001 + 0.3 x $0.00225 + 0.2 x $0.0008 = $0.001335, x 300,000.
        Scenario batched = scenario.withBatching(new BatchingSection(true, 1, discount.discount(), 1, 0, 0, 24));
        assertEquals(400.50, apiUsdPerMonth(batched), 1e-9);
        assertTrue(CatalogLeverPrices.names(List.of("a", "b", "c")).equals("a, b and c"));
    }
}
