package org.llmcostplanner.model.usage;

import java.util.Objects;

/**
 * A row of a usage log that was not imported, for the first few listed with their place.
 *
 * @param source the file's name
 * @param line   the 1-based line the row starts on
 * @param reason why it was refused
 * @param detail what was wrong, naming the field (e.g. "input_tokens: 'abc' is not a number")
 */
public record RejectedRow(String source, long line, RejectReason reason, String detail) {
    public RejectedRow {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
    }
}
