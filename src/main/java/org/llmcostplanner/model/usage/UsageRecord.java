package org.llmcostplanner.model.usage;

import java.time.Instant;
import java.util.Objects;

/**
 * One LLM call from a usage log (the fields of the chapter's exercise 12.4.5), after import: a
 * moment in time, token counts OpenAI's way (cached tokens are part of the input tokens), and a
 * cost that is either the log's own or priced from the catalog.
 *
 * @param timestamp     when the call was made
 * @param requestId     the provider's or the app's request id; may be empty
 * @param model         the model called; never empty
 * @param feature       the product feature that made the call; empty when the log has none
 * @param userId        the end user; empty when the log has none
 * @param inputTokens   prompt tokens, cached ones included, 0 or more
 * @param outputTokens  completion tokens, 0 or more
 * @param cachedTokens  prompt tokens read from the provider's cache, 0..inputTokens
 * @param latencyMs     time to the whole answer, ms, 0 or more
 * @param costUsd       the call's cost, 0 or more
 * @param costEstimated true when the log had no cost and it was priced from the catalog
 * @param statusCode    the HTTP status (200 when the log has none)
 * @param retry         whether the call repeated an earlier failed one
 */
public record UsageRecord(Instant timestamp, String requestId, String model, String feature, String userId,
                          long inputTokens, long outputTokens, long cachedTokens, double latencyMs, double costUsd,
                          boolean costEstimated, int statusCode, boolean retry) {
    public UsageRecord {
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(feature, "feature");
        Objects.requireNonNull(userId, "userId");
    }
}
