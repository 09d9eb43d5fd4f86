package org.llmcostplanner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llmcostplanner.io.ScenarioFiles;
import org.llmcostplanner.model.Scenario;

/**
 * {@code report}'s selfHost block on saas-support.json: 300,000 queries a month at $0.00325; two
 * $864 replicas of 4,032,000 queries each, $2,300 fixed (see SelfHostFiguresTest).
 */
class SelfHostReportCliTest {
    private static final Path SAAS = Path.of("scenarios/saas-support.json");

    @Test
    void theBreakevenOfTheDefaultSection() throws Exception {
        JsonNode selfHost = CliRun.json("report", SAAS.toString()).get("selfHost");
        assertEquals(4_028, selfHost.get("monthlyCostAtCurrentVolume").asDouble(), 1e-9);
        assertEquals(975, selfHost.get("apiMonthlyCostAtCurrentVolume").asDouble(), 1e-9);
        assertEquals(2, selfHost.get("replicas").asInt());
        assertEquals(4_028 / 0.00325, selfHost.get("breakevenQueriesPerMonth").asDouble(), 1e-6);
        assertEquals(1, selfHost.get("crossings").size());
        assertTrue(selfHost.get("crossings").get(0).get("selfHostingGetsCheaper").asBoolean());
        assertEquals(4_028 / 0.00325, selfHost.get("cheaperAboveQueriesPerMonth").asDouble(), 1e-6);
        // The plan's measured 93% against the open model's 88%.
        assertEquals(-0.05, selfHost.get("qualityDifference").asDouble(), 1e-12);
        assertTrue(selfHost.get("neverReason").isNull());
    }

    @Test
    void eightDearGpusNeverBreakEven(@TempDir Path dir) throws Exception {
        // 8 GPUs at $20 an hour: $115,200 a replica-month for 4,032,000 queries, $0.02857 a query against $0.00325.
        Scenario saas = ScenarioFiles.read(SAAS);
        Path dear = dir.resolve("dear.json");
        ScenarioFiles.write(saas.withSelfHost(saas.selfHost().withGpuUsdPerHour(20).withGpusPerReplica(8)), dear);
        JsonNode selfHost = CliRun.json("report", dear.toString()).get("selfHost");
        assertTrue(selfHost.get("breakevenQueriesPerMonth").isNull());
        assertTrue(selfHost.get("cheaperAboveQueriesPerMonth").isNull());
        assertEquals(0, selfHost.get("crossings").size());
        assertEquals("a replica costs $115,200.00 a month and serves at most 4,032,000 queries: $0.02857 a query, more"
                + " than the API's $0.003250, before $2,300.00 a month of fixed costs", selfHost.get("neverReason").asText());

        String table = CliRun.of("report", "--format", "table", dear.toString()).out();
        assertTrue(table.contains("Never cheaper: a replica costs $115,200.00 a month"), table);
    }
}
