package org.llmcostplanner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llmcostplanner.io.PriceCatalogFiles;
import org.llmcostplanner.io.UsageLogGenerator;
import org.llmcostplanner.model.usage.RejectReason;

/** {@code usage} against a generated month with known totals, and a small file worked by hand. */
class UsageCliTest {
    @Test
    void aGeneratedMonthPrintsTheGeneratorsTotals(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("month.csv");
        UsageLogGenerator.Totals expected = UsageLogGenerator.writeCsv(log, 20_000, 8, 0.03, ZoneId.of("Europe/Berlin"));
        Path catalog = dir.resolve("catalog.json");
        PriceCatalogFiles.write(UsageLogGenerator.catalog(), "the generator's prices", catalog);

        JsonNode report = CliRun.json("usage", log.toString(), "--catalog", catalog.toString(), "--tz", "Europe/Berlin");

        assertEquals(expected.rows(), report.get("rowsRead").asLong());
        assertEquals(expected.accepted(), report.get("rowsAccepted").asLong());
        assertEquals(expected.rejected(), report.get("rowsRejected").asLong());
        assertEquals(report.get("rowsRead").asLong(), report.get("rowsAccepted").asLong() + report.get("rowsRejected").asLong());
        for (Map.Entry<RejectReason, Long> reason : expected.rejectedByReason().entrySet()) {
            assertEquals(reason.getValue(), report.get("rejectedByReason").get(reason.getKey().label()).asLong(), reason.getKey().label());
        }
        // The generator adds doubles in file order; the report sums whole nano-USD: equal to well under a cent.
        assertEquals(expected.totalCost(), report.get("totalCost").asDouble(), 1e-6);
        expected.costByModel().forEach((model, usd) ->
                assertEquals(usd, report.get("byModel").get(model).get("cost").asDouble(), 1e-6, model));
        expected.callsByModel().forEach((model, calls) ->
                assertEquals(calls, report.get("byModel").get(model).get("calls").asLong(), model));
        expected.costByFeature().forEach((feature, usd) ->
                assertEquals(usd, report.get("byFeature").get(feature).get("cost").asDouble(), 1e-6, feature));
        for (Map.Entry<LocalDate, Double> day : expected.costByDay().entrySet()) {
            assertEquals(day.getValue(), report.get("byDay").get(day.getKey().toString()).get("cost").asDouble(), 1e-6,
                    day.getKey().toString());
        }
        assertEquals(UsageCommand.TOP_USERS, report.get("topUsers").size());

        String table = CliRun.of("usage", log.toString(), "--catalog", catalog.toString(), "--tz", "Europe/Berlin",
                "--format", "table").out();
        assertTrue(table.startsWith(String.format(java.util.Locale.ROOT, "%,d rows read", expected.rows())), table);
    }

    @Test
    void theChaptersBudgetFiresOncePerCrossing(@TempDir Path dir) throws Exception {
        // A $50 daily budget. Day 1: $2.61, no alert. Day 2: $41 (past 50% and 80%), day 3: $60 (past all three).
        Path log = Files.writeString(dir.resolve("days.csv"), """
                timestamp,model,feature,input_tokens,output_tokens,cost_usd
                2026-03-01T10:00:00Z,gpt-4o,chat,100,50,2.61
                2026-03-02T09:00:00Z,gpt-4o,chat,100,50,30
                2026-03-02T18:00:00Z,gpt-4o,chat,100,50,11
                2026-03-03T08:00:00Z,gpt-4o,chat,100,50,60
                """);
        JsonNode report = CliRun.json("usage", log.toString(), "--daily-budget", "50");
        assertEquals(103.61, report.get("totalCost").asDouble(), 1e-12);
        JsonNode alerts = report.get("alerts");
        assertEquals(5, alerts.size(), alerts.toString());
        assertEquals("2026-03-02", alerts.get(0).get("day").asText());
        assertEquals(0.5, alerts.get(0).get("threshold").asDouble());
        assertEquals(41, alerts.get(0).get("spend").asDouble(), 1e-12);
        assertEquals("2026-03-02", alerts.get(1).get("day").asText());
        assertEquals(0.8, alerts.get(1).get("threshold").asDouble());
        for (int i = 2; i < 5; i++) {
            assertEquals("2026-03-03", alerts.get(i).get("day").asText());
        }
        assertEquals("daily", alerts.get(4).get("scope").asText());
        assertEquals(1.0, alerts.get(4).get("threshold").asDouble());
    }

    @Test
    void aFileWithoutTheRequiredColumnsIsRefusedNamingThem(@TempDir Path dir) throws Exception {
        Path log = Files.writeString(dir.resolve("odd.csv"), "when,what\n2026-03-01T10:00:00Z,hello\n");
        CliRun run = CliRun.of("usage", log.toString());
        assertEquals(PlannerCli.EXIT_INVALID, run.code());
        assertTrue(run.err().contains("odd.csv: no column for timestamp, model, input_tokens, output_tokens"), run.err());
        assertEquals(PlannerCli.EXIT_INVALID, CliRun.of("usage", log.toString(), "--tz", "Mars/Olympus").code());
    }

    @Test
    void budgetsForAModelAndAFeatureAlertOnTheirOwnSpend(@TempDir Path dir) throws Exception {
        // gpt-4o spends $6 on day 1 ($4 chat + $2 search) and $3 on day 2; search spends $2 + $1.50 on day 1
        // and $0.25 on day 2. Alerts at 50% and 100%. A $5 gpt-4o budget: day 1 reaches $2.50 and $5, day 2
        // only $2.50. A $3 search budget: day 1 ($3.50) reaches $1.50 and $3; day 2 ($0.25) neither.
        Path log = Files.writeString(dir.resolve("scoped.csv"), """
                timestamp,model,feature,input_tokens,output_tokens,cost_usd
                2026-03-01T10:00:00Z,gpt-4o,chat,100,50,4
                2026-03-01T11:00:00Z,gpt-4o,search,100,50,2
                2026-03-01T12:00:00Z,gpt-4o-mini,search,100,50,1.50
                2026-03-02T10:00:00Z,gpt-4o,chat,100,50,3
                2026-03-02T11:00:00Z,gpt-4o-mini,search,100,50,0.25
                """);
        JsonNode alerts = CliRun.json("usage", log.toString(), "--model-budget", "gpt-4o=5", "--feature-budget", "search=3",
                "--alert-at", "50,100").get("alerts");
        // By day, then scope (models before features), then threshold.
        assertEquals(5, alerts.size(), alerts.toString());
        assertEquals("model:gpt-4o", alerts.get(0).get("scope").asText());
        assertEquals(0.5, alerts.get(0).get("threshold").asDouble());
        assertEquals(6, alerts.get(1).get("spend").asDouble(), 1e-12);
        assertEquals("feature:search", alerts.get(2).get("scope").asText());
        assertEquals(3.5, alerts.get(3).get("spend").asDouble(), 1e-12);
        assertEquals(3, alerts.get(3).get("budget").asDouble(), 1e-12);
        for (int i = 0; i < 4; i++) {
            assertEquals("2026-03-01", alerts.get(i).get("day").asText());
        }
        assertEquals("2026-03-02", alerts.get(4).get("day").asText());
        assertEquals("model:gpt-4o", alerts.get(4).get("scope").asText());
        assertEquals(0.5, alerts.get(4).get("threshold").asDouble());
        assertEquals(3, alerts.get(4).get("spend").asDouble(), 1e-12);

        CliRun zero = CliRun.of("usage", log.toString(), "--model-budget", "gpt-4o=0");
        assertTrue(zero.code() != 0);
        assertTrue(zero.err().contains("--model-budget gpt-4o must be above 0 USD"), zero.err());
        CliRun word = CliRun.of("usage", log.toString(), "--feature-budget", "search=lots");
        assertTrue(word.err().contains("--feature-budget takes NAME=USD, e.g. gpt-4o=25 (was 'search=lots')"), word.err());
        CliRun percent = CliRun.of("usage", log.toString(), "--daily-budget", "10", "--alert-at", "80,-5");
        assertTrue(percent.err().contains("--alert-at must be above 0%"), percent.err());
    }
}
