package org.llmcostplanner.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.llmcostplanner.model.price.CatalogChanges;
import org.llmcostplanner.model.price.CatalogEntry;
import org.llmcostplanner.model.price.PriceCatalog;
import org.llmcostplanner.model.price.TokenPrices;

/** LiteLLM's per-token format from a small sample written for this test. */
class LiteLlmPricesTest {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);
    private static final String SAMPLE = """
            {
              "sample_spec": {"input_cost_per_token": 0, "output_cost_per_token": 0, "litellm_provider": "one of ..."},
              "gpt-4o": {
                "litellm_provider": "openai", "mode": "chat", "max_input_tokens": 128000,
                "input_cost_per_token": 2.5e-06, "output_cost_per_token": 1e-05,
                "cache_read_input_token_cost": 1.25e-06,
                "input_cost_per_token_batches": 1.25e-06, "output_cost_per_token_batches": 5e-06,
                "supports_prompt_caching": true, "supports_vision": true, "some_future_field": {"x": [1, 2]}
              },
              "claude-haiku-4-5": {
                "litellm_provider": "anthropic", "max_input_tokens": 200000,
                "input_cost_per_token": 1e-06, "output_cost_per_token": 5e-06,
                "cache_read_input_token_cost": 1e-07, "cache_creation_input_token_cost": 1.25e-06,
                "cache_creation_input_token_cost_above_1hr": 2e-06
              },
              "text-embedding-3-small": {"litellm_provider": "openai", "mode": "embedding", "input_cost_per_token": 2e-08,
                "output_cost_per_token": 0},
              "broken-text-price": {"litellm_provider": "openai", "mode": "chat",
                "input_cost_per_token": "0.000001", "output_cost_per_token": 2e-06},
              "broken-missing-output": {"litellm_provider": "openai", "mode": "chat", "input_cost_per_token": 1e-06},
              "broken-negative": {"mode": "chat", "input_cost_per_token": -1e-06, "output_cost_per_token": 2e-06},
              "groq/llama-3.1-8b-instant": {"litellm_provider": "groq", "mode": "chat",
                "input_cost_per_token": 5e-08, "output_cost_per_token": 8e-08}
            }
            """;

    private static LiteLlmPrices.Import sample() throws ScenarioFileException {
        return LiteLlmPrices.read(SAMPLE, "model_prices.json", DAY, fraction -> { });
    }

    @Test
    void perTokenPricesBecomeExactPer1MPrices() throws Exception {
        CatalogEntry gpt4o = sample().entries().get(0);

        assertEquals("gpt-4o", gpt4o.id());
        assertEquals("OpenAI", gpt4o.provider());
        assertEquals(new TokenPrices(2.5, 10.0, OptionalDouble.of(1.25), OptionalDouble.empty(), OptionalDouble.empty(),
                OptionalDouble.of(1.25), OptionalDouble.of(5.0)), gpt4o.prices()); // exactly 2.5, not 2.4999999999999996
        assertEquals(OptionalLong.of(128_000), gpt4o.contextTokens());
        assertEquals(DAY, gpt4o.asOf());
        assertEquals("LiteLLM model_prices.json", gpt4o.source());
    }

    @Test
    void cacheWritePricesAreRead() throws Exception {
        CatalogEntry haiku = sample().entries().get(1);

        assertEquals(OptionalDouble.of(0.1), haiku.prices().cachedInput());
        assertEquals(OptionalDouble.of(1.25), haiku.prices().cacheWrite5m());
        assertEquals(OptionalDouble.of(2.0), haiku.prices().cacheWrite1h());
        assertEquals("Anthropic", haiku.provider());
    }

    @Test
    void otherModesAndTheSampleSpecAreSkippedAndBrokenEntriesReportedWithTheirLine() throws Exception {
        LiteLlmPrices.Import imported = sample();

        assertEquals(List.of("gpt-4o", "claude-haiku-4-5", "groq/llama-3.1-8b-instant"),
                imported.entries().stream().map(CatalogEntry::id).toList());
        assertEquals(2, imported.skipped());
        assertEquals(List.of(
                "line 18: 'broken-text-price': expected a price in USD but found the text \"0.000001\" (write numbers without quotes)",
                "line 20: 'broken-missing-output': missing required field",
                "line 21: 'broken-negative': must be a price of 0 or more (was -1.0E-6)"), imported.refused());
    }

    @Test
    void progressRisesToOne() throws Exception {
        List<Double> seen = new ArrayList<>();
        LiteLlmPrices.read(SAMPLE, "p.json", DAY, seen::add);

        for (int i = 1; i < seen.size(); i++) {
            assertEquals(true, seen.get(i) >= seen.get(i - 1));
        }
        assertEquals(1.0, seen.get(seen.size() - 1));
    }

    @Test
    void notAnObjectOfModelsIsRefused() {
        ScenarioFileException e = assertThrows(ScenarioFileException.class,
                () -> LiteLlmPrices.read("[1, 2]", "p.json", DAY, fraction -> { }));
        assertEquals("p.json, line 1, column 1: is not a LiteLLM price file: it must hold one JSON object from model name to prices",
                e.getMessage());
        assertThrows(ScenarioFileException.class, () -> LiteLlmPrices.read("{\"a\": {", "p.json", DAY, fraction -> { }));
    }

    @Test
    void reportSaysWhatTheImportChanged() throws Exception {
        PriceCatalog before = PriceCatalogFiles.bundled();

        CatalogChanges changes = CatalogChanges.of(before, sample().entries());

        // gpt-4o, claude-haiku-4-5 and groq/llama-3.1-8b-instant carry the bundled prices; the sample lists
        // no batch prices for Claude, which keeps the catalog's rather than counting as a change.
        assertEquals(List.of(), changes.added());
        assertEquals(List.of(), changes.changed());
        assertEquals(3, changes.same());
        CatalogEntry cheaper = sample().entries().get(0);
        CatalogEntry moved = new CatalogEntry("gpt-4o", "OpenAI", new TokenPrices(2.0, 10.0, OptionalDouble.of(1.0),
                OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.of(1.25), OptionalDouble.of(5.0)),
                cheaper.contextTokens(), cheaper.tokenizer(), cheaper.source(), cheaper.asOf(), "");
        CatalogEntry fresh = new CatalogEntry("new-model", "X", TokenPrices.of(1, 1), OptionalLong.empty(),
                java.util.Optional.empty(), "s", DAY, "");
        CatalogChanges moves = CatalogChanges.of(before, List.of(moved, fresh));
        assertEquals(List.of("new-model"), moves.added());
        assertEquals(List.of("gpt-4o: input $2.50 -> $2.00, cached input $1.25 -> $1.00 per 1M tokens"), moves.changed());
        assertEquals("1 model added, 1 changed, 0 unchanged", moves.summary());
    }
}
