package org.llmcostplanner.model.pareto;

/**
 * One optional constraint. A switched-off limit keeps its value, so switching it back on
 * restores what the user typed.
 *
 * @param enabled whether the limit applies
 * @param value   the limit, in the unit of its constraint
 */
public record ParetoLimit(boolean enabled, double value) {
    public static ParetoLimit off(double value) {
        return new ParetoLimit(false, value);
    }

    public static ParetoLimit of(double value) {
        return new ParetoLimit(true, value);
    }
}
