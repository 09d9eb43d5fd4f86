package org.llmcostplanner.io;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** One broken file per test: the message must name the field, the place and the reason. */
class ScenarioFilesBrokenTest {
    private static final String GOOD = readGood();

    @Test
    void missingCommaIsReportedWhereTheNextEntryStarts() {
        var e = fails(edit("\"queriesPerDay\" : 10000,", "\"queriesPerDay\" : 10000"));
        assertProblem(e, "", 12, 5, "is not valid JSON: expected a comma or a closing } before '\"'");
    }

    @Test
    void commaBeforeClosingBraceIsExplained() {
        var e = fails(edit("\"daysPerMonth\" : 30", "\"daysPerMonth\" : 30,"));
        assertProblem(e, "", 15, 3, "remove the comma before it");
    }

    @Test
    void otherStructuralMistakesAreNamedPlainly() {
        assertProblem(fails("// budget for Q3\n" + GOOD), "", 1, 1, "comments are not allowed");
        assertProblem(fails(edit("\"daysPerMonth\" : 30\n  }", "\"daysPerMonth\" : 30\n  ]")), "", 15, 3,
                "found ']' where '}' should close the section opened on line 10");
        assertProblem(fails(edit("\"gpt-4o\"", "'gpt-4o'")), "", 17, 14, "expected a value but found '''");
        assertProblem(fails(edit("\"gpt-4o\"", "\"gpt\n4o\"")), "", 17, 18, "a text value holds a line break");
        assertProblem(fails(edit("\"daysPerMonth\" : 30", "\"daysPerMonth\" : 030")), "workload.daysPerMonth", 14, 23,
                "malformed number (leading zeroes are not allowed)");
        assertProblem(fails("[".repeat(5000)), "", 0, 0, "is nested too deeply to be a scenario file");
    }

    @Test
    void emptyFile() {
        var e = fails("");
        assertProblem(e, "", 0, 0, "is empty");
        assertEquals("bad.json: is empty; a scenario file holds one JSON object { ... }", e.getMessage());
        assertProblem(fails(" \n\t\n"), "", 0, 0, "is empty");
    }

    @Test
    void rootThatIsNotAnObject() {
        assertProblem(fails("[ 1, 2 ]"), "", 1, 1, "must hold one JSON object { ... } with the scenario, but holds a list");
        assertProblem(fails("\n  \"scenario\""), "", 2, 3, "but holds the text \"scenario\"");
    }

    @Test
    void textWhereANumberBelongs() {
        var e = fails(edit("\"queriesPerDay\" : 10000", "\"queriesPerDay\" : \"ten\""));
        assertProblem(e, "workload.queriesPerDay", 11, 23, "expected a number but found the text \"ten\"");
        var quoted = fails(edit("\"queriesPerDay\" : 10000", "\"queriesPerDay\" : \"10000\""));
        assertProblem(quoted, "workload.queriesPerDay", 11, 23, "(write numbers without quotes)");
    }

    @Test
    void otherWrongKinds() {
        assertProblem(fails(edit("\"name\" : \"gpt-4o\"", "\"name\" : 4")),
                "referenceModel.name", 17, 14, "expected text in double quotes but found the number 4");
        assertProblem(fails(edit("\"name\" : \"gpt-4o\"", "\"name\" : null")),
                "referenceModel.name", 17, 14, "expected text in double quotes but found null");
        assertProblem(fails(edit("\"hourlyRateUsd\" : 100", "\"hourlyRateUsd\" : true")),
                "fixedCosts.engineering.hourlyRateUsd", 37, 25, "expected a number but found the value true");
        assertProblem(fails(edit("\"quality\" : [ {", "\"quality\" : [ 7, {")),
                "fixedCosts.quality[0]", 49, 19, "expected a section { ... } but found the number 7");
        assertProblem(fails(edit("\"workload\" : {", "\"workload\" : [ ], \"w\" : {")),
                "workload", 10, 16, "expected a section { ... } but found a list [ ... ]");
    }

    @Test
    void negativePriceIsLocatedAtItsValue() {
        var e = fails(edit("\"inputUsdPer1MTokens\" : 2.5", "\"inputUsdPer1MTokens\" : -2.5"));
        assertProblem(e, "referenceModel.inputUsdPer1MTokens", 18, 29, "must not be negative (was -2.5)");
        assertEquals("bad.json, line 18, column 29: referenceModel.inputUsdPer1MTokens: must not be negative (was -2.5)",
                e.getMessage());
    }

    @Test
    void fileFromANewerPlanner() {
        var e = fails(edit("\"schemaVersion\" : 7", "\"schemaVersion\" : 8"));
        assertProblem(e, "schemaVersion", 2, 21,
                "was written by a newer version of the planner (schemaVersion 8; this version reads up to 7)");
    }

    @Test
    void missingOrMalformedSchemaVersion() {
        assertProblem(fails(edit("\"schemaVersion\" : 7,\n", "")), "schemaVersion", 1, 1, "missing required field");
        assertProblem(fails(edit("\"schemaVersion\" : 7", "\"schemaVersion\" : \"1\"")), "schemaVersion", 2, 21,
                "expected a whole number such as 1 but found the text \"1\"");
        assertProblem(fails(edit("\"schemaVersion\" : 7", "\"schemaVersion\" : 0")), "schemaVersion", 2, 21,
                "must be 1 or more (was 0)");
    }

    @Test
    void missingSectionAndMissingField() {
        assertProblem(fails(edit("\"workload\" :", "\"workLoad\" :")), "workload", 1, 1, "missing required field");
        assertProblem(fails(edit(",\n    \"daysPerMonth\" : 30", "")), "workload.daysPerMonth", 10, 16,
                "missing required field");
    }

    @Test
    void tokenPricesPer1KTokens() {
        var e = fails(edit("\"per 1M tokens\"", "\"per 1K tokens\""));
        assertProblem(e, "units.tokenPrices", 7, 21,
                "'per 1K tokens' is not supported; token prices must be per 1M tokens (multiply per-1K prices by 1000)");
    }

    @Test
    void unsupportedCurrencyAndPeriod() {
        assertProblem(fails(edit("\"USD\"", "\"EUR\"")), "units.currency", 6, 18,
                "'EUR' is not supported; amounts must be in US dollars");
        assertProblem(fails(edit("\"per month\"", "\"per year\"")), "units.fixedCosts", 8, 20,
                "fixed costs must be per month (divide yearly amounts by 12)");
        assertProblem(fails(edit("\"units\" : {", "\"unitz\" : {")), "units", 1, 1, "missing required field");
    }

    @Test
    void nanAndInfinityLiteralsAreRefused() {
        assertProblem(fails(edit("\"inputUsdPer1MTokens\" : 2.5", "\"inputUsdPer1MTokens\" : NaN")),
                "referenceModel.inputUsdPer1MTokens", 18, 29, "NaN is not a number; write a finite number");
        assertProblem(fails(edit("\"inputUsdPer1MTokens\" : 2.5", "\"inputUsdPer1MTokens\" : -Infinity")),
                "referenceModel.inputUsdPer1MTokens", 18, 29, "-Infinity is not a number");
        assertProblem(fails(edit("\"inputUsdPer1MTokens\" : 2.5", "\"inputUsdPer1MTokens\" : \"NaN\"")),
                "referenceModel.inputUsdPer1MTokens", 18, 29, "must be a finite number");
    }

    @Test
    void numberThatOverflowsToInfinity() {
        assertProblem(fails(edit("\"inputUsdPer1MTokens\" : 2.5", "\"inputUsdPer1MTokens\" : 1e400")),
                "referenceModel.inputUsdPer1MTokens", 18, 29, "must be a finite number");
        assertProblem(fails(edit("\"queriesPerDay\" : 10000", "\"queriesPerDay\" : 1" + "0".repeat(400))),
                "workload.queriesPerDay", 11, 23, "must be a finite number");
    }

    @Test
    void duplicateKey() {
        var e = fails(edit("\"daysPerMonth\" : 30", "\"daysPerMonth\" : 30, \"daysPerMonth\" : 31"));
        assertProblem(e, "workload.daysPerMonth", 14, 26, "appears twice in the same section");
    }

    @Test
    void trailingContentAfterTheScenario() {
        int after = (int) GOOD.lines().count() + 1;
        assertProblem(fails(GOOD + "garbage\n"), "", after, 1, "there is more text after the scenario's final }");
        assertProblem(fails(GOOD + "{ }\n"), "", after, 1, "there is more text after the scenario's final }");
    }

    @Test
    void daysPerMonthOutOfRange() {
        assertProblem(fails(edit("\"daysPerMonth\" : 30", "\"daysPerMonth\" : 45")), "workload.daysPerMonth", 14, 22,
                "must be between 1 and 31 (was 45)");
    }

    @Test
    void negativeLineItemIsLocatedInItsList() {
        var e = fails(edit("\"usdPerMonth\" : 100\n    }, {\n      \"name\" : \"Storage",
                "\"usdPerMonth\" : -100\n    }, {\n      \"name\" : \"Storage"));
        assertProblem(e, "fixedCosts.infrastructure[2].usdPerMonth", 31, 23, "must not be negative (was -100)");
    }

    /** A truncated file is reported where the text ends. */
    @Test
    void blankNameAndTruncatedFile() {
        assertProblem(fails(edit("\"name\" : \"SaaS support classifier\"", "\"name\" : \" \"")), "name", 3, 12,
                "must not be empty");
        assertProblem(fails(GOOD.substring(0, GOOD.indexOf("\"operational\""))), "", 56, 5,
                "the file ends too early; a closing } or ] is missing");
        assertProblem(fails(GOOD.substring(0, 60)), "", 3, 36, "the file ends inside a text value");
    }

    @Test
    void missingFile(@org.junit.jupiter.api.io.TempDir Path dir) {
        Path file = dir.resolve("nope.json");
        var e = assertThrows(ScenarioFileException.class, () -> ScenarioFiles.read(file));
        assertProblem(e, "", 0, 0, "file not found");
        assertEquals(file.toString(), e.source());
        assertEquals(file + ": file not found", e.getMessage());
    }

    @Test
    void folderInsteadOfAFile(@org.junit.jupiter.api.io.TempDir Path dir) {
        assertProblem(assertThrows(ScenarioFileException.class, () -> ScenarioFiles.read(dir)), "", 0, 0,
                "is a folder, not a scenario file");
    }

    @Test
    void emptyFileOnDisk(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path file = Files.createFile(dir.resolve("empty.json"));
        assertProblem(assertThrows(ScenarioFileException.class, () -> ScenarioFiles.read(file)), "", 0, 0, "is empty");
    }

    @Test
    void invalidUtf8Bytes(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        byte[] good = GOOD.getBytes(StandardCharsets.UTF_8);
        int at = GOOD.indexOf("gpt-4o\"");
        good[at + 3] = (byte) 0xFF;
        Path file = Files.write(dir.resolve("latin.json"), good);

        var e = assertThrows(ScenarioFileException.class, () -> ScenarioFiles.read(file));
        assertProblem(e, "", 17, 18, "is not UTF-8 text (byte 0xFF does not belong here)");
    }

    @Test
    void unreadableFile(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("secret.json"), GOOD);
        org.junit.jupiter.api.Assumptions.assumeTrue(file.toFile().setReadable(false, false) && !Files.isReadable(file),
                "permissions are not enforced here (e.g. running as root)");
        assertProblem(assertThrows(ScenarioFileException.class, () -> ScenarioFiles.read(file)), "", 0, 0,
                "cannot be opened: permission denied");
    }

    @Test
    void promptsSectionMistakes() {
        assertProblem(fails(edit("\"encoding\" : \"o200k_base\"", "\"encoding\" : \"gpt2\"")), "prompts.encoding", 224, 18,
                "must be one of \"o200k_base\", \"cl100k_base\", \"p50k_base\", \"r50k_base\", not 'gpt2'");
        assertProblem(fails(edit("\"inputTokenShare\" : 0.378", "\"inputTokenShare\" : 1.5")), "prompts.inputTokenShare",
                225, 25, "1");
        assertProblem(fails(edit("\"placeholder\" : \"message\"", "\"placeholder\" : \"{message}\"")),
                "prompts.samples[0].placeholder", 235, 23, "'{message}' is not a placeholder name");
        assertProblem(fails(edit("\"model\" : \"gpt-4o\",\n    \"encoding\"", "\"model\" : \" \",\n    \"encoding\"")),
                "prompts.model", 223, 15, "must not be empty");
    }

    @Test
    void selfHostChoicesMustBeNamedAsTheFileWritesThem() {
        assertProblem(fails(editSelfHost("\"basis\" : \"tokens\"", "\"basis\" : \"gpu-hours\"")),
                "selfHost.throughput.basis", 293, 17, "must be \"tokens\" or \"requests\"");
        assertProblem(fails(editSelfHost("\"basis\" : \"tokens\"", "\"basis\" : \"Tokens\"")),
                "selfHost.throughput.basis", 293, 17, "not 'Tokens'");
        assertProblem(fails(editSelfHost("\"apiBasis\" : \"plan\"", "\"apiBasis\" : \"optimised\"")),
                "selfHost.apiBasis", 305, 18, "must be \"plan\" or \"reference\"");
    }

    @Test
    void selfHostValuesAreCheckedWhereTheyStand() {
        assertProblem(fails(editSelfHost("\"modelName\" : \"Llama 3.1 8B Instruct (vLLM)\"", "\"modelName\" : \"  \"")),
                "selfHost.modelName", 288, 19, "must not be empty");
        assertProblem(fails(editSelfHost("\"targetUtilisation\" : 0.7", "\"targetUtilisation\" : 0")),
                "selfHost.targetUtilisation", 298, 27, "must be between 0.01 and 1 (was 0)");
        assertProblem(fails(editSelfHost("\"quality\" : 0.88", "\"quality\" : 88")),
                "selfHost.quality", 289, 17, "must be between 0 and 1 (was 88)");
        assertProblem(fails(editSelfHost("\"minReplicas\" : 2", "\"minReplicas\" : 2.5")),
                "selfHost.minReplicas", 300, 21, "must be a whole number (was 2.5)");
        assertProblem(fails(editSelfHost("\"gpuUsdPerHour\" : 1.2", "\"gpuUsdPerHour\" : -1.2")),
                "selfHost.gpuUsdPerHour", 290, 23, "must not be negative (was -1.2)");
    }

    /** Only the figures the chosen basis sizes replicas by must be above 0; the other basis's may be 0. */
    @Test
    void selfHostThroughputOnTheChosenBasisMustBeAboveZero() throws Exception {
        String why = "must be above 0: a replica with no throughput serves nothing";
        assertProblem(fails(editSelfHost("\"inputTokensPerSecond\" : 10000", "\"inputTokensPerSecond\" : 0")),
                "selfHost.throughput.inputTokensPerSecond", 294, 32, why);
        assertProblem(fails(editSelfHost("\"outputTokensPerSecond\" : 2000", "\"outputTokensPerSecond\" : 0")),
                "selfHost.throughput.outputTokensPerSecond", 295, 33, why);
        String requestsBasis = GOOD.replace("\"basis\" : \"tokens\"", "\"basis\" : \"requests\"");
        assertProblem(fails(requestsBasis.replace("\"requestsPerSecond\" : 5", "\"requestsPerSecond\" : 0")),
                "selfHost.throughput.requestsPerSecond", 296, 29, why);

        ScenarioFiles.read(editSelfHost("\"requestsPerSecond\" : 5", "\"requestsPerSecond\" : 0"), "tokens.json");
        ScenarioFiles.read(requestsBasis.replace("\"inputTokensPerSecond\" : 10000", "\"inputTokensPerSecond\" : 0"),
                "requests.json");
    }

    @Test
    void selfHostFieldsMissingOrOfTheWrongKind() {
        assertProblem(fails(editSelfHost("\"peakToAverage\" : 3,\n    ", "")), "selfHost.peakToAverage", 287, 16,
                "missing required field");
        assertProblem(fails(editSelfHost("\"gpuUsdPerHour\" : 1.2", "\"gpuUsdPerHour\" : \"1.2\"")),
                "selfHost.gpuUsdPerHour", 290, 23, "expected a number but found the text \"1.2\"");
        assertProblem(fails(editSelfHost("\"gpuUsdPerHour\" : 1.2", "\"gpuUsdPerHour\" : NaN")),
                "selfHost.gpuUsdPerHour", 290, 23, "NaN is not a number");
        assertProblem(fails(editSelfHost("\"basis\" : \"tokens\"", "\"basis\" : 1")),
                "selfHost.throughput.basis", 293, 17, "expected text in double quotes but found the number 1");
        assertProblem(fails(editSelfHost("\"throughput\" : {", "\"throughput\" : 5, \"x\" : {")),
                "selfHost.throughput", 292, 20, "expected a section { ... } but found the number 5");
        assertProblem(fails(editSelfHost("\"selfHost\" :", "\"selfhost\" :")), "selfHost", 1, 1, "missing required field");
    }

    @Test
    void unknownBundledExample() {
        var e = assertThrows(ScenarioFileException.class, () -> ScenarioFiles.readResource("scenarios/nope.json"));
        assertEquals("scenarios/nope.json: is not one of the bundled examples", e.getMessage());
    }

    private static ScenarioFileException fails(String json) {
        return assertThrows(ScenarioFileException.class, () -> ScenarioFiles.read(json, "bad.json"));
    }

    private static void assertProblem(ScenarioFileException e, String field, int line, int column, String reasonPart) {
        assertAll(e.getMessage(),
                () -> assertEquals(field, e.field(), "field"),
                () -> assertEquals(line, e.line(), "line"),
                () -> assertEquals(column, e.column(), "column"),
                () -> assertTrue(e.reason().contains(reasonPart), "reason: " + e.reason()),
                () -> assertTrue(e.getMessage().endsWith(e.reason())),
                () -> assertFalse(e.getMessage().contains("\n")),
                () -> PlainMessages.assertPlain(e));
    }

    /**
     * {@code GOOD} with the first occurrence of {@code from} replaced; fails if it is not there. The
     * reference model comes before the routing tiers, so its fields are the first of their kind.
     */
    private static String edit(String from, String to) {
        int at = GOOD.indexOf(from);
        assertTrue(at >= 0, "an occurrence of " + from);
        return GOOD.substring(0, at) + to + GOOD.substring(at + from.length());
    }

    /** {@code GOOD} with the first occurrence of {@code from} in the self-host section replaced. */
    private static String editSelfHost(String from, String to) {
        int section = GOOD.indexOf("\"selfHost\" :");
        int at = GOOD.indexOf(from, section);
        assertTrue(section >= 0 && at >= 0, "an occurrence of " + from + " in the self-host section");
        return GOOD.substring(0, at) + to + GOOD.substring(at + from.length());
    }

    private static String readGood() {
        try {
            return Files.readString(Path.of("scenarios/saas-support.json"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
