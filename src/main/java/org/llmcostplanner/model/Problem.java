package org.llmcostplanner.model;

/**
 * Why part of a scenario is not valid.
 *
 * @param path    the field's path in the scenario file, e.g. {@code fixedCosts.quality[1].usdPerMonth}
 * @param message the reason, phrased for the user
 */
public record Problem(String path, String message) {
    @Override
    public String toString() {
        return path + ": " + message;
    }
}
