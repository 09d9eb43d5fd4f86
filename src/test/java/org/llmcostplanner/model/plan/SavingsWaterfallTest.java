package org.llmcostplanner.model.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.model.ScenarioEvaluator;
import org.llmcostplanner.model.TestScenarios;
import org.llmcostplanner.model.batching.BatchingSection;
import org.llmcostplanner.model.caching.CachingSection;
import org.llmcostplanner.model.caching.PromptCaching;
import org.llmcostplanner.model.caching.SemanticCache;
import org.llmcostplanner.model.caching.ThresholdCurve;
import org.llmcostplanner.model.pareto.ParetoLimit;
import org.llmcostplanner.model.price.ModelPrice;
import org.llmcostplanner.model.prompt.PromptTokens;
import org.llmcostplanner.model.prompt.PromptVariant;
import org.llmcostplanner.model.prompt.PromptsSection;
import org.llmcostplanner.model.prompt.TokenEncoding;
import org.llmcostplanner.model.routing.RouterOverhead;
import org.llmcostplanner.model.routing.RoutingSection;
import org.llmcostplanner.model.routing.RoutingStrategy;
import org.llmcostplanner.model.routing.RoutingTier;

/**
 * The waterfall of the chapter's support classifier (10,000 queries a day, 500 input and 200
 * output tokens, gpt-4o at $2.50 / $10.00 per 1M, 30 days: $0.00325 a query, 300,000 queries,
 * a $975.00 baseline) with its levers, every figure worked out by hand below.
 */
class SavingsWaterfallTest {
    private static final double CENT_FRACTION = 1e-9;

    /** Exercise 12.4.4's router at 70/20/10 with no router fee, switched on. */
    private static final RoutingSection ROUTING = TestScenarios.saasSupportRouting().withEnabled(true);
    /** The chapter's prompts: 189 tokens cut to 32, the original being 189 of the 500 input tokens (share 0.378). */
    private static final PromptsSection COMPRESSION = new PromptsSection(true, "gpt-4o", TokenEncoding.O200K_BASE, 0.378,
            new PromptVariant("Verbose", "verbose {m}"), new PromptVariant("Compressed", "short {m}"), List.of(),
            new PromptTokens(189, 32));
    /** The chapter's semantic cache at 0.92: 50% of queries served; no exact layer, free embeddings. */
    private static final CachingSection CACHING = new CachingSection(true, 0,
            new SemanticCache(true, ThresholdCurve.CHAPTER, 0.92, 0, 0, 0), PromptCaching.OFF);
    /** 60% of calls through a batch API at half price, one item a prompt, none failing. */
    private static final BatchingSection BATCHING = new BatchingSection(true, 0.6, 0.5, 1, 0, 0, 24);

    private static Scenario allLevers() {
        return TestScenarios.chapterExample().withRouting(ROUTING).withPrompts(COMPRESSION).withCaching(CACHING)
                .withBatching(BATCHING);
    }

    @Test
    void everyLeverOnStepsDownInTheFixedOrder() {
        SavingsWaterfall waterfall = SavingsWaterfall.of(allLevers());

        // Baseline: 300,000 x (500 x 2.50 + 200 x 10.00) / 1M = 300,000 x 0.00325 = 975.
        assertEquals(975.0, waterfall.baselineUsdPerMonth(), 975 * CENT_FRACTION);
        // Routing, per query: BERT 0.7 x 0.0001 = 0.00007; GPT-4o-mini 0.2 x (500 x 0.15 + 200 x 0.60) / 1M
        // = 0.2 x 0.000195 = 0.000039; GPT-4o 0.1 x 0.00325 = 0.000325; together 0.000434, x 300,000 = 130.20.
        assertStep(waterfall, 0, Lever.ROUTING, 130.20, 844.80);
        // Compression: 500 x (1 - 0.378 x 157/189) = 500 - 157 = 343 input tokens. Per query: BERT 0.00007;
        // mini 0.2 x (343 x 0.15 + 200 x 0.60) / 1M = 0.2 x 0.00017145 = 0.00003429; GPT-4o 0.1 x (343 x 2.50
        // + 200 x 10) / 1M = 0.1 x 0.0028575 = 0.00028575; together 0.00039004, x 300,000 = 117.012. It saves
        // 13.188, not the 117.75 it saves alone: after routing, 157 tokens cost only 0.28 per 1M (0.2 x 0.15 + 0.1 x 2.50).
        assertStep(waterfall, 1, Lever.COMPRESSION, 117.012, 13.188);
        // Caching: half the queries answered from the cache, 0.5 x 117.012 = 58.506.
        assertStep(waterfall, 2, Lever.CACHING, 58.506, 58.506);
        // Batching: a call's fixed part is BERT's 0.00007, its tokens 0.00032004; batched, 0.00032004 x 0.5
        // + 0.00007 = 0.00023002. A model call: 0.4 x 0.00039004 + 0.6 x 0.00023002 = 0.000294028; half
        // of them reach the model: 0.000147014 x 300,000 = 44.1042.
        assertStep(waterfall, 3, Lever.BATCHING, 44.1042, 14.4018);
        // Together 844.80 + 13.188 + 58.506 + 14.4018 = 930.8958 = 975 - 44.1042.
        assertEquals(44.1042, waterfall.optimisedUsdPerMonth(), 1e-9);
        assertEquals(930.8958, waterfall.totalSavingUsdPerMonthExact().doubleValue(), 1e-9);
        assertTrue(waterfall.optimisedUsdPerMonth() == ScenarioEvaluator.evaluate(allLevers()).api().optimisedUsdPerMonth());
    }

    @Test
    void shownFiguresAreCentsAndTenthsOfAPercentThatAddUp() {
        SavingsWaterfall waterfall = SavingsWaterfall.of(allLevers());

        // Levels 975, 130.20, 117.012, 58.506, 44.1042 round to 975.00, 130.20, 117.01, 58.51, 44.10.
        assertEquals(List.of("975.00", "130.20", "117.01", "58.51", "44.10"),
                List.of(0, 1, 2, 3, 4).stream().map(level -> waterfall.shownLevelUsd(level).toPlainString()).toList());
        // Shown steps are differences of shown levels: caching shows 58.50 (117.01 - 58.51), a cent under
        // its own 58.506 rounded, so that 844.80 + 13.19 + 58.50 + 14.41 = 930.90 = 975.00 - 44.10.
        assertEquals(List.of("844.80", "13.19", "58.50", "14.41"),
                List.of(0, 1, 2, 3).stream().map(step -> waterfall.shownSavingUsd(step).toPlainString()).toList());
        // Percent of 975: 100.0, 13.35 -> 13.4, 12.001 -> 12.0, 6.0006 -> 6.0, 4.5235 -> 4.5.
        assertEquals(Optional.of(new BigDecimal("4.5")), waterfall.shownLevelPercent(4));
        assertEquals(List.of("86.6", "1.4", "6.0", "1.5"),
                List.of(0, 1, 2, 3).stream().map(step -> waterfall.shownSavingPercent(step).orElseThrow().toPlainString())
                        .toList());
    }

    @Test
    void aLeverThatIsOffIsListedWithAZeroStep() {
        Scenario cachingOff = allLevers().withCaching(CACHING.withEnabled(false));
        SavingsWaterfall waterfall = SavingsWaterfall.of(cachingOff);

        assertEquals(4, waterfall.steps().size());
        WaterfallStep caching = waterfall.steps().get(2);
        assertFalse(caching.on());
        assertEquals(0, caching.savingUsdPerMonthExact().signum());
        // Without the cache batching acts on every query: 0.000294028 x 300,000 = 88.2084, saving
        // 117.012 - 88.2084 = 28.8036 (twice the 14.4018 it saves behind a 50% cache).
        assertStep(waterfall, 3, Lever.BATCHING, 88.2084, 28.8036);
    }

    @Test
    void aRouterWhoseFeeOutweighsItsSavingAddsCost() {
        // One tier, GPT-4o itself, behind a router at $0.001 a query: 0.00325 + 0.001 = 0.00425 a query,
        // x 300,000 = 1,275.00, 300.00 more than the baseline.
        RoutingSection feeOnly = new RoutingSection(true, RoutingStrategy.ROUTER,
                List.of(new RoutingTier("All: GPT-4o", new ModelPrice("gpt-4o", 2.5, 10), 1, 0.93, 600)),
                new RouterOverhead(0.001, 5), ParetoLimit.off(0.9), ParetoLimit.off(1000));
        SavingsWaterfall waterfall = SavingsWaterfall.of(TestScenarios.chapterExample().withRouting(feeOnly));

        WaterfallStep routing = waterfall.steps().get(0);
        assertStep(waterfall, 0, Lever.ROUTING, 1275.0, -300.0);
        assertTrue(routing.addsCost());
        assertEquals("-300.00", waterfall.shownSavingUsd(0).toPlainString());
        assertEquals("-30.8", waterfall.shownSavingPercent(0).orElseThrow().toPlainString(), "1,275 is 130.8% of 975");
        assertEquals(-300.0, waterfall.totalSavingUsdPerMonthExact().doubleValue(), 1e-9);
    }

    @Test
    void noTrafficHasZeroStepsAndNoPercentages() {
        Scenario idle = allLevers().withWorkload(allLevers().workload().withQueriesPerDay(0));
        SavingsWaterfall waterfall = SavingsWaterfall.of(idle);

        assertEquals(0.0, waterfall.baselineUsdPerMonth());
        waterfall.steps().forEach(step -> assertEquals(0, step.savingUsdPerMonthExact().signum(), step.toString()));
        assertEquals(Optional.empty(), waterfall.shownLevelPercent(0));
        assertEquals(Optional.empty(), waterfall.shownSavingPercent(3));
        assertEquals("0.00", waterfall.shownLevelUsd(4).toPlainString());
    }

    @Test
    void stepsMustBeOnePerLeverInOrder() {
        WaterfallStep step = new WaterfallStep(Lever.CACHING, true, 1, BigDecimal.ONE);
        assertThrows(IllegalArgumentException.class, () -> new SavingsWaterfall(2, List.of(step)));
        assertThrows(IllegalArgumentException.class, () -> new SavingsWaterfall(2, List.of(step, step, step, step)));
    }

    private static void assertStep(SavingsWaterfall waterfall, int index, Lever lever, double costUsd, double savingUsd) {
        WaterfallStep step = waterfall.steps().get(index);
        assertEquals(lever, step.lever());
        assertEquals(costUsd, step.monthlyApiCostUsd(), Math.max(1, costUsd) * CENT_FRACTION, lever + " cost");
        assertEquals(savingUsd, step.savingUsdPerMonth(), Math.max(1, Math.abs(savingUsd)) * CENT_FRACTION, lever + " saving");
    }
}
