package org.llmcostplanner.ui;

import javafx.scene.Node;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;

/** Inputs two to a row in columns of equal width, the way the tabs lay out their sliders. */
final class TwoColumns {
    private TwoColumns() {
    }

    static GridPane of(Node... nodes) {
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(4);
        for (int i = 0; i < nodes.length; i++) {
            grid.add(nodes[i], i % 2, i / 2);
        }
        for (int column = 0; column < 2; column++) {
            ColumnConstraints half = new ColumnConstraints();
            half.setPercentWidth(50);
            grid.getColumnConstraints().add(half);
        }
        return grid;
    }
}
