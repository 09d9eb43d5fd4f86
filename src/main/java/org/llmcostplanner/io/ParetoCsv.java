package org.llmcostplanner.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.DoubleConsumer;
import java.util.function.DoubleFunction;
import org.llmcostplanner.model.pareto.ParetoConfiguration;
import org.llmcostplanner.model.pareto.ParetoInputs;

/**
 * Pareto configurations as CSV (Jackson's CSV module): a header row naming at least
 * {@code name,quality,cost_per_query,latency_ms}, in any order, and optionally {@code notes};
 * other columns are ignored, so an evaluation sweep's own export can be read as it is. Quality
 * is a fraction (0.93) or a percentage with its sign (93%). Files are UTF-8, with or without a
 * byte order mark. Every refusal names the file, the line and the column's header.
 */
public final class ParetoCsv {
    static final List<String> REQUIRED = List.of("name", "quality", "cost_per_query", "latency_ms");
    static final String NOTES = "notes";
    private static final int ROWS_PER_REPORT = 4096;

    private ParetoCsv() {
    }

    public static List<ParetoConfiguration> read(Path file) throws ScenarioFileException {
        return read(file, fraction -> { });
    }

    /**
     * Reads every row of {@code file}, reporting the share of it read so far (0..1) every few
     * thousand rows. Stops with a {@link CancellationException} when the reading thread is
     * interrupted (a cancelled background task).
     */
    public static List<ParetoConfiguration> read(Path file, DoubleConsumer progress) throws ScenarioFileException {
        try (CountingReader reader = new CountingReader(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
            long size = Math.max(1, Files.size(file));
            return read(reader, file.toString(), () -> {
                if (Thread.currentThread().isInterrupted()) {
                    throw new CancellationException("reading " + file + " was cancelled");
                }
                progress.accept(Math.min(1, reader.charsRead / (double) size));
            });
        } catch (IOException e) {
            throw new ScenarioFileException(file.toString(), 0, 0, "", FileErrors.describe(e), e);
        }
    }

    /** Reads every row; {@code source} names the file in messages. */
    public static List<ParetoConfiguration> read(Reader reader, String source) throws ScenarioFileException {
        return read(reader, source, () -> { });
    }

    private static List<ParetoConfiguration> read(Reader reader, String source, Runnable everyFewRows)
            throws ScenarioFileException {
        List<ParetoConfiguration> configurations = new ArrayList<>();
        try (MappingIterator<Map<String, String>> rows = CsvRows.open(withoutByteOrderMark(reader))) {
            CsvRows.requireColumns(rows, REQUIRED, String.join(",", REQUIRED) + " (optionally notes)", source);
            while (rows.hasNextValue()) {
                Map<String, String> row = rows.nextValue();
                int line = rows.getCurrentLocation().getLineNr() - 1;
                configurations.add(configuration(row, line, source));
                if (configurations.size() % ROWS_PER_REPORT == 0) {
                    everyFewRows.run();
                }
            }
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new ScenarioFileException(source, line, 0, "", "is not valid CSV: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ScenarioFileException(source, 0, 0, "", FileErrors.describe(e), e);
        }
        return configurations;
    }

    /** Writes {@code configurations} to {@code file} atomically: a failed write leaves the old file as it was. */
    public static void write(List<ParetoConfiguration> configurations, Path file) throws IOException {
        java.io.StringWriter text = new java.io.StringWriter();
        write(configurations, text);
        AtomicFiles.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Writes the header and one row per configuration, numbers in full precision. */
    public static void write(List<ParetoConfiguration> configurations, Writer writer) throws IOException {
        CsvSchema.Builder columns = CsvSchema.builder();
        REQUIRED.forEach(columns::addColumn);
        CsvSchema schema = columns.addColumn(NOTES).build().withHeader();
        List<List<String>> rows = new ArrayList<>(configurations.size());
        for (ParetoConfiguration c : configurations) {
            rows.add(List.of(c.name(), full(c.quality()), full(c.costPerQueryUsd()), full(c.latencyMs()), c.notes()));
        }
        try {
            CsvRows.MAPPER.writer(schema).writeValues(writer).writeAll(rows).flush();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The shortest decimal that reads back to the same double: costs can have many digits. */
    private static String full(double value) {
        return new java.math.BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }

    private static ParetoConfiguration configuration(Map<String, String> row, int line, String source)
            throws ScenarioFileException {
        Map<String, String> cells = CsvRows.cells(row);
        String name = cells.getOrDefault("name", "");
        if (name.isEmpty()) {
            throw new ScenarioFileException(source, line, 0, "name", "must not be empty", null);
        }
        double quality = quality(cells.getOrDefault("quality", ""), line, source);
        double cost = number(cells, "cost_per_query", line, source, ParetoInputs::costPerQueryProblem);
        double latency = number(cells, "latency_ms", line, source, ParetoInputs::latencyProblem);
        return new ParetoConfiguration(name, quality, cost, latency, cells.getOrDefault(NOTES, ""));
    }

    private static double quality(String text, int line, String source) throws ScenarioFileException {
        boolean percent = text.endsWith("%");
        double value = parse(percent ? text.substring(0, text.length() - 1).trim() : text, "quality", line, source);
        double quality = percent ? value / 100 : value;
        Optional<String> problem = ParetoInputs.qualityProblem(quality);
        if (problem.isPresent()) {
            String hint = !percent && quality > 1 && quality <= 100 ? "; write 0.93 or 93% for 93 percent" : "";
            throw new ScenarioFileException(source, line, 0, "quality", problem.get() + hint, null);
        }
        return quality;
    }

    private static double number(Map<String, String> cells, String column, int line, String source,
                                 DoubleFunction<Optional<String>> problem) throws ScenarioFileException {
        double value = parse(cells.getOrDefault(column, ""), column, line, source);
        Optional<String> reason = problem.apply(value);
        if (reason.isPresent()) {
            throw new ScenarioFileException(source, line, 0, column, reason.get(), null);
        }
        return value;
    }

    private static double parse(String text, String column, int line, String source) throws ScenarioFileException {
        String plain = text.startsWith("$") ? text.substring(1).trim() : text;
        if (!CsvRows.NUMBER.matcher(plain).matches()) {
            throw new ScenarioFileException(source, line, 0, column, text.isEmpty() ? "is empty; a number is needed"
                    : "'" + text + "' is not a number (write decimals with a point and no thousands separators)", null);
        }
        return Double.parseDouble(plain);
    }

    /** Counts the characters read, for progress; only the reading thread reads the count. */
    private static final class CountingReader extends java.io.FilterReader {
        long charsRead;

        CountingReader(Reader in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            charsRead += c < 0 ? 0 : 1;
            return c;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            charsRead += Math.max(n, 0);
            return n;
        }
    }

    private static Reader withoutByteOrderMark(Reader reader) throws IOException {
        java.io.PushbackReader pushback = new java.io.PushbackReader(reader, 1);
        int first = pushback.read();
        if (first != -1 && first != '\uFEFF') {
            pushback.unread(first);
        }
        return pushback;
    }
}
