package org.llmcostplanner.io;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** What the CSV readers share: rows as maps by header, header checks, and the numbers they accept. */
final class CsvRows {
    static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvParser.Feature.TRIM_SPACES, CsvParser.Feature.SKIP_EMPTY_LINES).build();
    /** A plain decimal number: no thousands separators, no decimal comma, no hex, no NaN. */
    static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private CsvRows() {
    }

    /** The rows of {@code reader}, each a map from its header's names to the cells. */
    static MappingIterator<Map<String, String>> open(Reader reader) throws IOException {
        return MAPPER.readerForMapOf(String.class).with(CsvSchema.emptySchema().withHeader()).readValues(reader);
    }

    /**
     * Refuses a header that lacks any of {@code required} (names compared trimmed and in lower case).
     *
     * @param wanted how the message names the columns, e.g. {@code similarity and same_intent}
     */
    static void requireColumns(MappingIterator<Map<String, String>> rows, List<String> required, String wanted,
                               String source) throws ScenarioFileException {
        List<String> names = new ArrayList<>();
        ((CsvSchema) rows.getParserSchema()).forEach(column -> names.add(column.getName().trim().toLowerCase(Locale.ROOT)));
        List<String> missing = required.stream().filter(name -> !names.contains(name)).toList();
        if (!missing.isEmpty()) {
            throw new ScenarioFileException(source, 1, 0, "", "the header row must name the columns " + wanted
                    + "; missing: " + String.join(", ", missing)
                    + (names.isEmpty() ? "" : "; found: " + String.join(",", names)), null);
        }
    }

    /** A row's cells by lower-case column name, trimmed; a missing cell is "". */
    static Map<String, String> cells(Map<String, String> row) {
        Map<String, String> cells = new HashMap<>();
        row.forEach((key, value) -> cells.put(key.trim().toLowerCase(Locale.ROOT), value == null ? "" : value.trim()));
        return cells;
    }
}
