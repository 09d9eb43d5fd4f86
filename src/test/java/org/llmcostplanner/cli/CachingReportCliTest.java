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

/**
 * {@code report}'s caching and batching blocks on saas-support.json: the chapter's curve at 0.92,
 * GPT-4o at $0.00325 a query, 300,000 queries a month.
 */
class CachingReportCliTest {
    private static final Path SAAS = Path.of("scenarios/saas-support.json");

    private static JsonNode report(Path file) throws Exception {
        return CliRun.json("report", file.toString());
    }

    @Test
    void theChaptersCurveAtItsRecommendedThreshold() throws Exception {
        JsonNode caching = report(SAAS).get("caching");
        assertFalse(caching.get("enabled").asBoolean());
        assertEquals(0.92, caching.get("threshold").asDouble());
        assertEquals(0.5, caching.get("hitRate").asDouble());
        assertEquals(0.01, caching.get("falseHitRate").asDouble());
        assertEquals(0.5, caching.get("servedShare").asDouble(), "no exact-match layer: the semantic hits alone");
        // 300,000 x 50% x $0.00325; without a price on wrong answers the most hits win: 0.85, 62%.
        assertEquals(487.50, caching.get("monthlySavings").asDouble(), 1e-9);
        assertEquals(0.85, caching.get("bestThreshold").asDouble());
        assertEquals(300_000 * 0.62 * 0.00325, caching.get("netSemanticSavingsAtBest").asDouble(), 1e-9);
        assertEquals(0, report(SAAS).get("batching").get("monthlySavings").asDouble());
    }

    @Test
    void switchedOnTheCachesLowerTheApiLine(@TempDir Path dir) throws Exception {
        Scenario saas = ScenarioFiles.read(SAAS);
        Path on = dir.resolve("on.json");
        ScenarioFiles.write(saas.withCaching(saas.caching().withEnabled(true))
                .withBatching(saas.batching().withEnabled(true).withOfflineShare(1)), on);

        JsonNode report = report(on);

        // Half the queries cached, the rest all batched at half price: 300,000 x 0.5 x $0.00325 x 0.5.
        assertEquals(243.75, report.get("monthly").get("api").asDouble(), 1e-9);
        assertTrue(report.get("caching").get("enabled").asBoolean());
        assertEquals(243.75, report.get("batching").get("monthlySavings").asDouble(), 1e-9);
        // One item a prompt that never fails: sent once, back within the 24-hour window.
        assertEquals(1, report.get("batching").get("sendsPerPrompt").asDouble());
        assertEquals(24, report.get("batching").get("addedLatencyHours").asDouble());
        assertEquals(24, report.get("batching").get("addedLatencyHours95").asDouble());
        assertEquals(0.5, report.get("batching").get("discount").asDouble());
    }
}
