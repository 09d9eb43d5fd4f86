package org.llmcostplanner.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.DoubleConsumer;
import org.llmcostplanner.model.price.CatalogEntry;
import org.llmcostplanner.model.price.TokenPrices;

/**
 * Reads LiteLLM's {@code model_prices_and_context_window.json}: an object from model id to entry,
 * prices in USD per token. Chat and completion models become catalog entries (prices per 1M
 * tokens, converted exactly in decimal); other modes (embeddings, images, audio) and the
 * {@code sample_spec} key are skipped; unknown fields are ignored. A model whose entry is broken
 * (no input or output price, a price that is not a number or is negative) is left out and
 * reported with its line, and the rest is imported.
 */
public final class LiteLlmPrices {
    private static final long MAX_FILE_BYTES = 64L * 1024 * 1024;
    private static final Set<String> TEXT_MODES = Set.of("chat", "completion", "responses");
    private static final Map<String, String> PROVIDERS = Map.ofEntries(
            Map.entry("openai", "OpenAI"), Map.entry("text-completion-openai", "OpenAI"),
            Map.entry("anthropic", "Anthropic"), Map.entry("gemini", "Google"),
            Map.entry("vertex_ai-language-models", "Google"), Map.entry("mistral", "Mistral"),
            Map.entry("deepseek", "DeepSeek"), Map.entry("groq", "Groq"), Map.entry("together_ai", "Together AI"),
            Map.entry("fireworks_ai", "Fireworks AI"), Map.entry("cerebras", "Cerebras"),
            Map.entry("bedrock", "AWS Bedrock"), Map.entry("azure", "Azure OpenAI"), Map.entry("xai", "xAI"));

    /**
     * What an import found.
     *
     * @param entries the models read, in the file's order
     * @param refused one line per broken model: "line 120: 'model-x': input_cost_per_token ..."
     * @param skipped how many keys were not text models (or {@code sample_spec})
     */
    public record Import(List<CatalogEntry> entries, List<String> refused, int skipped) {
        public Import {
            entries = List.copyOf(entries);
            refused = List.copyOf(refused);
        }
    }

    private LiteLlmPrices() {
    }

    /**
     * @param asOf     the date the imported prices are stamped with (the day of the import: the file has none)
     * @param progress receives the share of the file read, 0..1
     * @throws ScenarioFileException when the file cannot be read or is not a JSON object of models
     * @throws CancellationException when the reading thread is interrupted
     */
    public static Import read(Path file, LocalDate asOf, DoubleConsumer progress) throws ScenarioFileException {
        return read(FileText.read(file, "a LiteLLM price file", MAX_FILE_BYTES), file.toString(), asOf, progress);
    }

    static Import read(String json, String source, LocalDate asOf, DoubleConsumer progress) throws ScenarioFileException {
        String origin = "LiteLLM " + Path.of(source).getFileName();
        CatalogJson read = new CatalogJson(source, json);
        List<CatalogEntry> entries = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        int skipped = 0;
        try (JsonParser parser = ScenarioJson.MAPPER.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new ScenarioFileException(source, 1, 1, "",
                        "is not a LiteLLM price file: it must hold one JSON object from model name to prices", null);
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new CancellationException("reading " + source + " was cancelled");
                }
                String id = parser.currentName();
                JsonLocation at = parser.currentTokenLocation();
                parser.nextToken();
                JsonNode node = parser.readValueAsTree();
                progress.accept(json.isEmpty() ? 1 : Math.min(1, (double) at.getCharOffset() / json.length()));
                if (id.equals("sample_spec") || node == null || !node.isObject()
                        || !TEXT_MODES.contains(node.path("mode").asText("chat"))) {
                    skipped++;
                    continue;
                }
                try {
                    entries.add(entry(read, id, node, origin, asOf));
                } catch (ScenarioFileException broken) {
                    refused.add("line " + at.getLineNr() + ": '" + id + "': " + broken.reason());
                }
            }
            if (parser.currentToken() != JsonToken.END_OBJECT) {
                throw new ScenarioFileException(source, 0, 0, "", "is not a LiteLLM price file", null);
            }
        } catch (JsonProcessingException e) {
            throw JsonErrors.syntax(source, e);
        } catch (IOException e) {
            throw new IllegalStateException("reading a string cannot fail", e);
        }
        progress.accept(1);
        return new Import(entries, refused, skipped);
    }

    private static CatalogEntry entry(CatalogJson read, String id, JsonNode node, String origin, LocalDate asOf)
            throws ScenarioFileException {
        // Per token to per 1M tokens: the decimal point moves 6 places.
        TokenPrices prices = new TokenPrices(
                read.price(node, "input_cost_per_token", "input_cost_per_token", 6),
                read.price(node, "output_cost_per_token", "output_cost_per_token", 6),
                read.optionalPrice(node, "cache_read_input_token_cost", "cache_read_input_token_cost", 6),
                read.optionalPrice(node, "cache_creation_input_token_cost", "cache_creation_input_token_cost", 6),
                read.optionalPrice(node, "cache_creation_input_token_cost_above_1hr",
                        "cache_creation_input_token_cost_above_1hr", 6),
                read.optionalPrice(node, "input_cost_per_token_batches", "input_cost_per_token_batches", 6),
                read.optionalPrice(node, "output_cost_per_token_batches", "output_cost_per_token_batches", 6));
        OptionalLong context = OptionalLong.empty();
        JsonNode maxInput = node.get("max_input_tokens");
        if (maxInput != null && maxInput.isIntegralNumber() && maxInput.longValue() > 0) {
            context = OptionalLong.of(maxInput.longValue());
        }
        String provider = node.path("litellm_provider").asText("");
        String shownProvider = PROVIDERS.getOrDefault(provider.toLowerCase(Locale.ROOT), provider.isEmpty() ? "Unknown" : provider);
        return new CatalogEntry(id, shownProvider, prices, context, Optional.empty(), origin, asOf, "");
    }
}
