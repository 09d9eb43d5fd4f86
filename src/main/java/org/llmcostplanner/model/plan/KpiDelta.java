package org.llmcostplanner.model.plan;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One figure of two plans side by side: A, B, B less A, and that change in percent of A.
 *
 * @param id    a stable key, e.g. {@code monthlyTco} or {@code waterfall.routing}
 * @param label what the figure is, for people
 * @param unit  its unit and shown precision
 * @param a     plan A's value; empty when A does not have it (quality not measured, no breakeven)
 * @param b     plan B's value; empty likewise
 */
public record KpiDelta(String id, String label, KpiUnit unit, OptionalDouble a, OptionalDouble b) {
    public KpiDelta {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
    }

    /** B less A, in the unit; empty unless both are known. */
    public OptionalDouble delta() {
        return a.isPresent() && b.isPresent() ? finite(b.getAsDouble() - a.getAsDouble()) : OptionalDouble.empty();
    }

    /**
     * B less A in percent of |A| (so a fall reads negative even from a negative A); empty when
     * either is unknown, when A is 0 (a change from nothing has no percentage), or when the ratio
     * overflows: never NaN or infinity.
     */
    public OptionalDouble deltaPercent() {
        OptionalDouble delta = delta();
        if (delta.isEmpty() || a.getAsDouble() == 0) {
            return OptionalDouble.empty();
        }
        return finite(delta.getAsDouble() / Math.abs(a.getAsDouble()) * 100);
    }

    /** A as shown (see {@link KpiUnit#shown}). */
    public Optional<BigDecimal> shownA() {
        return shown(a);
    }

    /** B as shown. */
    public Optional<BigDecimal> shownB() {
        return shown(b);
    }

    /** Shown B less shown A, so the three shown figures agree to the last digit. */
    public Optional<BigDecimal> shownDelta() {
        return shownA().flatMap(shownA -> shownB().map(shownB -> shownB.subtract(shownA)));
    }

    private Optional<BigDecimal> shown(OptionalDouble value) {
        return value.isPresent() ? Optional.of(unit.shown(value.getAsDouble())) : Optional.empty();
    }

    private static OptionalDouble finite(double value) {
        return Double.isFinite(value) ? OptionalDouble.of(value) : OptionalDouble.empty();
    }
}
