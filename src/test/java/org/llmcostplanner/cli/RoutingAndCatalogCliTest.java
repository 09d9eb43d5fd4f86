package org.llmcostplanner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report}'s routing block and the {@code catalog} commands, headless. */
class RoutingAndCatalogCliTest {
    private static final Path SAAS = Path.of("scenarios", "saas-support.json");

    @TempDir
    Path folder;

    private static JsonNode routing(CliRun run) throws Exception {
        assertEquals(0, run.code(), run.err());
        return new ObjectMapper().readTree(run.out()).get("routing");
    }

    @Test
    void reportGivesTheBlendAndTheCheapestMixForTheTarget() throws Exception {
        JsonNode routing = routing(CliRun.of("report", SAAS.toString()));

        // 0.7 x $0.0001 + 0.2 x $0.000195 + 0.1 x $0.00325 = $0.000434 per query, over 700 tokens = $0.62 per 1M.
        assertFalse(routing.get("enabled").asBoolean());
        assertEquals(0.000434, routing.get("blendedCostPerQuery").asDouble(), 1e-15);
        assertEquals(0.62, routing.get("blendedCostPer1MTokens").asDouble(), 1e-12);
        assertEquals(0.866, routing.get("blendedQuality").asDouble(), 1e-12);
        assertEquals(162.5, routing.get("meanLatencyMs").asDouble(), 1e-9);
        assertEquals(0.7, routing.get("shares").get("Easy: fine-tuned BERT").asDouble(), 1e-12);
        assertEquals(1 - 0.000434 / 0.00325, routing.get("savingsVsReference").asDouble(), 1e-12);
        JsonNode optimal = routing.get("optimal");
        assertEquals(0.92, optimal.get("target").asDouble());
        assertEquals((3 * 0.000195 + 4 * 0.00325) / 7, optimal.get("costPerQuery").asDouble(), 1e-12);
        assertEquals(4.0 / 7, optimal.get("shares").get("Hard: GPT-4o").asDouble(), 1e-9);
        assertEquals(0, optimal.get("shares").get("Easy: fine-tuned BERT").asDouble(), 1e-9);
    }

    @Test
    void anUnreachableTargetIsReportedInfeasibleWithTheHighestQuality() throws Exception {
        Path file = folder.resolve("high-target.json");
        Files.writeString(file, Files.readString(SAAS).replace("\"value\" : 0.92", "\"value\" : 0.96"));

        JsonNode optimal = routing(CliRun.of("report", file.toString())).get("optimal");

        assertEquals(0.96, optimal.get("target").asDouble());
        assertTrue(optimal.get("infeasible").asBoolean());
        assertEquals(0.95, optimal.get("maxQuality").asDouble(), 1e-9);
        assertFalse(optimal.has("costPerQuery"));
    }

    @Test
    void reportTableShowsTheRoutingSection() {
        CliRun run = CliRun.of("report", SAAS.toString(), "--format", "table");

        assertTrue(run.out().contains("Routing (router, not in the plan)"), run.out());
        assertTrue(run.out().contains("Cheapest mix for 92.0%             $0.001941 per query: 42.9% Medium: GPT-4o-mini, "
                + "57.1% Hard: GPT-4o"), run.out());
    }

    @Test
    void catalogListPrintsTheBundledPricesPer1MTokens() {
        CliRun run = CliRun.of("catalog", "list", "--provider", "openai", "--catalog", folder.resolve("none.json").toString());

        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().startsWith("Prices in USD per 1M tokens, as of 2026-11-28"), run.out());
        String gpt4o = run.out().lines().filter(line -> line.startsWith("gpt-4o ")).findFirst().orElseThrow();
        assertEquals(java.util.List.of("gpt-4o", "OpenAI", "$2.50", "$10.00", "$1.25", "$1.25", "$5.00", "128,000", "2026-11-28"),
                java.util.List.of(gpt4o.trim().split("\\s+")));
        assertFalse(run.out().contains("Anthropic"));
    }

    @Test
    void catalogImportUpdatesTheUsersCatalogAndReportsWhatChanged() throws Exception {
        Path litellm = folder.resolve("model_prices_and_context_window.json");
        Files.writeString(litellm, """
                {"sample_spec": {},
                 "gpt-4o": {"litellm_provider": "openai", "mode": "chat", "input_cost_per_token": 2e-06,
                            "output_cost_per_token": 1e-05},
                 "brand-new-model": {"litellm_provider": "mistral", "mode": "chat", "input_cost_per_token": 1e-07,
                            "output_cost_per_token": 3e-07},
                 "broken": {"mode": "chat", "input_cost_per_token": "free", "output_cost_per_token": 0}}
                """);
        Path catalog = folder.resolve("config").resolve("price-catalog.json");

        CliRun dry = CliRun.of("catalog", "import", litellm.toString(), "--catalog", catalog.toString(), "--dry-run");
        assertEquals(0, dry.code(), dry.err());
        assertFalse(Files.exists(catalog), "a dry run saves nothing");
        CliRun imported = CliRun.of("catalog", "import", litellm.toString(), "--catalog", catalog.toString());

        assertEquals(0, imported.code(), imported.err());
        assertTrue(imported.out().startsWith("2 models read from " + litellm + " (1 entry skipped: not text models); "
                + "1 model added, 1 changed, 0 unchanged."), imported.out());
        assertTrue(imported.out().contains("  changed: gpt-4o: input $2.50 -> $2.00 per 1M tokens"), imported.out());
        assertTrue(imported.out().contains("  added: brand-new-model"), imported.out());
        assertTrue(imported.err().contains("line 6: 'broken': expected a price in USD but found the text \"free\""), imported.err());
        CliRun listed = CliRun.of("catalog", "list", "--catalog", catalog.toString());
        String gpt4o = listed.out().lines().filter(line -> line.startsWith("gpt-4o ")).findFirst().orElseThrow();
        assertTrue(gpt4o.contains("$2.00") && gpt4o.contains("$1.25"), "new input price, cached price kept: " + gpt4o);
        assertTrue(listed.out().contains("brand-new-model"));
    }

    @Test
    void aBrokenLiteLlmFileIsRefusedWithItsName() throws Exception {
        Path litellm = folder.resolve("prices.json");
        Files.writeString(litellm, "[\"not\", \"models\"]");

        CliRun run = CliRun.of("catalog", "import", litellm.toString(), "--catalog", folder.resolve("c.json").toString());

        assertEquals(PlannerCli.EXIT_INVALID, run.code());
        assertTrue(run.err().startsWith(litellm + ", line 1, column 1: is not a LiteLLM price file"), run.err());
    }
}
