package org.llmcostplanner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llmcostplanner.io.ScenarioFiles;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.model.pareto.ParetoLimit;
import org.llmcostplanner.model.price.ModelPrice;
import org.llmcostplanner.model.routing.RouterOverhead;
import org.llmcostplanner.model.routing.RoutingSection;
import org.llmcostplanner.model.routing.RoutingStrategy;
import org.llmcostplanner.model.routing.RoutingTier;

/** {@code report}'s {@code "waterfall"} rows and table, figures worked out by hand. */
class WaterfallReportCliTest {
    private static final Path LEGAL = Path.of("scenarios", "legal-summarization.json");
    private static final Path SAAS = Path.of("scenarios", "saas-support.json");

    /** The report read with every number as the decimal it prints, so sums are checked exactly. */
    private static JsonNode waterfall(Path file) throws Exception {
        CliRun run = CliRun.of("report", file.toString());
        assertEquals(0, run.code(), run.err());
        return new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readTree(run.out()).get("waterfall");
    }

    @Test
    void theLegalScenarioStepsFromBaselineToOptimised() throws Exception {
        JsonNode rows = waterfall(LEGAL);

        assertEquals(List.of("baseline", "routing", "compression", "caching", "batching", "optimised"),
                rows.findValuesAsText("step"));
        // 900,000 x $0.175; routing 900,000 x $0.070025; the cache keeps 85% of it: 900,000 x $0.05952125.
        double[] costs = {157_500, 63_022.50, 63_022.50, 53_569.125, 53_569.125, 53_569.125};
        double[] savings = {0, 94_477.50, 0, 9_453.375, 0, 0};
        boolean[] on = {false, true, false, true, false, false};
        for (int i = 0; i < costs.length; i++) {
            JsonNode row = rows.get(i);
            assertEquals(costs[i], row.get("monthlyApiCost").asDouble(), costs[i] * 1e-12, row.toString());
            if (i == 0 || i == costs.length - 1) {
                assertTrue(row.get("saving").isNull(), "a total, not a step: " + row);
                assertTrue(row.get("on") == null, row.toString());
            } else {
                assertEquals(savings[i], row.get("saving").asDouble(), 1e-9, row.toString());
                assertEquals(on[i], row.get("on").asBoolean(), row.toString());
            }
        }
    }

    @Test
    void theSavingsAddUpExactlyToThePrintedBaselineLessThePrintedOptimised() throws Exception {
        for (Path file : List.of(LEGAL, SAAS)) {
            JsonNode rows = waterfall(file);
            BigDecimal sum = BigDecimal.ZERO;
            for (JsonNode row : rows) {
                if (!row.get("saving").isNull()) {
                    sum = sum.add(row.get("saving").decimalValue());
                }
            }
            BigDecimal baseline = rows.get(0).get("monthlyApiCost").decimalValue();
            BigDecimal optimised = rows.get(rows.size() - 1).get("monthlyApiCost").decimalValue();
            assertEquals(0, sum.compareTo(baseline.subtract(optimised)), file + ": " + sum);
        }
    }

    @Test
    void aRouterWhoseFeeOutweighsItsSavingShowsANegativeSaving(@TempDir Path dir) throws Exception {
        // GPT-4o alone behind a $0.001 router: 300,000 x ($0.00325 + $0.001) = $1,275, $300 over the $975 baseline.
        Scenario saas = ScenarioFiles.read(SAAS);
        Path fee = dir.resolve("fee.json");
        ScenarioFiles.write(saas.withRouting(new RoutingSection(true, RoutingStrategy.ROUTER,
                List.of(new RoutingTier("All: GPT-4o", new ModelPrice("gpt-4o", 2.5, 10), 1, 0.93, 600)),
                new RouterOverhead(0.001, 5), ParetoLimit.off(0.9), ParetoLimit.off(1000))), fee);

        JsonNode routing = waterfall(fee).get(1);

        assertEquals(1275, routing.get("monthlyApiCost").asDouble(), 1e-9);
        assertEquals(-300, routing.get("saving").asDouble(), 1e-9);
        String table = CliRun.of("report", fee.toString(), "--format", "table").out().replaceAll(" +", " ");
        assertTrue(table.contains(" Routing +$300.00 +30.8% adds cost"), table);
    }

    @Test
    void theTableShowsCentsAndPercentsThatAddUp() {
        CliRun run = CliRun.of("report", LEGAL.toString(), "--format", "table");
        assertEquals(0, run.code(), run.err());
        String table = run.out().replaceAll(" +", " ");

        // 53,569.125 rounds half to even to 53,569.12, so caching shows 63,022.50 - 53,569.12 = 9,453.38.
        for (String line : List.of(" Baseline $157,500.00 100.0%", " Routing -$94,477.50 -60.0%",
                " Compression $0.00 0.0% off", " Caching -$9,453.38 -6.0%", " Batching $0.00 0.0% off",
                " Optimised $53,569.12 34.0%")) {
            assertTrue(table.contains(line + System.lineSeparator()), line + " in\n" + table);
        }
    }
}
