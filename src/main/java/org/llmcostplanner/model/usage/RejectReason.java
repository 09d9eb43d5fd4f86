package org.llmcostplanner.model.usage;

/** Why a row of a usage log was not imported. */
public enum RejectReason {
    /** Not a CSV row or JSON object at all (broken quoting, invalid JSON). */
    MALFORMED_LINE("malformed line"),
    /** A CSV row with more or fewer cells than the header. */
    WRONG_COLUMN_COUNT("wrong column count"),
    /** A required field is absent or empty (timestamp, model, tokens). */
    MISSING_FIELD("missing field"),
    /** A timestamp that is not ISO-8601 (with an offset, or read in the import's time zone). */
    BAD_TIMESTAMP("bad timestamp"),
    /** A token count, latency or cost that is not a number. */
    NON_NUMERIC("non-numeric value"),
    /** A negative token count, latency or cost, or cached tokens above the input tokens. */
    NEGATIVE_OR_INCONSISTENT("negative or inconsistent count"),
    /** No cost in the row and no price for its model in the catalog. */
    UNPRICED_MODEL("no cost and no catalog price"),
    /**
     * Not a model call: a tracing export's span or event (a Langfuse observation whose type is
     * not GENERATION or EMBEDDING), read but not counted as usage.
     */
    NOT_A_CALL("not a model call");

    private final String label;

    RejectReason(String label) {
        this.label = label;
    }

    /** How the reason reads in a report: "wrong column count". */
    public String label() {
        return label;
    }
}
