package org.llmcostplanner.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llmcostplanner.model.price.CatalogEntry;
import org.llmcostplanner.model.price.PriceCatalog;
import org.llmcostplanner.model.price.TokenPrices;

/** The bundled catalog's content, the file format's round trip, and broken catalogs' messages. */
class PriceCatalogFilesTest {
    private static final String HEAD = "{\"schemaVersion\": 1, \"asOf\": \"2026-11-28\",\n"
            + " \"units\": {\"currency\": \"USD\", \"tokenPrices\": \"per 1M tokens\"},\n \"models\": [\n";

    private static String model(String fields) {
        return "  {\"id\": \"m\", \"provider\": \"P\", \"input\": 1, \"output\": 2, \"source\": \"s\", \"asOf\": \"2026-11-28\""
                + fields + "}";
    }

    private static ScenarioFileException refused(String json) {
        ScenarioFileException e = assertThrows(ScenarioFileException.class, () -> PriceCatalogFiles.read(json, "prices.json"));
        PlainMessages.assertPlain(e);
        return e;
    }

    @Test
    void bundledCatalogCoversTheProvidersTheIssueNames() {
        PriceCatalog catalog = PriceCatalogFiles.bundled();

        assertTrue(catalog.entries().size() >= 25, "at least 25 models, has " + catalog.entries().size());
        Set<String> providers = catalog.entries().stream().map(CatalogEntry::provider).collect(Collectors.toSet());
        assertTrue(providers.containsAll(Set.of("OpenAI", "Anthropic", "Google", "Mistral", "DeepSeek", "Groq", "Together AI")),
                providers.toString());
        assertEquals(LocalDate.of(2026, 11, 28), catalog.asOf());
        for (CatalogEntry entry : catalog.entries()) {
            assertTrue(entry.prices().input() >= 0 && entry.prices().output() > 0, entry.id());
            assertTrue(!entry.source().isBlank(), entry.id() + " names its source");
        }
    }

    @Test
    void bundledCatalogHoldsTheChaptersModelsAtTheirListPrices() {
        PriceCatalog catalog = PriceCatalogFiles.bundled();

        CatalogEntry gpt4o = catalog.find("GPT-4o").orElseThrow(); // ids compare without case
        assertEquals(2.50, gpt4o.prices().input());
        assertEquals(10.00, gpt4o.prices().output());
        assertEquals(OptionalDouble.of(1.25), gpt4o.prices().cachedInput()); // 0.5x on gpt-4o (reference README)
        assertEquals(OptionalDouble.of(1.25), gpt4o.prices().batchInput()); // 50% batch discount
        assertEquals(Optional.of("o200k_base"), gpt4o.tokenizer());
        CatalogEntry mini = catalog.find("gpt-4o-mini").orElseThrow();
        assertEquals(0.15, mini.prices().input());
        assertEquals(0.60, mini.prices().output());
        CatalogEntry haiku = catalog.find("claude-haiku-4-5").orElseThrow();
        // Anthropic: cache reads 0.1x input, 5-minute writes 1.25x, 1-hour writes 2x (reference README).
        assertEquals(OptionalDouble.of(0.10), haiku.prices().cachedInput());
        assertEquals(OptionalDouble.of(1.25), haiku.prices().cacheWrite5m());
        assertEquals(OptionalDouble.of(2.00), haiku.prices().cacheWrite1h());
        assertEquals(Optional.empty(), haiku.tokenizer(), "Anthropic's tokenizer is not public");
    }

    @Test
    void writtenCatalogReadsBackEqualAndItsTextIsStable(@TempDir Path folder) throws Exception {
        PriceCatalog bundled = PriceCatalogFiles.bundled();
        Path file = folder.resolve("sub").resolve("price-catalog.json");

        PriceCatalogFiles.write(bundled, "test", file);
        PriceCatalog again = PriceCatalogFiles.read(file);

        assertEquals(bundled, again);
        assertEquals(Files.readString(file), PriceCatalogFiles.toJson(again, "test"));
    }

    @Test
    void optionalFieldsMayBeAbsentOrNull() throws Exception {
        PriceCatalog catalog = PriceCatalogFiles.read(HEAD + model(", \"cachedInput\": null, \"tokenizer\": null") + "]}", "p.json");

        CatalogEntry entry = catalog.entries().get(0);
        assertEquals(TokenPrices.of(1, 2), entry.prices());
        assertEquals(OptionalLong.empty(), entry.contextTokens());
        assertEquals("", entry.notes());
    }

    @Test
    void brokenCatalogsAreRefusedNamingTheFieldAndLine() {
        assertEquals("prices.json, line 4, column 41: models[0].input: expected a price in USD but found the text \"1\""
                + " (write numbers without quotes)", refused(HEAD + model("").replace("\"input\": 1", "\"input\": \"1\"") + "]}").getMessage());
        assertEquals("models[0].output", refused(HEAD + model("").replace("\"output\": 2", "\"output\": -2") + "]}").field());
        assertEquals("models[0].asOf", refused(HEAD + model("").replace("2026-11-28\"", "28/11/2026\"") + "]}").field());
        assertEquals("models[1].id", refused(HEAD + model("") + ",\n" + model("") + "]}").field());
        assertEquals("models[0].contextTokens", refused(HEAD + model(", \"contextTokens\": 1.5") + "]}").field());
        assertEquals("models[0].provider", refused(HEAD + model("").replace("\"provider\": \"P\", ", "") + "]}").field());
        assertEquals("units", refused(HEAD.replace("per 1M", "per 1K") + "]}").field());
        assertEquals("schemaVersion", refused(HEAD.replace("\"schemaVersion\": 1", "\"schemaVersion\": 2") + "]}").field());
        assertTrue(refused(HEAD + model("")).getMessage().startsWith("prices.json, line"), "truncated file");
    }

    @Test
    void importedPricesReplaceTheirModelsAndKeepWhatTheImportDoesNotKnow() {
        PriceCatalog bundled = PriceCatalogFiles.bundled();
        CatalogEntry cheaper = new CatalogEntry("gpt-4o", "OpenAI", TokenPrices.of(2.00, 8.00), OptionalLong.empty(),
                Optional.empty(), "LiteLLM test.json", LocalDate.of(2026, 12, 1), "");

        PriceCatalog updated = bundled.updatedWith(java.util.List.of(cheaper));

        CatalogEntry gpt4o = updated.find("gpt-4o").orElseThrow();
        assertEquals(2.00, gpt4o.prices().input());
        assertEquals(Optional.of("o200k_base"), gpt4o.tokenizer(), "tokenizer kept");
        assertEquals(OptionalLong.of(128_000), gpt4o.contextTokens(), "context window kept");
        assertEquals(LocalDate.of(2026, 12, 1), updated.asOf());
        assertEquals(bundled.entries().size(), updated.entries().size());
    }
}
