package org.llmcostplanner.ui;

import java.util.Arrays;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

import org.llmcostplanner.model.ScenarioInput;

/** Pieces the forms of the tabs share. */
final class FormParts {
    private FormParts() {
    }

    /** A section's heading. */
    static Label title(String text) {
        Label title = new Label(text);
        title.getStyleClass().add("section-title");
        return title;
    }

    /** Number inputs two to a row. */
    static GridPane inputs(PlannerViewModel viewModel, ScenarioInput... inputs) {
        return TwoColumns.of(Arrays.stream(inputs).map(input -> new NumberInput(input, viewModel)).toArray(Node[]::new));
    }

    /** A line of figures that wraps. */
    static Label figures(String id) {
        Label line = new Label();
        line.setId(id);
        line.setWrapText(true);
        return line;
    }

    /**
     * Controls side by side, centred vertically; labels and buttons keep their whole text (they
     * never shrink to an ellipsis when the row is tight).
     */
    static HBox row(Node... nodes) {
        for (Node node : nodes) {
            if (node instanceof Label || node instanceof Button) {
                ((Region) node).setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        HBox row = new HBox(8, nodes);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}
