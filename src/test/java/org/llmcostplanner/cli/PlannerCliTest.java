package org.llmcostplanner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlannerCliTest {
    private static final Path SAAS = Path.of("scenarios", "saas-support.json");

    @TempDir
    Path folder;

    @Test
    void reportPrintsThePlanAsJsonNumbersInUsd() throws Exception {
        CliRun run = CliRun.of("report", SAAS.toString());
        assertEquals(0, run.code(), run.err());
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertEquals("SaaS support classifier", report.get("scenario").asText());
        assertEquals(300_000, report.get("queriesPerMonth").asDouble());
        JsonNode monthly = report.get("monthly");
        // By hand: 300,000 x (500 x 2.50 + 200 x 10.00) / 1M = 975; 200+50+100+30 = 380; 80 x 100; 500+200; 150+100+300+200.
        assertEquals(975.0, monthly.get("api").asDouble(), 1e-9);
        assertEquals(380.0, monthly.get("infrastructure").asDouble(), 1e-9);
        assertEquals(8000.0, monthly.get("engineering").asDouble(), 1e-9);
        assertEquals(700.0, monthly.get("quality").asDouble(), 1e-9);
        assertEquals(750.0, monthly.get("operational").asDouble(), 1e-9);
        assertEquals(10_805.0, monthly.get("total").asDouble(), 1e-9);
        assertEquals(10_805.0 / 300_000, report.get("costPerQuery").asDouble(), 1e-12);
        assertTrue(monthly.get("total").isNumber());
        assertFalse(run.out().contains("E+") || run.out().contains("E7"), "plain numbers, no exponent");
    }

    @Test
    void reportNamesTheParetoFrontierInCostOrderAndTheRecommendation() throws Exception {
        CliRun run = CliRun.of("report", SAAS.toString());
        JsonNode pareto = new ObjectMapper().readTree(run.out()).get("pareto");
        assertEquals("[\"TF-IDF + LogReg\",\"Fine-tuned DistilBERT\",\"Fine-tuned BERT-base\",\"Hybrid (BERT + GPT-4o)\","
                + "\"GPT-4o (few-shot)\",\"Claude Opus (few-shot)\"]", pareto.get("frontier").toString());
        assertEquals("Hybrid (BERT + GPT-4o)", pareto.get("recommended").asText());
        // GPT-4o at 500 + 200 tokens costs $0.00325 a query; the chapter measured it at 93%, as the Hybrid.
        assertEquals("Current plan (gpt-4o): 93.0% quality at $0.003250 per query, dominated by Hybrid (BERT + GPT-4o)"
                + " (93.0% at $0.002000 per query, 38.5% cheaper)", pareto.get("currentPlan").asText());
    }

    @Test
    void paretoPrintsTheFrontierOfACsvSweepAndAgreesWithTheReport() throws Exception {
        Path csv = folder.resolve("sweep.csv");
        try (var writer = Files.newBufferedWriter(csv)) {
            org.llmcostplanner.io.ParetoCsv.write(org.llmcostplanner.io.ScenarioFiles.read(SAAS).pareto().configurations(), writer);
            writer.write("Fast mini (cached),0.90,0.004,50,\n");
        }
        CliRun two = CliRun.of("pareto", csv.toString());
        assertEquals(0, two.code(), two.err());
        JsonNode twoObjectives = new ObjectMapper().readTree(two.out());
        assertEquals(11, twoObjectives.get("configurations").asInt());
        JsonNode report = new ObjectMapper().readTree(CliRun.of("report", SAAS.toString()).out());
        assertEquals(report.get("pareto").get("frontier"), twoObjectives.get("frontier"), "the fast mini is dominated by the hybrid");

        CliRun three = CliRun.of("pareto", csv.toString(), "--objectives", "cost,quality,latency", "--format", "csv");
        assertEquals(0, three.code(), three.err());
        var frontier = org.llmcostplanner.io.ParetoCsv.read(new java.io.StringReader(three.out()), "out.csv");
        assertEquals(7, frontier.size());
        assertEquals("Fast mini (cached)", frontier.get(4).name(), "latency keeps it, between the hybrid and GPT-4o few-shot");
    }

    @Test
    void paretoRefusesABadFileOrObjectivesWithExitTwo() throws Exception {
        Path csv = folder.resolve("bad.csv");
        Files.writeString(csv, "name,quality,cost_per_query,latency_ms\nA,0.9,0.001,10\nB,93,0.002,20\n");
        CliRun bad = CliRun.of("pareto", csv.toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("bad.csv, line 3: quality: must be between 0 and 1 (was 93)"), bad.err());
        CliRun objectives = CliRun.of("pareto", csv.toString(), "--objectives", "cost,speed");
        assertEquals(2, objectives.code());
        assertTrue(objectives.err().contains("must be one of cost,quality or cost,quality,latency, not 'cost,speed'"),
                objectives.err());
    }

    @Test
    void reportAsTableShowsMoneyAndShares() {
        CliRun run = CliRun.of("report", SAAS.toString(), "--format", "table");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("$10,805.00"), run.out());
        assertTrue(run.out().contains("$975.00"), run.out());
        assertTrue(run.out().contains("74.0%"), run.out()); // 8000 / 10805
    }

    @Test
    void validateExitsZeroForGoodFilesAndTwoWithOneLinePerBadFile() throws Exception {
        assertEquals(0, CliRun.of("validate", SAAS.toString()).code());
        Path negative = folder.resolve("negative.json");
        Files.writeString(negative, Files.readString(SAAS).replace("\"inputUsdPer1MTokens\" : 2.5", "\"inputUsdPer1MTokens\" : -2.5"));
        Path garbage = folder.resolve("garbage.json");
        Files.writeString(garbage, "{ \"schemaVersion\" : 1, ");
        CliRun run = CliRun.of("validate", SAAS.toString(), negative.toString(), garbage.toString());
        assertEquals(2, run.code());
        String[] lines = run.err().strip().split("\\R");
        assertEquals(2, lines.length, run.err());
        assertTrue(lines[0].contains("negative.json") && lines[0].contains("referenceModel.inputUsdPer1MTokens"), lines[0]);
        assertTrue(lines[1].contains("garbage.json"), lines[1]);
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), "no stack trace: " + run.err());
    }

    @Test
    void missingFileIsOneLineNotAStackTrace() {
        CliRun run = CliRun.of("report", folder.resolve("nope.json").toString());
        assertEquals(2, run.code());
        assertTrue(run.err().contains("nope.json"), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
    }

    @Test
    void exportWritesEveryChartAtTheRequestedSize() throws Exception {
        Path out = folder.resolve("charts");
        CliRun run = CliRun.of("export", SAAS.toString(), "--out", out.toString(), "--width", "800", "--height", "450", "--scale", "2");
        assertEquals(0, run.code(), run.err());
        String[] written = run.out().strip().split("\\R");
        assertTrue(written.length >= 2, run.out());
        for (String line : written) {
            BufferedImage image = ImageIO.read(Path.of(line).toFile());
            assertEquals(1600, image.getWidth());
            assertEquals(900, image.getHeight());
        }
    }

    @Test
    void exportRefusesImagesTooLargeToRenderInsteadOfRunningOutOfMemory() {
        CliRun run = CliRun.of("export", SAAS.toString(), "--out", folder.toString(), "--width", "8000", "--height", "7000",
                "--scale", "1.5");
        assertEquals(2, run.code());
        assertTrue(run.err().contains("pixels"), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
    }

    @Test
    void exportIntoAFileInsteadOfAFolderSaysSo() throws Exception {
        Path notAFolder = Files.writeString(folder.resolve("afile"), "x");
        CliRun run = CliRun.of("export", SAAS.toString(), "--out", notAFolder.toString());
        assertEquals(2, run.code());
        assertTrue(run.err().startsWith("error: ") && run.err().contains("afile") && run.err().length() > ("error: " + notAFolder).length() + 2,
                run.err());
    }

    @Test
    void exportRefusesBadSizesWithAMessage() {
        CliRun run = CliRun.of("export", SAAS.toString(), "--out", folder.toString(), "--width", "0");
        assertEquals(2, run.code());
        assertTrue(run.err().contains("--width"), run.err());
    }
}
