package org.llmcostplanner.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.llmcostplanner.model.caching.LabelledSimilarity;

/**
 * Labelled queries for calibrating a semantic cache, as CSV (Jackson's CSV module), UTF-8 with a
 * header row naming {@code similarity} and {@code same_intent} in any order: either pairs
 * ({@code query_a,query_b,similarity,same_intent}) or each query with its nearest cached neighbour
 * ({@code query,similarity,same_intent}); other columns are ignored. A query on several rows
 * counts once, at its most similar row (first of equals): the neighbour the cache would answer
 * from. Similarity is a cosine similarity, -1..1; same_intent is true/false, yes/no or 1/0. Every
 * refusal names the file, the line and the column.
 */
public final class CalibrationCsv {
    static final List<String> REQUIRED = List.of("similarity", "same_intent");
    private static final long MAX_FILE_BYTES = 512L * 1024 * 1024;

    private CalibrationCsv() {
    }

    public static List<LabelledSimilarity> read(Path file) throws ScenarioFileException {
        return read(new StringReader(FileText.read(file, "a CSV file", MAX_FILE_BYTES)), file.toString());
    }

    /** Reads every row; {@code source} names the file in messages. At least one row is required. */
    public static List<LabelledSimilarity> read(Reader reader, String source) throws ScenarioFileException {
        List<LabelledSimilarity> samples = new ArrayList<>();
        Map<String, Integer> rowOfQuery = new HashMap<>();
        try (MappingIterator<Map<String, String>> rows = CsvRows.open(reader)) {
            CsvRows.requireColumns(rows, REQUIRED, "similarity and same_intent (with query_a,query_b or query if you like)",
                    source);
            while (rows.hasNextValue()) {
                Map<String, String> cells = CsvRows.cells(rows.nextValue());
                int line = rows.getCurrentLocation().getLineNr() - 1;
                LabelledSimilarity sample = new LabelledSimilarity(similarity(cells.getOrDefault("similarity", ""), line, source),
                        sameIntent(cells.getOrDefault("same_intent", ""), line, source));
                String query = cells.getOrDefault("query_a", cells.getOrDefault("query", ""));
                Integer seen = query.isEmpty() ? null : rowOfQuery.get(query);
                if (seen == null) {
                    if (!query.isEmpty()) {
                        rowOfQuery.put(query, samples.size());
                    }
                    samples.add(sample);
                } else if (sample.similarity() > samples.get(seen).similarity()) {
                    samples.set(seen, sample); // the cache answers from the nearest neighbour
                }
            }
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new ScenarioFileException(source, line, 0, "", "is not valid CSV: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ScenarioFileException(source, 0, 0, "", FileErrors.describe(e), e);
        }
        if (samples.isEmpty()) {
            throw new ScenarioFileException(source, 0, 0, "", "has no rows under its header; a calibration needs"
                    + " labelled queries (100 or more for useful intervals)", null);
        }
        return samples;
    }

    private static double similarity(String text, int line, String source) throws ScenarioFileException {
        if (!CsvRows.NUMBER.matcher(text).matches()) {
            throw new ScenarioFileException(source, line, 0, "similarity", text.isEmpty() ? "is empty; a number is needed"
                    : "'" + text + "' is not a number (write decimals with a point)", null);
        }
        double value = Double.parseDouble(text);
        if (value < -1 || value > 1) {
            throw new ScenarioFileException(source, line, 0, "similarity", "must be a cosine similarity between -1 and 1"
                    + " (was " + text + ")", null);
        }
        return value;
    }

    private static boolean sameIntent(String text, int line, String source) throws ScenarioFileException {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1", "y", "t" -> true;
            case "false", "no", "0", "n", "f" -> false;
            default -> throw new ScenarioFileException(source, line, 0, "same_intent", (text.isEmpty() ? "is empty"
                    : "'" + text + "' is neither") + "; write true or false (yes/no, 1/0)", null);
        };
    }
}
