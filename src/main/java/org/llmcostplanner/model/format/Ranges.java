package org.llmcostplanner.model.format;

import java.util.Optional;

/** The one wording for a number outside its valid range, shared by every input and file check. */
public final class Ranges {
    private Ranges() {
    }

    /** The reason a value is outside [min, max] or not a finite number, or empty. */
    public static Optional<String> problem(double value, double min, double max) {
        if (!Double.isFinite(value)) {
            return Optional.of("must be a finite number");
        }
        if (value < min || value > max) {
            String reason = min == 0 && value < 0 ? "must not be negative"
                    : "must be between " + Money.plain(min) + " and " + Money.plain(max);
            return Optional.of(reason + " (was " + Money.plain(value) + ")");
        }
        return Optional.empty();
    }
}
