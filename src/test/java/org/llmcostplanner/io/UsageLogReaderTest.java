package org.llmcostplanner.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
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

class UsageLogReaderTest {
    static final String HEADER = "timestamp,request_id,model,feature,user_id,input_tokens,output_tokens,cached_tokens,"
            + "latency_ms,cost_usd,status_code,is_retry\n";
    private static final UsageLogReader STANDARD = new UsageLogReader(UsageColumns.STANDARD, ZoneOffset.UTC,
            UsageTestSinks.catalog());

    @TempDir
    Path folder;

    private static UsageTestSinks.Collecting read(String text, UsageLogReader.Format format) throws ScenarioFileException {
        UsageTestSinks.Collecting sink = new UsageTestSinks.Collecting();
        UsageLogReader.Summary summary = STANDARD.read(new StringReader(text), "log.csv", format, sink);
        assertEquals(summary.rowsAccepted(), sink.accepted.size());
        assertEquals(summary.rowsRejected(), sink.rejected.size());
        return sink;
    }

    @Test
    void everyRejectReasonIsReportedWithItsLineAndTheFieldAndTheImportGoesOn() throws Exception {
        String csv = HEADER
                + "2026-03-01T10:00:00Z,r1,gpt-4o-mini,chat,u1,1000,200,0,850,0.0003,200,false\n"
                + "\n"
                + "2026-03-01T10:00:01Z,r2,gpt-4o-mini,chat,u1,\"1000,200,0,850,0.0003,200,false\n"
                + "2026-03-01T10:00:02Z,r3,gpt-4o-mini,chat,u1,1000,200,0,850,0.0003,200\n"
                + "2026-03-01T10:00:03Z,r4,,chat,u1,1000,200,0,850,0.0003,200,false\n"
                + "2026-02-30T10:00:00Z,r5,gpt-4o-mini,chat,u1,1000,200,0,850,0.0003,200,false\n"
                + "2026-03-01T10:00:05Z,r6,gpt-4o-mini,chat,u1,12a,200,0,850,0.0003,200,false\n"
                + "2026-03-01T10:00:06Z,r7,gpt-4o-mini,chat,u1,1000,200,0,850,\"0,0003\",200,false\n"
                + "2026-03-01T10:00:07Z,r8,gpt-4o-mini,chat,u1,1000,-5,0,850,0.0003,200,false\n"
                + "2026-03-01T10:00:08Z,r9,gpt-4o-mini,chat,u1,1000,200,1200,850,0.0003,200,false\n"
                + "2026-03-01T10:00:09Z,r10,gpt-4o-mini,chat,u1,1000,200,0,-1,0.0003,200,false\n"
                + "2026-03-01T10:00:10Z,r11,gpt-4o-mini,chat,u1,1000,200,0,850,-0.01,200,false\n"
                + "2026-03-01T10:00:11Z,r12,mystery-model,chat,u1,1000,200,0,850,,200,false\n"
                + "2026-03-01T10:00:12Z,r13,gpt-4o-mini,chat,u1,1000,200,0,850,0.0003,200,maybe\n"
                + "   \n"
                + "2026-03-01T10:00:13Z,r14,gpt-4o-mini,chat,u1,1000,200,0,850,0.0003,200,true\n";
        UsageTestSinks.Collecting sink = read(csv, UsageLogReader.Format.CSV);

        assertEquals(List.of(
                new RejectedRow("log.csv", 4, RejectReason.MALFORMED_LINE,
                        "not a CSV row: a quoted cell is not closed, or text follows its closing quote"),
                new RejectedRow("log.csv", 5, RejectReason.WRONG_COLUMN_COUNT, "11 cells where the header has 12"),
                new RejectedRow("log.csv", 6, RejectReason.MISSING_FIELD, "model: missing or empty"),
                new RejectedRow("log.csv", 7, RejectReason.BAD_TIMESTAMP,
                        "timestamp: '2026-02-30T10:00:00Z' is not an ISO-8601 time such as 2026-03-01T14:05:00Z"),
                new RejectedRow("log.csv", 8, RejectReason.NON_NUMERIC, "input_tokens: '12a' is not a number (write decimals"
                        + " with a point and no thousands separators)"),
                new RejectedRow("log.csv", 9, RejectReason.NON_NUMERIC, "cost_usd: '0,0003' is not a number (write decimals"
                        + " with a point and no thousands separators)"),
                new RejectedRow("log.csv", 10, RejectReason.NEGATIVE_OR_INCONSISTENT,
                        "output_tokens: must not be negative (was -5)"),
                new RejectedRow("log.csv", 11, RejectReason.NEGATIVE_OR_INCONSISTENT,
                        "cached_tokens: 1200 is more than input_tokens 1000 (cached tokens are part of the input)"),
                new RejectedRow("log.csv", 12, RejectReason.NEGATIVE_OR_INCONSISTENT, "latency_ms: must not be negative (was -1)"),
                new RejectedRow("log.csv", 13, RejectReason.NEGATIVE_OR_INCONSISTENT, "cost_usd: must not be negative (was -0.01)"),
                new RejectedRow("log.csv", 14, RejectReason.UNPRICED_MODEL,
                        "cost_usd: missing, and model 'mystery-model' has no price in the catalog"),
                new RejectedRow("log.csv", 15, RejectReason.NON_NUMERIC,
                        "is_retry: 'maybe' is neither true nor false (write true/false, yes/no or 1/0)")), sink.rejected);
        assertEquals(List.of("r1", "r14"), sink.accepted.stream().map(UsageRecord::requestId).toList());
        assertEquals(new UsageRecord(Instant.parse("2026-03-01T10:00:13Z"), "r14", "gpt-4o-mini", "chat", "u1", 1000, 200, 0,
                850, 0.0003, false, 200, true), sink.accepted.get(1));
    }

    @Test
    void brokenJsonAndValuesThatAreNotObjectsAreMalformedLines() throws Exception {
        String jsonl = "{\"timestamp\":\"2026-03-01T10:00:00Z\",\"model\":\"gpt-4o-mini\",\"input_tokens\":10,\"output_tokens\":5,"
                + "\"cost_usd\":0.001}\n"
                + "{\"timestamp\":\"2026-03-01T10:00:00Z\",\"model\":\n"
                + "[1, 2]\n"
                + "{\"timestamp\":1772359200,\"model\":\"gpt-4o-mini\",\"input_tokens\":10,\"output_tokens\":5} trailing\n"
                + "{\"timestamp\":1772359200000,\"model\":\"gpt-4o-mini\",\"input_tokens\":10.0,\"output_tokens\":5,"
                + "\"cost_usd\":null,\"user_id\":null,\"is_retry\":true}\n";
        UsageTestSinks.Collecting sink = read(jsonl, UsageLogReader.Format.JSONL);

        assertEquals(List.of(2L, 3L, 4L), sink.rejected.stream().map(RejectedRow::line).toList());
        assertTrue(sink.rejected.stream().allMatch(row -> row.reason() == RejectReason.MALFORMED_LINE));
        assertTrue(sink.rejected.get(0).detail().startsWith("not valid JSON"), sink.rejected.get(0).detail());
        assertEquals("a list [ ... ] where an object { ... } is expected", sink.rejected.get(1).detail());
        UsageRecord epochMillis = sink.accepted.get(1);
        assertEquals(Instant.parse("2026-03-01T10:00:00Z"), epochMillis.timestamp());
        assertEquals("", epochMillis.userId());
        assertTrue(epochMillis.costEstimated());
        assertEquals((10 * 0.15 + 5 * 0.60) / 1e6, epochMillis.costUsd(), 1e-18);
        assertTrue(epochMillis.retry());
    }

    @Test
    void aRowWithoutCostIsPricedFromTheCatalogAndMarkedEstimated() throws Exception {
        String csv = "timestamp,model,input_tokens,output_tokens,cached_tokens,cost_usd\n"
                + "2026-03-01T10:00:00Z,gpt-4o-mini,1000,200,400,\n"
                + "2026-03-01T10:00:00Z,Claude-Haiku,1000,200,400,\n"
                + "2026-03-01T10:00:00Z,anthropic/claude-haiku,1000,200,0,\n"
                + "2026-03-01T10:00:00Z,gpt-4o-mini,1000,200,400,0.5\n";
        List<UsageRecord> rows = read(csv, UsageLogReader.Format.CSV).accepted;

        // gpt-4o-mini: 600 uncached at $0.15, 400 cached at $0.075, 200 out at $0.60 per 1M tokens.
        assertEquals((600 * 0.15 + 400 * 0.075 + 200 * 0.60) / 1e6, rows.get(0).costUsd(), 1e-18);
        assertEquals(0.00024, rows.get(0).costUsd(), 1e-15);
        // claude-haiku lists no cached price: cached tokens at the input price; the id matches without case.
        assertEquals((1000 * 1.0 + 200 * 5.0) / 1e6, rows.get(1).costUsd(), 1e-18);
        assertEquals((1000 * 1.0 + 200 * 5.0) / 1e6, rows.get(2).costUsd(), 1e-18, "a provider prefix is dropped");
        assertEquals(List.of(true, true, true, false), rows.stream().map(UsageRecord::costEstimated).toList());
        assertEquals(0.5, rows.get(3).costUsd(), "the log's own cost wins");
    }

    @Test
    void quotedCellsMayHoldTheDelimiterAndQuotesAndOverlongLinesAreMalformed() throws Exception {
        String csv = "timestamp,model,feature,input_tokens,output_tokens,cost_usd\n"
                + "2026-03-01T10:00:00Z,gpt-4o-mini,\"support, \"\"chat\"\"\" ,1,2,0.1\n"
                + "2026-03-01T10:00:00Z,gpt-4o-mini,a\"b,1,2,0.1\n"
                + "2026-03-01T10:00:00Z,gpt-4o-mini,\"a\"b,1,2,0.1\n"
                + "2026-03-01T10:00:00Z,gpt-4o-mini," + "x".repeat(LogLines.MAX_LINE_CHARS) + ",1,2,0.1\n"
                + "2026-03-01T10:00:00Z,gpt-4o-mini,last,1,2,0.1\n";
        UsageTestSinks.Collecting sink = read(csv, UsageLogReader.Format.CSV);
        assertEquals(List.of("support, \"chat\"", "a\"b", "last"), sink.accepted.stream().map(UsageRecord::feature).toList());
        assertEquals(List.of(4L, 5L), sink.rejected.stream().map(RejectedRow::line).toList());
        assertEquals("longer than 1048576 characters; not a usage-log row", sink.rejected.get(1).detail());
    }

    @Test
    void optionalFieldsTakeTheirDefaults() throws Exception {
        UsageRecord row = read("timestamp,model,input_tokens,output_tokens\n2026-03-01T10:00:00Z,gpt-4o-mini,1,2",
                UsageLogReader.Format.CSV).accepted.get(0);
        assertEquals(new UsageRecord(Instant.parse("2026-03-01T10:00:00Z"), "", "gpt-4o-mini", "", "", 1, 2, 0, 0,
                (1 * 0.15 + 2 * 0.60) / 1e6, true, 200, false), row);
    }

    @Test
    void blankLinesAreNotRowsAndATrailingNewlineMakesNoRow() throws Exception {
        String rows = "2026-03-01T10:00:00Z,gpt-4o-mini,1,2,0.1\r\n\r\n2026-03-01T10:00:00Z,gpt-4o-mini,1,2,0.1";
        String header = "timestamp,model,input_tokens,output_tokens,cost_usd\r\n";
        for (String text : List.of(header + rows, header + rows + "\r\n", "\n\n" + header + rows + "\n\n\n",
                "\uFEFF" + header + rows)) {
            UsageLogReader.Summary summary = STANDARD.read(new StringReader(text), "log.csv", UsageLogReader.Format.CSV,
                    new UsageTestSinks.Collecting());
            assertEquals(new UsageLogReader.Summary("log.csv", 2, 2, 0, Map.of()), summary, text);
        }
        UsageTestSinks.Collecting sink = read(header + "\n" + rows, UsageLogReader.Format.CSV);
        assertEquals(0, sink.rejected.size());
    }

    @Test
    void aHeaderWithoutRowsReadsAsNoRowsAndSemicolonsWork() throws Exception {
        UsageLogReader.Summary summary = STANDARD.read(new StringReader(HEADER), "log.csv", UsageLogReader.Format.CSV,
                new UsageTestSinks.Collecting());
        assertEquals(0, summary.rowsRead());
        UsageTestSinks.Collecting sink = read("Timestamp;Model;Input_Tokens;Output_Tokens\n2026-03-01T10:00:00Z;gpt-4o-mini;1;2\n",
                UsageLogReader.Format.CSV);
        assertEquals(1, sink.accepted.size(), "semicolons, and headers compared without case");
    }

    @Test
    void aHeaderWithoutARequiredColumnIsRefusedNamingIt() {
        ScenarioFileException e = assertThrows(ScenarioFileException.class, () -> read(
                "timestamp,model,prompt_tokens,output_tokens\n2026-03-01T10:00:00Z,gpt-4o-mini,1,2\n", UsageLogReader.Format.CSV));
        assertEquals(1, e.line());
        assertEquals("log.csv, line 1: the header has no column for input_tokens (mapping: standard); found:"
                + " timestamp,model,prompt_tokens,output_tokens; choose the columns in the import's mapping step",
                e.getMessage());
        PlainMessages.assertPlain(e);
    }

    @Test
    void fileErrorsNameTheFile() throws Exception {
        Path missing = folder.resolve("missing.csv");
        assertEquals(missing + ": file not found", refused(missing).getMessage());
        assertEquals(folder + ": is a folder, not a usage log", refused(folder).getMessage());
        Path empty = Files.writeString(folder.resolve("empty.csv"), "\n  \n");
        assertEquals(empty + ": is empty; a usage log needs a header row and rows under it", refused(empty).getMessage());
        Path latin1 = folder.resolve("latin1.csv");
        Files.write(latin1, (HEADER + "2026-03-01T10:00:00Z,r1,gpt-4o-mini,caf\u00e9,u1,1,2,0,0,0.1,200,false\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        ScenarioFileException notUtf8 = refused(latin1);
        assertEquals(2, notUtf8.line());
        assertEquals(latin1 + ", line 2: is not UTF-8 text (byte 0xE9 does not belong here); save the file with UTF-8 encoding", notUtf8.getMessage());
        for (Path file : List.of(missing, folder, empty, latin1)) {
            PlainMessages.assertPlain(refused(file));
        }
    }

    private ScenarioFileException refused(Path file) {
        return assertThrows(ScenarioFileException.class, () -> STANDARD.read(file, new UsageTestSinks.Collecting()));
    }

    @Test
    void aMappingWithoutARequiredFieldIsRefusedBeforeReading() {
        UsageColumns partial = UsageColumns.STANDARD.with(UsageField.MODEL, null);
        assertEquals(List.of(UsageField.MODEL), partial.missingRequired());
        assertThrows(IllegalArgumentException.class, () -> new UsageLogReader(partial, ZoneOffset.UTC, null));
        assertFalse(UsageColumns.STANDARD.sources().containsKey(UsageField.END_TIME));
    }
}
