package org.llmcostplanner.archfixture.model;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;

/** Breaks "model uses no toolkit": holds a JavaFX property. */
public class ToolkitModel {
    private final DoubleProperty usdPerMonth = new SimpleDoubleProperty();

    public double usdPerMonth() {
        return usdPerMonth.get();
    }
}
