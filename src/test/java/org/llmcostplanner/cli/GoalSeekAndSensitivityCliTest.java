package org.llmcostplanner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llmcostplanner.io.ScenarioFiles;
import org.llmcostplanner.model.Scenario;

/**
 * {@code goal-seek} and {@code sensitivity} on saas-support.json: $10,805 a month = $9,830 of fixed
 * costs + 30 days x $0.00325 a query (500 x $2.50 + 200 x $10 per 1M tokens) = $0.0975 per daily query.
 */
class GoalSeekAndSensitivityCliTest {
    private static final Path SAAS = Path.of("scenarios/saas-support.json");

    @Test
    void goalSeekPrintsTheValueFoundAndHowItWasFound() throws Exception {
        JsonNode root = CliRun.json("goal-seek", SAAS.toString(), "--vary", "workload.queriesPerDay", "--metric",
                "monthly-tco", "--target", "20000");
        assertEquals(List.of("scenario", "input", "metric", "target", "outcome", "value", "metricAtValue", "reachable",
                "evaluations", "solverEvaluations", "explanation"), fields(root));
        assertEquals("workload.queriesPerDay", root.get("input").get("path").asText());
        assertEquals(10_000, root.get("input").get("current").asDouble());
        assertEquals("monthly-tco", root.get("metric").get("id").asText());
        assertEquals(10_805, root.get("metric").get("current").asDouble(), 1e-9);
        assertEquals("met", root.get("outcome").asText());
        // (20,000 - 9,830) / 0.0975 = 104,307.69 a day.
        assertEquals(104_307.692_307_692, root.get("value").asDouble(), 1e-6);
        assertEquals(20_000, root.get("metricAtValue").asDouble(), 1e-5);
        assertEquals(9_830.0975, root.get("reachable").get("min").asDouble(), 1e-9);
        assertTrue(root.get("evaluations").asInt() > root.get("solverEvaluations").asInt());

        CliRun table = CliRun.of("goal-seek", SAAS.toString(), "--vary", "workload.queriesPerDay", "--metric", "monthly-tco",
                "--target", "20000", "--format", "table");
        assertEquals(0, table.code(), table.err());
        assertTrue(table.out().contains("Queries per day            104,308 queries / day  (now 10,000 queries / day)"),
                table.out());
    }

    @Test
    void anUnreachableTargetExitsWithOneAndNullsNotNaN() throws Exception {
        CliRun run = CliRun.of("goal-seek", SAAS.toString(), "--vary", "workload.queriesPerDay", "--metric", "monthly-tco",
                "--target", "5000");
        assertEquals(GoalSeekCommand.EXIT_NO_ANSWER, run.code());
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertEquals("unreachable", root.get("outcome").asText());
        assertTrue(root.get("value").isNull() && root.get("metricAtValue").isNull());
        assertEquals(975_009_830, root.get("reachable").get("max").asDouble(), 1e-3);
        assertTrue(root.get("explanation").asText().endsWith("$5,000.00 is below that."));
        assertFalse(run.out().contains("NaN") || run.out().contains("Infinity"), run.out());
    }

    @Test
    void anUndefinedOutputIsNullEverywhere(@TempDir Path dir) throws Exception {
        // A GPU at $1,000 an hour never breaks even: breakeven-volume is undefined, now and at any hourly rate.
        Scenario saas = ScenarioFiles.read(SAAS);
        Path dear = dir.resolve("dear.json");
        ScenarioFiles.write(saas.withSelfHost(saas.selfHost().withGpuUsdPerHour(1_000)), dear);
        CliRun seek = CliRun.of("goal-seek", dear.toString(), "--vary", "fixedCosts.engineering.hourlyRateUsd", "--metric",
                "breakeven-volume", "--target", "1000000");
        assertEquals(GoalSeekCommand.EXIT_NO_ANSWER, seek.code());
        JsonNode root = new ObjectMapper().readTree(seek.out());
        assertEquals("undefined", root.get("outcome").asText());
        assertTrue(root.get("metric").get("current").isNull() && root.get("reachable").isNull());

        CliRun tornado = CliRun.of("sensitivity", dear.toString(), "--metric", "breakeven-volume");
        assertEquals(0, tornado.code(), tornado.err());
        JsonNode sensitivity = new ObjectMapper().readTree(tornado.out());
        assertTrue(sensitivity.get("metric").get("current").isNull());
        assertEquals(0, sensitivity.get("bars").size());
        assertTrue(sensitivity.get("undefined").asText().startsWith("self-hosting is never as cheap as the API"));
        for (String out : List.of(seek.out(), tornado.out())) {
            assertFalse(out.contains("NaN") || out.contains("Infinity"), out);
        }
    }

    @Test
    void unknownInputsAndOutputsListTheChoices() {
        CliRun input = CliRun.of("goal-seek", SAAS.toString(), "--vary", "workload.queries", "--metric", "monthly-tco",
                "--target", "1");
        assertEquals(PlannerCli.EXIT_INVALID, input.code());
        assertTrue(input.err().contains("--vary: unknown input 'workload.queries'; choose one of: workload.queriesPerDay,"
                + " workload.inputTokensPerQuery,"), input.err());
        assertTrue(input.err().contains("selfHost.engineeringHoursPerMonth"), input.err());

        CliRun metric = CliRun.of("sensitivity", SAAS.toString(), "--metric", "tco");
        assertEquals(PlannerCli.EXIT_INVALID, metric.code());
        assertTrue(metric.err().contains("--metric: unknown output 'tco'; choose one of: monthly-tco, cost-per-query,"),
                metric.err());

        assertEquals(PlannerCli.EXIT_INVALID, CliRun.of("sensitivity", SAAS.toString(), "--delta", "0").code());
        assertEquals(PlannerCli.EXIT_INVALID, CliRun.of("goal-seek", SAAS.toString(), "--vary", "workload.queriesPerDay",
                "--metric", "monthly-tco", "--target", "Infinity").code());
        assertEquals(PlannerCli.EXIT_INVALID, CliRun.of("sensitivity", SAAS.toString(), "--sweep", "workload.queriesPerDay",
                "--from", "0").code(), "0 queries a day is below the valid range");
    }

    @Test
    void sensitivityPrintsTheTornadoLargestSwingFirst() throws Exception {
        JsonNode root = CliRun.json("sensitivity", SAAS.toString());
        assertEquals(List.of("scenario", "metric", "delta", "bars", "unchanged", "skipped", "undefined"), fields(root));
        assertEquals(10_805, root.get("metric").get("current").asDouble(), 1e-9);
        assertEquals(0.2, root.get("delta").asDouble());
        JsonNode first = root.get("bars").get(0);
        assertEquals(List.of("input", "label", "unit", "base", "low", "high", "metricAtLow", "metricAtHigh", "swing",
                "clamped", "note"), fields(first));
        // 80 h at $80 and $120: engineering $6,400 and $9,600.
        assertEquals("fixedCosts.engineering.hourlyRateUsd", first.get("input").asText());
        assertEquals(9_205, first.get("metricAtLow").asDouble(), 1e-9);
        assertEquals(12_405, first.get("metricAtHigh").asDouble(), 1e-9);
        assertEquals(3_200, first.get("swing").asDouble(), 1e-9);
        JsonNode days = root.get("bars").get(4);
        assertEquals("workload.daysPerMonth", days.get("input").asText());
        assertTrue(days.get("clamped").asBoolean());
        assertEquals(31, days.get("high").asDouble());
        double previous = Double.MAX_VALUE;
        for (JsonNode bar : root.get("bars")) {
            assertTrue(bar.get("swing").asDouble() <= previous);
            previous = bar.get("swing").asDouble();
        }
        JsonNode router = root.get("skipped").get(3);
        assertEquals("routing.router.usdPerQuery", router.get("input").asText());
        assertEquals("routing is off", router.get("reason").asText());

        CliRun tenPercent = CliRun.of("sensitivity", SAAS.toString(), "--delta", "0.1", "--metric", "cost-per-query",
                "--format", "table");
        assertEquals(0, tenPercent.code(), tenPercent.err());
        assertTrue(tenPercent.out().contains("Sensitivity of Cost per query (USD / query) to each input \u00b110%; base $0.03602"),
                tenPercent.out());
    }

    @Test
    void aSweepIsADataTable() throws Exception {
        JsonNode root = CliRun.json("sensitivity", SAAS.toString(), "--sweep", "workload.queriesPerDay", "--points", "5");
        assertTrue(root.get("logSpaced").asBoolean());
        JsonNode points = root.get("points");
        assertEquals(5, points.size());
        // 9,830 + 0.0975 x 100,000 = $19,580.
        assertEquals(100_000, points.get(2).get("input").asDouble(), 1e-6);
        assertEquals(19_580, points.get(2).get("metric").asDouble(), 1e-6);

        CliRun linear = CliRun.of("sensitivity", SAAS.toString(), "--sweep", "fixedCosts.engineering.hourlyRateUsd",
                "--from", "50", "--to", "150", "--points", "3", "--format", "table");
        assertEquals(0, linear.code(), linear.err());
        // 80 h x $50, $100, $150 = $4,000, $8,000, $12,000 of engineering on $2,805 of the rest.
        assertTrue(linear.out().matches("(?s).*50\\.00 +\\$6,805\\.00.*100\\.00 +\\$10,805\\.00.*150\\.00 +\\$14,805\\.00.*"),
                linear.out());
    }

    private static List<String> fields(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
