package org.llmcostplanner.io;

import java.util.Objects;

/**
 * Why a scenario file could not be read, located as precisely as known. {@link #getMessage()}
 * is the one line the window and the command line show, e.g.
 * {@code bad.json, line 14, column 29: referenceModel.inputUsdPer1MTokens: must not be negative (was -2.5)};
 * parts that are unknown are left out.
 */
public final class ScenarioFileException extends Exception {
    private final String source;
    private final int line;
    private final int column;
    private final String field;
    private final String reason;

    /**
     * @param source the file name or path as given; never null, may be empty
     * @param line   1-based, or 0 when unknown
     * @param column 1-based, or 0 when unknown
     * @param field  dotted/bracket path such as {@code fixedCosts.quality[1].usdPerMonth}, or "" when none
     * @param reason what is wrong, phrased for the user; never null
     * @param cause  the underlying exception, or null
     */
    ScenarioFileException(String source, int line, int column, String field, String reason, Throwable cause) {
        super(format(source, line, column, field, reason), cause);
        this.source = Objects.requireNonNull(source, "source");
        this.line = Math.max(line, 0);
        this.column = line > 0 ? Math.max(column, 0) : 0;
        this.field = Objects.requireNonNull(field, "field");
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** The file name or path as given to the reader; may be empty. */
    public String source() {
        return source;
    }

    /** 1-based line of the problem, or 0 when unknown. */
    public int line() {
        return line;
    }

    /** 1-based column of the problem, or 0 when unknown. */
    public int column() {
        return column;
    }

    /** The field's path such as {@code workload.queriesPerDay}, or "" when the problem is not about one field. */
    public String field() {
        return field;
    }

    /** What is wrong, without the location, e.g. {@code must not be negative (was -2.5)}. */
    public String reason() {
        return reason;
    }

    private static String format(String source, int line, int column, String field, String reason) {
        StringBuilder where = new StringBuilder(source == null ? "" : source);
        if (line > 0) {
            where.append(where.isEmpty() ? "" : ", ").append("line ").append(line);
            if (column > 0) {
                where.append(", column ").append(column);
            }
        }
        StringBuilder message = new StringBuilder(where);
        if (field != null && !field.isEmpty()) {
            message.append(message.isEmpty() ? "" : ": ").append(field);
        }
        return message.append(message.isEmpty() ? "" : ": ").append(reason).toString();
    }
}
