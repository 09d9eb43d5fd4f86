package org.llmcostplanner.io;

import java.util.List;
import java.util.Locale;

/**
 * The fields of a usage-log row (the chapter's exercise 12.4.5), each with the name the standard
 * layout uses and the other header names a log may give it. Four are required; the others have a
 * default when a log lacks them (see {@link UsageColumns}).
 */
public enum UsageField {
    TIMESTAMP("timestamp", true, "time", "ts", "created_at", "created", "datetime", "date_time", "start_time",
            "starttime", "request_time", "event_time", "logged_at"),
    REQUEST_ID("request_id", false, "requestid", "id", "call_id", "generation_id", "response_id"),
    MODEL("model", true, "model_name", "model_id", "engine", "deployment"),
    FEATURE("feature", false, "endpoint", "route", "use_case", "usecase", "operation", "task", "tag"),
    USER_ID("user_id", false, "userid", "user", "customer_id", "end_user", "enduser"),
    INPUT_TOKENS("input_tokens", true, "prompt_tokens", "tokens_in", "input", "prompt_token_count", "n_input_tokens"),
    OUTPUT_TOKENS("output_tokens", true, "completion_tokens", "tokens_out", "output", "completion_token_count",
            "n_output_tokens"),
    CACHED_TOKENS("cached_tokens", false, "cached_input_tokens", "input_cached_tokens", "cache_read_input_tokens",
            "prompt_cached_tokens", "cache_read_tokens"),
    LATENCY_MS("latency_ms", false, "latency", "duration_ms", "response_time_ms", "elapsed_ms"),
    COST_USD("cost_usd", false, "cost", "total_cost", "cost_dollars", "usd", "price_usd"),
    STATUS_CODE("status_code", false, "status", "http_status", "http_status_code", "response_status"),
    IS_RETRY("is_retry", false, "retry", "retried", "is_retried"),
    /**
     * When the call ended: not a record field, but the latency is end minus start when the log
     * has an end time and no latency (Langfuse's observations have {@code endTime}).
     */
    END_TIME("end_time", false, "endtime", "ended_at", "completed_at", "finished_at");

    private final String standardName;
    private final boolean required;
    private final List<String> synonyms;

    UsageField(String standardName, boolean required, String... synonyms) {
        this.standardName = standardName;
        this.required = required;
        this.synonyms = List.of(synonyms);
    }

    /** The column name of the standard layout and of messages: {@code input_tokens}. */
    public String standardName() {
        return standardName;
    }

    /** Whether a row without it is refused (timestamp, model, input and output tokens). */
    public boolean required() {
        return required;
    }

    /** Whether {@code header} names this field: the standard name or a synonym, ignoring case, spaces and punctuation. */
    boolean isNamedBy(String header) {
        String wanted = key(header);
        return key(standardName).equals(wanted) || synonyms.stream().anyMatch(name -> key(name).equals(wanted));
    }

    /** {@code "Prompt Tokens"}, {@code "prompt-tokens"} and {@code "promptTokens"} all give {@code prompttokens}. */
    static String key(String header) {
        StringBuilder key = new StringBuilder(header.length());
        for (char c : header.toLowerCase(Locale.ROOT).toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                key.append(c);
            }
        }
        return key.toString();
    }
}
