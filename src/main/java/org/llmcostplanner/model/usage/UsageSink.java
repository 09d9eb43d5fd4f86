package org.llmcostplanner.model.usage;

/**
 * Where a usage-log reader puts what it reads, row by row, so nothing holds every row: an accepted
 * record, or a rejected row with its reason. Every row read is exactly one of the two.
 */
public interface UsageSink {
    void accept(UsageRecord record);

    void reject(RejectedRow row);
}
