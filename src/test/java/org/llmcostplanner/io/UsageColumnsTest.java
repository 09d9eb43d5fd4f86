package org.llmcostplanner.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llmcostplanner.model.usage.RejectReason;
import org.llmcostplanner.model.usage.RejectedRow;
import org.llmcostplanner.model.usage.UsageRecord;

class UsageColumnsTest {
    /**
     * Observations as Langfuse's public API returns them (ObservationsView: startTime, endTime,
     * usageDetails with disjoint keys, costDetails, latency in seconds, level), written by hand
     * from its reference, one per line.
     */
    private static final String LANGFUSE = String.join("\n",
            "{\"id\":\"obs-1\",\"traceId\":\"t-1\",\"type\":\"GENERATION\",\"name\":\"summarize-ticket\","
                    + "\"startTime\":\"2026-03-01T10:00:00.000Z\",\"endTime\":\"2026-03-01T10:00:01.250Z\","
                    + "\"model\":\"gpt-4o-mini\",\"level\":\"DEFAULT\",\"statusMessage\":null,\"latency\":1.25,"
                    + "\"usageDetails\":{\"input\":600,\"input_cached_tokens\":400,\"output\":150,\"output_reasoning_tokens\":50,"
                    + "\"total\":1200},\"costDetails\":{\"input\":0.00012,\"output\":0.00012,\"total\":0.00024},"
                    + "\"metadata\":{\"userId\":\"u-7\"}}",
            "{\"id\":\"obs-2\",\"traceId\":\"t-1\",\"type\":\"SPAN\",\"name\":\"retrieve\",\"startTime\":\"2026-03-01T10:00:00Z\","
                    + "\"level\":\"DEFAULT\",\"usageDetails\":{},\"costDetails\":{}}",
            "{\"id\":\"obs-3\",\"traceId\":\"t-2\",\"type\":\"GENERATION\",\"name\":\"answer\","
                    + "\"startTime\":\"2026-03-01T11:00:00Z\",\"endTime\":\"2026-03-01T11:00:02.5Z\",\"model\":\"gpt-4o-mini\","
                    + "\"level\":\"ERROR\",\"statusMessage\":\"rate limited\",\"usage\":{\"input\":1000,\"output\":200,"
                    + "\"total\":1200,\"unit\":\"TOKENS\"},\"metadata\":{\"feature\":\"support-chat\"}}",
            "{\"id\":\"obs-4\",\"type\":\"GENERATION\",\"name\":\"legacy\",\"startTime\":\"2026-03-01T12:00:00Z\","
                    + "\"model\":\"claude-haiku\",\"promptTokens\":300,\"completionTokens\":20,\"calculatedTotalCost\":0.0004,"
                    + "\"level\":\"WARNING\",\"userId\":\"u-9\"}",
            "{\"id\":\"obs-5\",\"type\":\"EMBEDDING\",\"name\":\"embed-query\",\"startTime\":\"2026-03-01T12:00:00Z\","
                    + "\"model\":\"text-embedding-3-small\",\"usageDetails\":{\"input\":42,\"output\":0},\"costDetails\":{\"total\":8.4e-7},"
                    + "\"latency\":0.08}",
            "");

    @Test
    void langfuseObservationsBecomeRecordsAndSpansAreNotCalls() throws Exception {
        UsageTestSinks.Collecting sink = new UsageTestSinks.Collecting();
        UsageLogReader.Summary summary = new UsageLogReader(UsageColumns.LANGFUSE, ZoneOffset.UTC, UsageTestSinks.catalog())
                .read(new StringReader(LANGFUSE), "observations.jsonl", UsageLogReader.Format.JSONL, sink);

        assertEquals(new UsageLogReader.Summary("observations.jsonl", 5, 4, 1, Map.of(RejectReason.NOT_A_CALL, 1L)), summary);
        assertEquals(List.of(new RejectedRow("observations.jsonl", 2, RejectReason.NOT_A_CALL,
                "type: SPAN is not a model call (only EMBEDDING or GENERATION are)")), sink.rejected);
        assertEquals(List.of(
                // usageDetails keys are disjoint: cached tokens are added back to the input, reasoning to the output.
                new UsageRecord(Instant.parse("2026-03-01T10:00:00Z"), "obs-1", "gpt-4o-mini", "summarize-ticket", "u-7",
                        1000, 200, 400, 1250, 0.00024, false, 200, false),
                // No cost: priced from the catalog; no latency: end minus start; level ERROR: a failed call.
                new UsageRecord(Instant.parse("2026-03-01T11:00:00Z"), "obs-3", "gpt-4o-mini", "support-chat", "",
                        1000, 200, 0, 2500, (1000 * 0.15 + 200 * 0.60) / 1e6, true, 500, false),
                new UsageRecord(Instant.parse("2026-03-01T12:00:00Z"), "obs-4", "claude-haiku", "legacy", "u-9",
                        300, 20, 0, 0, 0.0004, false, 200, false),
                new UsageRecord(Instant.parse("2026-03-01T12:00:00Z"), "obs-5", "text-embedding-3-small", "embed-query", "",
                        42, 0, 0, 80, 8.4e-7, false, 200, false)), sink.accepted);
    }

    @Test
    void aMissingRequiredSourceNamesItsAlternatives() throws Exception {
        UsageTestSinks.Collecting sink = new UsageTestSinks.Collecting();
        new UsageLogReader(UsageColumns.LANGFUSE, ZoneOffset.UTC, null).read(new StringReader(
                "{\"type\":\"GENERATION\",\"startTime\":\"2026-03-01T12:00:00Z\",\"model\":\"m\",\"usageDetails\":{\"input\":1}}"),
                "o.jsonl", UsageLogReader.Format.JSONL, sink);
        assertEquals("output_tokens (usageDetails.output+usageDetails.output_reasoning_tokens|usage.output|completionTokens):"
                + " missing or empty", sink.rejected.get(0).detail());
    }

    @Test
    void aHeaderSuggestsAMappingThroughSynonyms() {
        UsageColumns guessed = UsageColumns.guess(List.of("Created At", "Model Name", "Prompt Tokens", "completion_tokens",
                "cost", "Cost USD", "user", "latency", "id"));
        assertEquals(Map.of(UsageField.TIMESTAMP, "Created At", UsageField.MODEL, "Model Name",
                UsageField.INPUT_TOKENS, "Prompt Tokens", UsageField.OUTPUT_TOKENS, "completion_tokens",
                UsageField.COST_USD, "Cost USD", UsageField.USER_ID, "user", UsageField.LATENCY_MS, "latency",
                UsageField.REQUEST_ID, "id"), text(guessed));
        assertEquals(List.of(), guessed.missingRequired());
        assertEquals(List.of(UsageField.INPUT_TOKENS, UsageField.OUTPUT_TOKENS),
                UsageColumns.guess(List.of("timestamp", "model")).missingRequired());
    }

    @Test
    void nestedJsonPathsAreMatchedByTheirLastName(@TempDir Path folder) throws Exception {
        Path file = Files.writeString(folder.resolve("openai.jsonl"), "{\"created\":1772359200,\"model\":\"gpt-4o-mini\","
                + "\"usage\":{\"prompt_tokens\":12,\"completion_tokens\":3,\"prompt_tokens_details\":{\"cached_tokens\":0}}}\n");
        List<String> paths = UsageLogReader.columnsOf(file, UsageLogReader.Format.JSONL);
        assertEquals(List.of("created", "model", "usage.prompt_tokens", "usage.completion_tokens",
                "usage.prompt_tokens_details.cached_tokens"), paths);
        UsageColumns guessed = UsageColumns.guess(paths);
        assertEquals(Map.of(UsageField.TIMESTAMP, "created", UsageField.MODEL, "model",
                UsageField.INPUT_TOKENS, "usage.prompt_tokens", UsageField.OUTPUT_TOKENS, "usage.completion_tokens",
                UsageField.CACHED_TOKENS, "usage.prompt_tokens_details.cached_tokens"), text(guessed));
        UsageTestSinks.Collecting sink = new UsageTestSinks.Collecting();
        new UsageLogReader(guessed, ZoneOffset.UTC, UsageTestSinks.catalog()).read(file, sink);
        assertEquals(Instant.parse("2026-03-01T10:00:00Z"), sink.accepted.get(0).timestamp());
        assertEquals(12, sink.accepted.get(0).inputTokens());
    }

    @Test
    void aHandMadeMappingReadsOtherHeaders(@TempDir Path folder) throws Exception {
        Path file = Files.writeString(folder.resolve("export.csv"), "when,llm,in,out\n2026-03-01T10:00:00Z,gpt-4o-mini,10,5\n");
        assertEquals(List.of("when", "llm", "in", "out"), UsageLogReader.columnsOf(file, UsageLogReader.Format.CSV));
        UsageColumns byHand = UsageColumns.of("by hand", Map.of(UsageField.TIMESTAMP, UsageColumns.Source.column("when"),
                UsageField.MODEL, UsageColumns.Source.column("llm"), UsageField.INPUT_TOKENS, UsageColumns.Source.column("in"),
                UsageField.OUTPUT_TOKENS, UsageColumns.Source.column("out")));
        UsageTestSinks.Collecting sink = new UsageTestSinks.Collecting();
        assertEquals(1, new UsageLogReader(byHand, ZoneOffset.UTC, UsageTestSinks.catalog()).read(file, sink).rowsAccepted());
        assertThrows(IllegalArgumentException.class, () -> byHand.with(UsageField.MODEL, UsageColumns.Source.parse("a+b")),
                "text fields cannot be sums");
        assertEquals("a+b|c", UsageColumns.Source.parse("a + b|c").toString());
    }

    private static Map<UsageField, String> text(UsageColumns columns) {
        Map<UsageField, String> text = new java.util.EnumMap<>(UsageField.class);
        columns.sources().forEach((field, source) -> text.put(field, source.toString()));
        return text;
    }
}
