package org.llmcostplanner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code compare A.json B.json}: saas-support.json against legal-summarization.json, figures by hand
 * (see ScenarioComparisonTest for the working), a file against itself, and refused files.
 */
class CompareCliTest {
    private static final String SAAS = Path.of("scenarios", "saas-support.json").toString();
    private static final String LEGAL = Path.of("scenarios", "legal-summarization.json").toString();

    private static JsonNode kpi(JsonNode report, String id) {
        for (JsonNode row : report.get("kpis")) {
            if (row.get("id").asText().equals(id)) {
                return row;
            }
        }
        throw new AssertionError("no " + id + " in " + report);
    }

    @Test
    void saasAgainstLegalPrintsEachFigureWithItsChange() throws Exception {
        JsonNode report = CliRun.json("compare", SAAS, LEGAL);

        assertEquals(SAAS, report.get("a").get("file").asText());
        assertEquals("Legal contract summarisation", report.get("b").get("scenario").asText());
        // TCO: 10,805 against 68,769.125 (= 53,569.125 API + 500 + 9,000 + 5,000 + 700): +57,964.125, +536.5%.
        JsonNode tco = kpi(report, "monthlyTco");
        assertEquals("USD per month", tco.get("unit").asText());
        assertEquals(10_805, tco.get("a").asDouble(), 1e-9);
        assertEquals(68_769.125, tco.get("b").asDouble(), 1e-9);
        assertEquals(57_964.125, tco.get("delta").asDouble(), 1e-9);
        assertEquals(57_964.125 / 10_805 * 100, tco.get("deltaPercent").asDouble(), 1e-9);
        // Operational falls: 750 -> 700, -50, -6.67%.
        assertEquals(-50, kpi(report, "monthly.operational").get("delta").asDouble(), 1e-9);
        assertEquals(-50.0 / 750 * 100, kpi(report, "monthly.operational").get("deltaPercent").asDouble(), 1e-9);
        // Routing saves 0 in A and 94,477.50 in B: a change from nothing has no percentage.
        JsonNode routing = kpi(report, "waterfall.routing");
        assertEquals(94_477.50, routing.get("delta").asDouble(), 1e-6);
        assertTrue(routing.get("deltaPercent").isNull(), routing.toString());
        // Quality 93% -> 91.938% (0.924 x 0.995), shares as 0..1.
        assertEquals(0.91938 - 0.93, kpi(report, "quality").get("delta").asDouble(), 1e-12);
        assertEquals(21, report.get("kpis").size(), "every figure of ScenarioComparisonTest");
    }

    @Test
    void aFileAgainstItselfChangesNothing() throws Exception {
        for (String file : List.of(SAAS, LEGAL)) {
            JsonNode report = CliRun.json("compare", file, file);
            for (JsonNode row : report.get("kpis")) {
                assertEquals(row.get("a"), row.get("b"), row.toString());
                assertEquals(0, row.get("delta").asDouble(), row.toString());
                assertTrue(row.get("deltaPercent").isNull() || row.get("deltaPercent").asDouble() == 0, row.toString());
            }
        }
        assertFalse(CliRun.of("compare", SAAS, SAAS).out().contains("NaN"));
    }

    @Test
    void theTableShowsARowThatAddsUpAndBlanksForChangesFromNothing() {
        CliRun run = CliRun.of("compare", SAAS, LEGAL, "--format", "table");
        assertEquals(0, run.code(), run.err());
        String table = run.out().replaceAll(" +", " ");

        assertTrue(table.contains("A: SaaS support classifier (" + SAAS + ")"), table);
        for (String line : List.of(" Monthly TCO $10,805.00 $68,769.12 +$57,964.12 +536.5%",
                " Operational $750.00 $700.00 -$50.00 -6.7%", " Saving by routing $0.00 $94,477.50 +$94,477.50",
                " Quality (blended) 93.0% 91.9% -1.1 pts -1.1%", " Latency per query 600 ms 24,480 ms +23,880 ms +3,980.0%")) {
            assertTrue(table.contains(line + System.lineSeparator()), line + " in\n" + table);
        }
    }

    @Test
    void badFilesAreNamedOnePerLineAndExitTwo(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"schemaVersion\": 7, \"name\": 3");
        Path missing = dir.resolve("missing.json");

        CliRun run = CliRun.of("compare", missing.toString(), broken.toString());

        assertEquals(PlannerCli.EXIT_INVALID, run.code());
        assertEquals("", run.out());
        List<String> lines = run.err().lines().toList();
        assertEquals(2, lines.size(), run.err());
        assertTrue(lines.get(0).startsWith(missing.toString()) && lines.get(0).contains("not found"), lines.get(0));
        assertTrue(lines.get(1).startsWith(broken.toString()) && lines.get(1).contains("not valid JSON"), lines.get(1));
        assertFalse(run.err().contains("Exception"), "no stack trace");

        CliRun one = CliRun.of("compare", SAAS, broken.toString());
        assertEquals(PlannerCli.EXIT_INVALID, one.code());
        assertTrue(one.err().startsWith(broken.toString()), one.err());
    }

    @Test
    void bothFilesAreRequired() {
        CliRun run = CliRun.of("compare", SAAS);
        assertEquals(2, run.code());
        assertTrue(run.err().contains("Missing required parameter: 'B.json'"), run.err());
        assertFalse(run.err().contains("WARN"), "the help text formats: " + run.err());
    }
}
