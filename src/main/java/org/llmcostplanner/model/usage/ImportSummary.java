package org.llmcostplanner.model.usage;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What became of the rows read: accepted plus rejected is always the rows read.
 *
 * @param rowsRead         every row the readers passed on
 * @param rowsAccepted     rows imported as calls
 * @param rowsRejected     rows refused
 * @param rejectedByReason refused rows by reason, only reasons that occurred, in the enum's order
 * @param firstRejected    the first refused rows in the order read, at most
 *                         {@link UsageAggregator#FIRST_REJECTED_KEPT}
 */
public record ImportSummary(long rowsRead, long rowsAccepted, long rowsRejected,
                            Map<RejectReason, Long> rejectedByReason, List<RejectedRow> firstRejected) {
    public ImportSummary {
        if (rowsAccepted + rowsRejected != rowsRead) {
            throw new IllegalArgumentException(rowsAccepted + " accepted and " + rowsRejected + " rejected are not "
                    + rowsRead + " rows");
        }
        EnumMap<RejectReason, Long> reasons = new EnumMap<>(RejectReason.class);
        rejectedByReason.forEach((reason, rows) -> {
            if (rows > 0) {
                reasons.put(reason, rows);
            }
        });
        rejectedByReason = Collections.unmodifiableMap(reasons);
        firstRejected = List.copyOf(firstRejected);
    }
}
