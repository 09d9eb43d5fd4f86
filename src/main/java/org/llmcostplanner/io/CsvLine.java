package org.llmcostplanner.io;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of a usage log as CSV cells (RFC 4180 on a single line): cells split at the delimiter,
 * trimmed; a cell in double quotes may hold the delimiter and doubled quotes ({@code ""}), and a
 * quote inside an unquoted cell is kept as it is. A row never spans lines: a usage log has no line
 * breaks in its cells, and so one stray quote spoils its own line only, not the rest of the file.
 */
final class CsvLine {
    private CsvLine() {
    }

    /** The delimiter a header row uses: the most frequent of comma, semicolon and tab (comma on a tie). */
    static char delimiterOf(String header) {
        long commas = header.chars().filter(c -> c == ',').count();
        long semicolons = header.chars().filter(c -> c == ';').count();
        long tabs = header.chars().filter(c -> c == '\t').count();
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        return tabs > commas && tabs > semicolons ? '\t' : ',';
    }

    /**
     * @return the cells, or null when the line is not CSV: a quoted cell that is not closed, or
     *         text after a closing quote
     */
    static String[] split(String line, char delimiter) {
        if (line.indexOf('"') < 0) {
            return splitPlain(line, delimiter);
        }
        List<String> cells = new ArrayList<>();
        int i = 0;
        int n = line.length();
        while (true) {
            while (i < n && line.charAt(i) == ' ') {
                i++;
            }
            if (i < n && line.charAt(i) == '"') {
                StringBuilder cell = new StringBuilder();
                i++;
                while (true) {
                    if (i >= n) {
                        return null; // not closed on this line
                    }
                    char c = line.charAt(i++);
                    if (c != '"') {
                        cell.append(c);
                    } else if (i < n && line.charAt(i) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        break;
                    }
                }
                while (i < n && line.charAt(i) == ' ') {
                    i++;
                }
                if (i < n && line.charAt(i) != delimiter) {
                    return null; // text after the closing quote
                }
                cells.add(cell.toString().trim());
            } else {
                int end = line.indexOf(delimiter, i);
                cells.add(line.substring(i, end < 0 ? n : end).trim());
                i = end < 0 ? n : end;
            }
            if (i >= n) {
                return cells.toArray(new String[0]);
            }
            i++; // the delimiter
            if (i == n) {
                cells.add("");
                return cells.toArray(new String[0]);
            }
        }
    }

    private static String[] splitPlain(String line, char delimiter) {
        int count = 1;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == delimiter) {
                count++;
            }
        }
        String[] cells = new String[count];
        int start = 0;
        for (int k = 0; k < count; k++) {
            int end = k == count - 1 ? line.length() : line.indexOf(delimiter, start);
            cells[k] = line.substring(start, end).trim();
            start = end + 1;
        }
        return cells;
    }
}
