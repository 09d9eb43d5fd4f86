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
 * @param unit      its unit and shown precision
 * @param direction which way is better for the plan
 * @param a         plan A's value; empty when A does not have it (quality not measured, no breakeven)
 * @param b         plan B's value; empty likewise
 */
public record KpiDelta(String id, String label, KpiUnit unit, KpiDirection direction, OptionalDouble a, OptionalDouble b) {
    /** How B's figure compares with A's for the plan. */
    public enum Verdict {
        /** B is better: a lower cost or latency, a higher saving or quality. */
        BETTER,
        /** B is worse. */
        WORSE,
        /** The shown figures are equal or unknown, or the figure has no better direction. */
        NEITHER
    }

    public KpiDelta {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(direction, "direction");
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

    /**
     * Whether B is better or worse than A, judged on the shown change (a change that shows as 0,
     * "+$0.00", is neither), so the colour of a change always agrees with its printed sign.
     */
    public Verdict verdict() {
        int sign = shownDelta().map(BigDecimal::signum).orElse(0);
        if (sign == 0 || direction == KpiDirection.NEITHER) {
            return Verdict.NEITHER;
        }
        return (sign < 0) == (direction == KpiDirection.LOWER_IS_BETTER) ? Verdict.BETTER : Verdict.WORSE;
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
