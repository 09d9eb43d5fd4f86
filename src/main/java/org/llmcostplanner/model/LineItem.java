package org.llmcostplanner.model;

import java.util.Objects;

/**
 * A named fixed cost in one TCO category.
 *
 * @param name        what the money pays for, shown in tables and files; never null
 * @param usdPerMonth monthly cost in USD; the validator requires a finite value of at least zero
 */
public record LineItem(String name, double usdPerMonth) {
    public LineItem {
        Objects.requireNonNull(name, "name");
    }

    public LineItem withName(String newName) {
        return new LineItem(newName, usdPerMonth);
    }

    public LineItem withUsdPerMonth(double newUsdPerMonth) {
        return new LineItem(name, newUsdPerMonth);
    }
}
