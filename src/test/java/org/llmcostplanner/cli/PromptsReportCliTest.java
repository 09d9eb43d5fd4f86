package org.llmcostplanner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llmcostplanner.io.ScenarioFiles;
import org.llmcostplanner.model.Scenario;

/** {@code report}'s prompts block on saas-support.json (figures by hand in CompressionInScenarioTest). */
class PromptsReportCliTest {
    private static final Path SAAS = Path.of("scenarios/saas-support.json");

    private static JsonNode report(Path file) throws Exception {
        return CliRun.json("report", file.toString());
    }

    @Test
    void theChaptersPromptsWithTheCorrectedCount() throws Exception {
        JsonNode prompts = report(SAAS).get("prompts");

        assertEquals(189, prompts.get("originalTokens").asLong());
        assertEquals(32, prompts.get("compressedTokens").asLong());
        assertEquals(100.0 * 157 / 189, prompts.get("savedTokensPct").asDouble(), 1e-12);
        assertEquals(117.75, prompts.get("monthlySavings").asDouble(), 1e-9);
        assertEquals(141.75, prompts.get("originalMonthlyCost").asDouble(), 1e-9);
        assertEquals(24.00, prompts.get("compressedMonthlyCost").asDouble(), 1e-9);
        assertEquals("o200k_base", prompts.get("encoding").asText());
        assertFalse(prompts.get("enabled").asBoolean());
        assertFalse(prompts.get("approximate").asBoolean());
    }

    @Test
    void switchedOnCompressionLowersTheApiLine(@TempDir Path dir) throws Exception {
        Scenario saas = ScenarioFiles.read(SAAS);
        Path on = dir.resolve("on.json");
        ScenarioFiles.write(saas.withPrompts(saas.prompts().withEnabled(true)), on);

        JsonNode report = report(on);

        assertEquals(857.25, report.get("monthly").get("api").asDouble(), 1e-9);
        assertEquals(117.75, report.get("apiMonthly").get("savings").asDouble(), 1e-9);
        assertTrue(report.get("prompts").get("enabled").asBoolean());
    }

    @Test
    void aScenarioWithoutPromptsHasNoBlock(@TempDir Path dir) throws Exception {
        Path untitled = dir.resolve("untitled.json");
        ScenarioFiles.write(Scenario.untitled(), untitled);

        assertFalse(report(untitled).has("prompts"));
        assertFalse(CliRun.of("report", "--format", "table", untitled.toString()).out().contains("Prompts"));
    }

    @Test
    void theTableNamesBothPromptsAndTheSaving() {
        CliRun run = CliRun.of("report", "--format", "table", SAAS.toString());

        assertTrue(run.out().contains("Prompts (compression, not in the plan)"), run.out());
        assertTrue(run.out().matches("(?s).*Verbose classification prompt +189 tokens +\\$141\\.75/month.*"), run.out());
        assertTrue(run.out().matches("(?s).*Saved per query +157 tokens \\(83\\.1%\\).*"), run.out());
        assertTrue(run.out().contains("$117.75"), run.out());
    }
}
