package org.llmcostplanner.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.llmcostplanner.model.price.PriceCatalog;
import org.llmcostplanner.model.usage.RejectReason;
import org.llmcostplanner.model.usage.RejectedRow;
import org.llmcostplanner.model.usage.UsageSink;

/**
 * Reads a usage log, CSV or JSON Lines, in one streaming pass: each row goes to the
 * {@link UsageSink} as it is read, accepted or rejected, and nothing is kept, so memory does not
 * grow with the file. A row is one line (see {@link CsvLine}); lines that are empty or only
 * spaces are not rows, and a final line break does not make one. A CSV file's first non-blank line
 * is its header (comma, semicolon or tab separated); a file with a header and no rows reads as 0
 * rows. A bad row is rejected with its 1-based line and a detail naming the field, and reading
 * goes on; every row read is accepted or rejected, never both.
 *
 * <p>Files are strict UTF-8, with or without a byte order mark. A file that is missing, a folder,
 * unreadable, not UTF-8 or empty (no non-blank line) is refused with a {@link ScenarioFileException}
 * naming it; rows already sent to the sink then are a prefix of the file, to be discarded, as on
 * cancellation.
 */
public final class UsageLogReader {
    /** Rows between checks for cancellation and progress reports. */
    static final int ROWS_PER_CHECK = 4096;
    private static final ObjectReader JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build().reader();

    /** How the rows are written. */
    public enum Format {
        CSV, JSONL;

        /** JSONL for {@code .jsonl}, {@code .ndjson} and {@code .json} files, CSV otherwise ({@code .csv}, {@code .tsv}, {@code .txt}). */
        public static Format of(Path file) {
            String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
            return name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json") ? JSONL : CSV;
        }
    }

    /** Told how far the reading is, every few thousand rows and once at the end (read == total). */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (bytesRead, totalBytes) -> { };

        /**
         * @param bytesRead  bytes of the file read so far (a little ahead of the rows sent)
         * @param totalBytes the file's size in bytes
         */
        void update(long bytesRead, long totalBytes);
    }

    /**
     * What one import read; {@code rowsRead == rowsAccepted + rowsRejected} always.
     *
     * @param source           the file as named in messages
     * @param rowsRead         rows read: lines that are not blank, less the CSV header
     * @param rejectedByReason the rejected rows counted by reason; reasons without rows are left out
     */
    public record Summary(String source, long rowsRead, long rowsAccepted, long rowsRejected,
                          Map<RejectReason, Long> rejectedByReason) {
        public Summary {
            Objects.requireNonNull(source, "source");
            EnumMap<RejectReason, Long> copy = new EnumMap<>(RejectReason.class);
            copy.putAll(rejectedByReason);
            rejectedByReason = Collections.unmodifiableMap(copy);
            if (rowsRead != rowsAccepted + rowsRejected) {
                throw new IllegalArgumentException("rows read " + rowsRead + " != accepted " + rowsAccepted
                        + " + rejected " + rowsRejected);
            }
        }
    }

    private final UsageColumns columns;
    private final ZoneId zone;
    private final PriceCatalog catalog;

    /**
     * @param columns where the fields are; must map every required field ({@link UsageColumns#missingRequired()})
     * @param zone    the zone of timestamps that have no offset
     * @param catalog prices for rows without a cost; null prices none (such rows are then rejected)
     */
    public UsageLogReader(UsageColumns columns, ZoneId zone, PriceCatalog catalog) {
        this.columns = Objects.requireNonNull(columns, "columns");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.catalog = catalog;
        if (!columns.missingRequired().isEmpty()) {
            throw new IllegalArgumentException("the mapping '" + columns.name() + "' has no column for "
                    + columns.missingRequired().stream().map(UsageField::standardName).toList());
        }
    }

    /** Reads {@code file} in the format its extension names, without progress or cancellation. */
    public Summary read(Path file, UsageSink sink) throws ScenarioFileException {
        return read(file, Format.of(file), sink, Progress.NONE, () -> false);
    }

    /**
     * Reads {@code file} for a background task.
     *
     * @param format    CSV or JSONL; see {@link Format#of} for the usual choice
     * @param progress  told the bytes read every {@value #ROWS_PER_CHECK} rows and at the end
     * @param cancelled asked every {@value #ROWS_PER_CHECK} rows, as is the thread's interrupt flag
     * @throws CancellationException when cancelled or interrupted: the sink saw a prefix of the rows; discard it
     * @throws ScenarioFileException naming the file: missing, a folder, unreadable, not UTF-8, empty, or a CSV
     *                               header without a column for a required field
     */
    public Summary read(Path file, Format format, UsageSink sink, Progress progress, BooleanSupplier cancelled)
            throws ScenarioFileException {
        String source = file.toString();
        if (Files.isDirectory(file)) {
            throw new ScenarioFileException(source, 0, 0, "", "is a folder, not a usage log", null);
        }
        try (StrictUtf8Reader text = new StrictUtf8Reader(Files.newInputStream(file))) {
            long size = Files.size(file);
            return read(text, source, format, sink, () -> progress.update(Math.min(text.bytesRead(), size), size), cancelled,
                    () -> progress.update(size, size));
        } catch (IOException e) {
            throw FileText.failure(file, e);
        }
    }

    /** Reads rows from {@code text}; {@code source} names it in messages. */
    public Summary read(Reader text, String source, Format format, UsageSink sink) throws ScenarioFileException {
        try {
            return read(text, source, format, sink, () -> { }, () -> false, () -> { });
        } catch (IOException e) {
            throw new ScenarioFileException(source, 0, 0, "", FileErrors.describe(e), e);
        }
    }

    private Summary read(Reader text, String source, Format format, UsageSink sink, Runnable report,
                         BooleanSupplier cancelled, Runnable done) throws IOException, ScenarioFileException {
        LogLines lines = new LogLines(text);
        UsagePricing pricing = new UsagePricing(catalog);
        Counts counts = new Counts();
        String line;
        try {
            line = nonBlank(lines);
            if (line == null) {
                throw new ScenarioFileException(source, 0, 0, "", "is empty; a usage log needs "
                        + (format == Format.CSV ? "a header row and rows under it" : "one JSON object per line"), null);
            }
            if (format == Format.CSV) {
                readCsv(line, lines, source, sink, counts, pricing, report, cancelled);
            } else {
                UsageRows rows = UsageRows.forJson(columns, zone, pricing, source);
                for (; line != null; line = nonBlank(lines)) {
                    counts.add(lines.tooLong() ? tooLong(source, lines, sink) : json(rows, line, lines.lineNumber(), source, sink));
                    counts.check(source, report, cancelled);
                }
            }
        } catch (CharacterCodingException e) {
            String bad = e instanceof StrictUtf8Reader.NotUtf8 notUtf8 ? " (" + notUtf8.describe() + ")" : "";
            throw new ScenarioFileException(source, (int) Math.min(Integer.MAX_VALUE, lines.lineNumber() + 1), 0, "",
                    "is not UTF-8 text" + bad + "; save the file with UTF-8 encoding", e);
        }
        done.run();
        return counts.summary(source);
    }

    private void readCsv(String headerLine, LogLines lines, String source, UsageSink sink, Counts counts,
                         UsagePricing pricing, Runnable report, BooleanSupplier cancelled)
            throws IOException, ScenarioFileException {
        char delimiter = CsvLine.delimiterOf(headerLine);
        String[] header = CsvLine.split(headerLine, delimiter);
        int headerNumber = (int) Math.min(Integer.MAX_VALUE, lines.lineNumber());
        if (header == null || lines.tooLong()) {
            throw new ScenarioFileException(source, headerNumber, 0, "", "the header row is not CSV (a quote is not closed)",
                    null);
        }
        UsageRows rows = UsageRows.forHeader(columns, header, headerNumber, zone, pricing, source);
        CsvRow row = new CsvRow();
        for (String line = nonBlank(lines); line != null; line = nonBlank(lines)) {
            long number = lines.lineNumber();
            RejectReason outcome;
            if (lines.tooLong()) {
                outcome = tooLong(source, lines, sink);
            } else if ((row.cells = CsvLine.split(line, delimiter)) == null) {
                outcome = reject(sink, source, number, RejectReason.MALFORMED_LINE, "not a CSV row: a quoted cell is not"
                        + " closed, or text follows its closing quote");
            } else if (row.cells.length != header.length) {
                outcome = reject(sink, source, number, RejectReason.WRONG_COLUMN_COUNT, row.cells.length + " cells where the"
                        + " header has " + header.length);
            } else {
                outcome = rows.read(row, number, sink);
            }
            counts.add(outcome);
            counts.check(source, report, cancelled);
        }
    }

    private static RejectReason json(UsageRows rows, String line, long number, String source, UsageSink sink) {
        JsonNode object;
        try {
            object = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
            return reject(sink, source, number, RejectReason.MALFORMED_LINE, "not valid JSON"
                    + (column > 0 ? " (at column " + column + ")" : ""));
        } catch (IOException e) {
            return reject(sink, source, number, RejectReason.MALFORMED_LINE, "not valid JSON");
        }
        if (object == null || !object.isObject()) {
            return reject(sink, source, number, RejectReason.MALFORMED_LINE, (object == null ? "no JSON value"
                    : JsonErrors.describe(object)) + " where an object { ... } is expected");
        }
        return rows.read(part -> UsageRows.jsonValue(object, part), number, sink);
    }

    private static RejectReason tooLong(String source, LogLines lines, UsageSink sink) {
        return reject(sink, source, lines.lineNumber(), RejectReason.MALFORMED_LINE, "longer than "
                + LogLines.MAX_LINE_CHARS + " characters; not a usage-log row");
    }

    private static RejectReason reject(UsageSink sink, String source, long line, RejectReason reason, String detail) {
        sink.reject(new RejectedRow(source, line, reason, detail));
        return reason;
    }

    private static String nonBlank(LogLines lines) throws IOException {
        String line;
        do {
            line = lines.next();
        } while (line != null && line.isBlank());
        return line;
    }

    /**
     * The names a file offers for the column-mapping step: a CSV file's header, or the dotted paths
     * of the values in a JSONL file's first object ({@code usageDetails.input}).
     *
     * @throws ScenarioFileException as {@link #read(Path, Format, UsageSink, Progress, BooleanSupplier)}, or when the
     *                               first JSON line is not an object
     */
    public static List<String> columnsOf(Path file, Format format) throws ScenarioFileException {
        String source = file.toString();
        try (Reader text = new StrictUtf8Reader(Files.newInputStream(file))) {
            LogLines lines = new LogLines(text);
            String first = nonBlank(lines);
            if (first == null) {
                throw new ScenarioFileException(source, 0, 0, "", "is empty", null);
            }
            if (format == Format.CSV) {
                String[] header = CsvLine.split(first, CsvLine.delimiterOf(first));
                if (header == null) {
                    throw new ScenarioFileException(source, (int) lines.lineNumber(), 0, "", "the header row is not CSV", null);
                }
                return List.of(header);
            }
            JsonNode object = JSON.readTree(first);
            if (object == null || !object.isObject()) {
                throw new ScenarioFileException(source, (int) lines.lineNumber(), 0, "", "the first line is not a JSON object",
                        null);
            }
            List<String> paths = new ArrayList<>();
            leaves(object, "", paths);
            return paths;
        } catch (JsonProcessingException e) {
            throw new ScenarioFileException(source, 0, 0, "", "the first line is not valid JSON", e);
        } catch (IOException e) {
            throw FileText.failure(file, e);
        }
    }

    private static void leaves(JsonNode node, String path, List<String> paths) {
        if (!node.isObject()) {
            paths.add(path);
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            leaves(field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey(), paths);
        }
    }

    /** A CSV row's cells as raw values; reused for every row. */
    private static final class CsvRow implements UsageRows.RawRow {
        String[] cells;

        @Override
        public String value(UsageRows.Part part) {
            if (part.column() < 0) {
                return null;
            }
            String cell = cells[part.column()];
            return cell.isEmpty() ? null : cell;
        }
    }

    /** Rows counted by outcome, with the periodic checks. */
    private static final class Counts {
        private long read;
        private long accepted;
        private final long[] rejected = new long[RejectReason.values().length];

        void add(RejectReason outcome) {
            read++;
            if (outcome == null) {
                accepted++;
            } else {
                rejected[outcome.ordinal()]++;
            }
        }

        void check(String source, Runnable report, BooleanSupplier cancelled) {
            if (read % ROWS_PER_CHECK == 0) {
                if (Thread.currentThread().isInterrupted() || cancelled.getAsBoolean()) {
                    throw new CancellationException("reading " + source + " was cancelled");
                }
                report.run();
            }
        }

        Summary summary(String source) {
            Map<RejectReason, Long> byReason = new EnumMap<>(RejectReason.class);
            long total = 0;
            for (RejectReason reason : RejectReason.values()) {
                if (rejected[reason.ordinal()] > 0) {
                    byReason.put(reason, rejected[reason.ordinal()]);
                    total += rejected[reason.ordinal()];
                }
            }
            return new Summary(source, read, accepted, total, byReason);
        }
    }
}
