package org.llmcostplanner.model.batching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.llmcostplanner.model.Problem;
import org.llmcostplanner.model.ScenarioValidator;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.model.ScenarioEvaluator;
import org.llmcostplanner.model.routing.RouterOverhead;
import org.llmcostplanner.model.routing.RoutingSection;
import org.llmcostplanner.model.routing.RoutingTier;

/**
 * Batching on the chapter's workload (10,000 queries a day, 500 input and 200 output tokens,
 * GPT-4o at $2.50 and $10 per 1M: $0.00325 a query), worked by hand.
 */
class BatchingInScenarioTest {
    private static final BatchingSection TEN_PER_PROMPT = new BatchingSection(true, 0.6, 0.5, 10, 400, 0.01, 24);

    @Test
    void packedItemsShareTheSystemPromptAndFailedPromptsAreSentAgain() {
        // 400 of the 500 input tokens are the system prompt, sent once for 10 items: 100 + 40 = 140.
        assertEquals(140, TEN_PER_PROMPT.inputTokensPerItem(500), 1e-12);
        // A prompt succeeds when all 10 items do: 0.99^10; it is sent 1 / 0.99^10 = 1.10573 times.
        assertEquals(1 / Math.pow(0.99, 10), TEN_PER_PROMPT.sendsPerPrompt(), 1e-15);
        assertEquals(1 - Math.pow(0.99, 10), TEN_PER_PROMPT.promptFailureRate(), 1e-15);
    }

    @Test
    void aBatchedItemWaitsAWindowASendAtMost() {
        // 1.10573 sends of up to 24 hours: 26.54 hours on average at most.
        assertEquals(24 / Math.pow(0.99, 10), TEN_PER_PROMPT.addedLatencyHours(), 1e-12);
        // A prompt fails 9.56% of the time: one send brings back 90.4% of items, two 99.1%: 48 hours for 95%.
        assertEquals(2, TEN_PER_PROMPT.sendsAt(0.95));
        assertEquals(48, TEN_PER_PROMPT.addedLatencyHours95(), 0);
        // Items failing at 1 - 0.7^(1/10) (3.5%) fail 30% of 10-item prompts: two sends bring back 91%, three 97.3%.
        BatchingSection flaky = TEN_PER_PROMPT.withItemFailureRate(1 - Math.pow(0.7, 0.1));
        assertEquals(0.3, flaky.promptFailureRate(), 1e-12);
        assertEquals(3, flaky.sendsAt(0.95));
        assertEquals(72, flaky.addedLatencyHours95(), 0);
        // A prompt that never fails is back in one window; 0.5 failures need exactly 2 sends for 75%
        // (1 - 0.5^2 = 0.75: the rounding of the logarithms must not ask for a third).
        assertEquals(1, TEN_PER_PROMPT.withItemFailureRate(0).sendsAt(0.95));
        assertEquals(24, TEN_PER_PROMPT.withItemFailureRate(0).addedLatencyHours(), 0);
        assertEquals(2, new BatchingSection(true, 1, 0.5, 1, 0, 0.5, 24).sendsAt(0.75));
    }

    @Test
    void theOfflineSharePaysTheBatchPrice() {
        // An item: (140 x $2.50 + 200 x $10) / 1M = $0.00235, half price $0.001175, x 1.10573 sends = $0.00129923.
        // A query: 40% online at $0.00325 + 60% batched; x 300,000 a month.
        double item = 0.00235 * 0.5 / Math.pow(0.99, 10);
        double perQuery = 0.4 * 0.00325 + 0.6 * item;
        Scenario scenario = Scenario.untitled().withBatching(TEN_PER_PROMPT);
        assertEquals(perQuery * 300_000, ScenarioEvaluator.evaluate(scenario).api().optimisedUsdPerMonth(), 1e-9);
        assertEquals(623.86, perQuery * 300_000, 0.005); // (0.4 x $0.00325 + 0.6 x $0.00129923) x 300,000
        assertEquals(975.00 - perQuery * 300_000, scenario.batchingSavingUsdPerMonth(), 1e-9);
    }

    @Test
    void aPackThatWouldAlmostNeverComeBackWholeIsRefused() {
        // Half the items failing: 7 a prompt fail 1 - 0.5^7 = 99.2% of the time (128 sends on average);
        // 6 fail 98.4% (64 sends), the most the validator lets through.
        Scenario scenario = Scenario.untitled().withBatching(new BatchingSection(true, 1, 0.5, 7, 0, 0.5, 24));
        List<Problem> problems = ScenarioValidator.problems(scenario);
        assertEquals(List.of("batching.itemsPerPrompt"), problems.stream().map(Problem::path).toList());
        assertEquals("is too many at an item failure rate of 50.0%: 99.2% of packed prompts would fail, each sent over"
                + " 100 times on average; pack fewer items or lower the failure rate", problems.get(0).message());
        assertEquals(List.of(), ScenarioValidator.problems(scenario.withBatching(scenario.batching().withItemsPerPrompt(6))));
        assertEquals(List.of("must be a whole number (was 2.5)"), ScenarioValidator.problems(
                scenario.withBatching(scenario.batching().withItemsPerPrompt(2.5))).stream().map(Problem::message).toList());
    }

    @Test
    void theDiscountAndTheRetriesAreOnTheTokensNotOnPerQueryFees() {
        // gpt-4o alone behind a $0.001 router: $0.00325 of tokens at half price plus the router, undiscounted.
        Scenario routed = Scenario.untitled().withRouting(RoutingSection.EMPTY.withEnabled(true)
                .withTiers(List.of(new RoutingTier("All", Scenario.untitled().referenceModel(), 1, 0.9, 500)))
                .withRouter(new RouterOverhead(0.001, 5)));
        assertEquals(0.001625 + 0.001, routed.withBatching(new BatchingSection(true, 1, 0.5, 1, 0, 0, 24)).usdPerBatchedItem(1), 1e-15);
        // At 10 items a prompt and 1% failures the tokens are resent, the router is not:
        // 140 input tokens -> $0.00235 x 0.5 x 1.10573 + $0.001.
        assertEquals(0.00235 * 0.5 / Math.pow(0.99, 10) + 0.001, routed.withBatching(TEN_PER_PROMPT).usdPerBatchedItem(10), 1e-15);
    }

    @Test
    void oneItemPerPromptAtNoFailureIsJustTheDiscount() {
        Scenario scenario = Scenario.untitled().withBatching(new BatchingSection(true, 1, 0.5, 1, 400, 0, 24));
        assertEquals(487.50, ScenarioEvaluator.evaluate(scenario).api().optimisedUsdPerMonth(), 1e-9);
        Scenario off = scenario.withBatching(scenario.batching().withEnabled(false));
        assertEquals(975.00, ScenarioEvaluator.evaluate(off).api().optimisedUsdPerMonth(), 1e-9);
    }
}
