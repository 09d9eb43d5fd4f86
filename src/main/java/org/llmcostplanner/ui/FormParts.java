package org.llmcostplanner.ui;

import java.util.Arrays;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;

import org.llmcostplanner.model.ScenarioInput;

/** Pieces the input columns of the lever tabs share. */
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
}
