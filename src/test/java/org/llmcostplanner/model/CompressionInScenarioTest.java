package org.llmcostplanner.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.llmcostplanner.io.ScenarioFiles;
import org.llmcostplanner.model.prompt.PromptFigures;
import org.llmcostplanner.model.prompt.PromptTokens;

/**
 * The compression lever on saas-support.json: the chapter's prompts, 189 and 32 tokens in o200k_base
 * (erratum 3), standing for 37.8% = 189 of the 500 input tokens, at GPT-4o's $2.50 per 1M input and
 * $10 per 1M output tokens, 300,000 queries a month. Figures worked by hand in each test.
 */
class CompressionInScenarioTest {
    private static Scenario saasSupport() throws Exception {
        return ScenarioFiles.read(Path.of("scenarios/saas-support.json"));
    }

    private static Scenario compressed() throws Exception {
        Scenario scenario = saasSupport();
        return scenario.withPrompts(scenario.prompts().withEnabled(true));
    }

    @Test
    void theBundledPromptsCountAsTheCorrectedChapter() throws Exception {
        assertEquals(new PromptTokens(189, 32), saasSupport().prompts().tokens());
    }

    @Test
    void offTheLeverLeavesTheChaptersApiCost() throws Exception {
        assertEquals(975.00, ScenarioEvaluator.evaluate(saasSupport()).api().optimisedUsdPerMonth(), 1e-9);
    }

    @Test
    void onItCutsThePromptsShareOfInputTokens() throws Exception {
        // 500 - 157 = 343 input tokens: (343 x 2.50 + 200 x 10) / 1M = $0.0028575 per query, x 300,000 = $857.25.
        Evaluation evaluation = ScenarioEvaluator.evaluate(compressed());
        assertEquals(857.25, evaluation.api().optimisedUsdPerMonth(), 1e-9);
        assertEquals(975.00, evaluation.api().baselineUsdPerMonth(), 1e-9);
        assertEquals(0.0028575, evaluation.apiUsdPerQuery(), 1e-15);
    }

    @Test
    void eachPromptsMonthlyCostAtTheScenariosVolumeAndPrice() throws Exception {
        // The chapter's own arithmetic at the corrected counts: 189 x 300,000 / 1M x $2.50 = $141.75,
        // 32 x ... = $24.00, saving $117.75 (it printed $133.50, $24.00 and $109.50 for 178 tokens).
        PromptFigures figures = saasSupport().promptFigures();
        assertEquals(141.75, figures.originalUsdPerMonth(), 1e-9);
        assertEquals(24.00, figures.compressedUsdPerMonth(), 1e-9);
        assertEquals(117.75, figures.promptSavingUsdPerMonth(), 1e-9);
        assertEquals(117.75, figures.leverSavingUsdPerMonth(), 1e-9);
        assertEquals(189, figures.shareTokensPerQuery(), 1e-9);
        assertEquals(2.5e-6, figures.usdPerInputToken(), 1e-18);
    }

    @Test
    void theLeversSavingIsTheDifferenceItMakesToTheOptimisedCost() {
        RandomScenarios.forAll(1_000, RandomScenarios::variedScenario, varied -> {
            // The lever's own saving is measured before the caches and batching, which scale it.
            Scenario scenario = varied.withCaching(varied.caching().withEnabled(false))
                    .withBatching(varied.batching().withEnabled(false));
            Scenario on = scenario.withPrompts(scenario.prompts().withEnabled(true));
            Scenario off = scenario.withPrompts(scenario.prompts().withEnabled(false));
            double costOn = ScenarioEvaluator.evaluate(on).api().optimisedUsdPerMonth();
            double costOff = ScenarioEvaluator.evaluate(off).api().optimisedUsdPerMonth();
            double saving = on.promptFigures().leverSavingUsdPerMonth();

            assertTrue(Double.isFinite(costOn) && costOn >= 0, "cost " + costOn);
            assertEquals(costOff - costOn, saving, 1e-9 * Math.max(1, costOff), "saving");
            assertEquals(saving, off.promptFigures().leverSavingUsdPerMonth(), "the same whether on or off");
            if (scenario.prompts().tokens().compressed() <= scenario.prompts().tokens().original()) {
                assertTrue(costOn <= costOff * (1 + 1e-12), "a shorter prompt never costs more");
            }
        });
    }

    @Test
    void afterRoutingCompressionSavesAtTheMixsInputPrice() throws Exception {
        // Router 70/20/10 over BERT (flat $0.0001), GPT-4o-mini ($0.15 per 1M input) and GPT-4o ($2.50):
        // $130.20 a month routed (RoutingInScenarioTest). An input token costs 0.2 x 0.15 + 0.1 x 2.50 =
        // $0.28 per 1M, so 157 fewer tokens save 157 x 0.28 / 1M x 300,000 = $13.188.
        Scenario routed = compressed();
        routed = routed.withRouting(routed.routing().withEnabled(true));
        assertEquals(130.20 - 13.188, ScenarioEvaluator.evaluate(routed).api().optimisedUsdPerMonth(), 1e-9);
        PromptFigures figures = routed.promptFigures();
        assertEquals(0.28e-6, figures.usdPerInputToken(), 1e-18);
        assertEquals(13.188, figures.leverSavingUsdPerMonth(), 1e-9);
        assertEquals(189 * 0.28e-6 * 300_000, figures.originalUsdPerMonth(), 1e-9);
    }
}
