package org.llmcostplanner.model.caching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.model.ScenarioEvaluator;
import org.llmcostplanner.model.Workload;
import org.llmcostplanner.model.price.ModelPrice;

/** Provider prompt caching, worked by hand for OpenAI's and Anthropic's ways of reporting it. */
class PromptCachingTest {
    private static final CachedTokenConvention.CachePrices GPT_4O = new CachedTokenConvention.CachePrices(2.50, 1.25, 2.50, 10.00);
    private static final CachedTokenConvention.CachePrices SONNET = new CachedTokenConvention.CachePrices(3.00, 0.30, 3.75, 15.00);

    @Test
    void openAiCountsCachedTokensInsideThePrompt() {
        // prompt_tokens 2,000 of which cached_tokens 1,536; 300 output tokens:
        // 464 x $2.50 + 1,536 x $1.25 + 300 x $10 per 1M = $0.00116 + $0.00192 + $0.003 = $0.00608.
        assertEquals(0.00608, CachedTokenConvention.INSIDE_PROMPT.usd(2_000, 1_536, 0, 300, GPT_4O), 1e-15);
    }

    @Test
    void anthropicCountsThemOnTop() {
        // input_tokens 464, cache_read_input_tokens 1,536, 300 output tokens:
        // 464 x $3 + 1,536 x $0.30 + 300 x $15 per 1M = $0.001392 + $0.0004608 + $0.0045 = $0.0063528.
        assertEquals(0.0063528, CachedTokenConvention.ON_TOP.usd(464, 1_536, 0, 300, SONNET), 1e-15);
        // The first call writes the prefix at $3.75: $0.001392 + 1,536 x $3.75 / 1M + $0.0045 = $0.011652.
        assertEquals(0.011652, CachedTokenConvention.ON_TOP.usd(464, 0, 1_536, 300, SONNET), 1e-15);
    }

    @Test
    void theSameCallInBothConventionsCostsTheSame() {
        // Anthropic's 464 + 1,536 on top is OpenAI's 2,000 inside: at the same prices, the same bill.
        assertEquals(CachedTokenConvention.ON_TOP.usd(464, 1_536, 0, 300, SONNET),
                CachedTokenConvention.INSIDE_PROMPT.usd(2_000, 1_536, 0, 300, SONNET), 1e-15);
    }

    @Test
    void aPlansCallsAreBilledForTheirPrefixAtTheReadAndWritePrices() {
        // 2,000 input tokens, a 1,536-token prefix found cached on 80% of calls.
        // OpenAI gpt-4o (read x0.5, writes free): 464 + 1,536 x (0.8 x 0.5 + 0.2 x 1) = 1,385.6 tokens.
        PromptCaching openAi = new PromptCaching(true, 1_536, 0.8, 0.5, 1);
        assertEquals(1_385.6, openAi.billedInputTokens(2_000), 1e-9);
        // Anthropic (read x0.1, 5-minute write x1.25): 464 + 1,536 x (0.08 + 0.25) = 970.88 tokens.
        PromptCaching anthropic = new PromptCaching(true, 1_536, 0.8, 0.1, 1.25);
        assertEquals(970.88, anthropic.billedInputTokens(2_000), 1e-9);
        assertEquals(300 * 0.33, anthropic.billedInputTokens(300), 1e-9, "a prefix longer than the input is the whole input");
    }

    @Test
    void inTheScenarioEveryCallToTheModelPaysTheBilledTokens() {
        // gpt-4o, 2,000 in and 300 out: (1,385.6 x $2.50 + 300 x $10) / 1M = $0.006464 a call; x 300,000 = $1,939.20.
        Scenario scenario = Scenario.untitled().withWorkload(new Workload(10_000, 2_000, 300, 30))
                .withReferenceModel(new ModelPrice("gpt-4o", 2.50, 10.00));
        scenario = scenario.withCaching(CachingSection.EMPTY.withEnabled(true).withSemantic(SemanticCache.CHAPTER_OFF)
                .withProvider(new PromptCaching(true, 1_536, 0.8, 0.5, 1)));
        assertEquals(1_939.20, ScenarioEvaluator.evaluate(scenario).api().optimisedUsdPerMonth(), 1e-9);
        assertEquals(2_400.00 - 1_939.20, scenario.cachingFigures().leverSavingUsdPerMonth(), 1e-9);
    }

    @Test
    void thePlansMeanCallIsTheMixOfTheProvidersOwnBills() {
        // The plan counts a call's input tokens OpenAI's way (prefix inside), whichever provider it is;
        // its 80/20 mix of hits and misses must equal the providers' records priced in their own convention.
        ModelPrice gpt4o = new ModelPrice("gpt-4o", 2.50, 10.00);
        double openAiPlan = gpt4o.usdPerCall(new PromptCaching(true, 1_536, 0.8, 0.5, 1).billedInputTokens(2_000), 300);
        double openAiBills = 0.8 * CachedTokenConvention.INSIDE_PROMPT.usd(2_000, 1_536, 0, 300, GPT_4O)
                + 0.2 * CachedTokenConvention.INSIDE_PROMPT.usd(2_000, 0, 0, 300, GPT_4O);
        assertEquals(openAiBills, openAiPlan, 1e-15);
        ModelPrice sonnet = new ModelPrice("claude-sonnet-4-5", 3.00, 15.00);
        double anthropicPlan = sonnet.usdPerCall(new PromptCaching(true, 1_536, 0.8, 0.1, 1.25).billedInputTokens(2_000), 300);
        double anthropicBills = 0.8 * CachedTokenConvention.ON_TOP.usd(464, 1_536, 0, 300, SONNET)
                + 0.2 * CachedTokenConvention.ON_TOP.usd(464, 0, 1_536, 300, SONNET);
        assertEquals(anthropicBills, anthropicPlan, 1e-15);
    }
}
