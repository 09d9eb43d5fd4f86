package org.llmcostplanner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code calibrate-cache} on ten labelled pairs counted by hand (see CacheCalibrationTest). */
class CalibrateCacheCliTest {
    private static final String PAIRS = """
            query_a,query_b,similarity,same_intent
            How do I return an item?,What is your return policy?,0.99,true
            Refund please,I want my money back,0.97,yes
            Where is my order?,Track my package,0.95,TRUE
            How do I return a call?,How do I return an item?,0.93,false
            Cancel my plan,Stop my subscription,0.91,1
            "Charged twice, help",Double charge on my card,0.89,true
            Reset password,Reset my router,0.87,no
            Change my email,Update email address,0.85,true
            Opening hours?,Are you open on Sunday?,0.80,0
            Invoice copy,Send me last month's invoice,0.70,true
            """;

    @Test
    void printsTheCurveWithIntervals(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("pairs.csv"), PAIRS);
        CliRun run = CliRun.of("calibrate-cache", file.toString(), "--thresholds", "0.85,0.9,0.95", "--format", "json");
        assertEquals(0, run.code(), run.err());
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertEquals(10, root.get("sampleSize").asInt());
        JsonNode at90 = root.get("points").get(1);
        assertEquals(0.9, at90.get("threshold").asDouble());
        assertEquals(0.5, at90.get("hitRate").asDouble());
        assertEquals(0.1, at90.get("falseHitRate").asDouble());
        assertEquals(0.236593, at90.get("hitRateLow").asDouble(), 1e-6);

        CliRun table = CliRun.of("calibrate-cache", file.toString(), "--thresholds", "0.85,0.9,0.95");
        assertTrue(table.out().startsWith("10 labelled queries; 95% intervals (Wilson score)"), table.out());
        assertTrue(table.out().matches("(?s).*0\\.9 +50\\.0% +23\\.7% - 76\\.3% +10\\.0%.*"), table.out());
    }

    @Test
    void aBadRowIsNamedWithItsLineAndColumn(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("pairs.csv"), PAIRS.replace("0.87,no", "0.87,maybe"));
        CliRun run = CliRun.of("calibrate-cache", file.toString());
        assertEquals(PlannerCli.EXIT_INVALID, run.code());
        assertTrue(run.err().contains("pairs.csv, line 8") && run.err().contains("same_intent")
                && run.err().contains("'maybe' is neither"), run.err());

        Path noHeader = Files.writeString(dir.resolve("bad.csv"), "a,b\n1,2\n");
        CliRun missing = CliRun.of("calibrate-cache", noHeader.toString());
        assertEquals(PlannerCli.EXIT_INVALID, missing.code());
        assertTrue(missing.err().contains("missing: similarity, same_intent"), missing.err());

        Path outOfRange = Files.writeString(dir.resolve("range.csv"), "similarity,same_intent\n1.5,true\n");
        assertTrue(CliRun.of("calibrate-cache", outOfRange.toString()).err()
                .contains("similarity: must be a cosine similarity between -1 and 1 (was 1.5)"));
    }

    @Test
    void optionsOutOfRangeAreRefused(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("pairs.csv"), PAIRS);
        assertEquals(PlannerCli.EXIT_INVALID, CliRun.of("calibrate-cache", file.toString(), "--confidence", "95").code());
        assertEquals(PlannerCli.EXIT_INVALID, CliRun.of("calibrate-cache", file.toString(), "--thresholds", "1.2").code());
    }
}
