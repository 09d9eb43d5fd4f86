package org.llmcostplanner.ui;

import java.util.function.BiFunction;
import java.util.function.Function;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;

import org.llmcostplanner.model.Scenario;

/** A labelled text field for a name in the scenario; an empty name is refused with a message. */
final class TextInput extends VBox {
    private final TextField field = new TextField();
    private final Label error = new Label();

    TextInput(String id, String label, PlannerViewModel viewModel, Function<Scenario, String> getter,
              BiFunction<Scenario, String, Scenario> setter) {
        super(2);
        Label heading = new Label(label);
        heading.getStyleClass().add("input-label");
        heading.setLabelFor(field);
        field.setId(id + "-field");
        error.getStyleClass().add("field-error");
        error.managedProperty().bind(error.visibleProperty());
        error.setVisible(false);
        getChildren().addAll(heading, field, error);
        field.setText(getter.apply(viewModel.getScenario()));

        viewModel.scenarioProperty().addListener((obs, old, scenario) -> {
            if (!getter.apply(scenario).equals(field.getText())) {
                error.setVisible(false);
                field.setText(getter.apply(scenario));
            }
        });
        Runnable commit = () -> {
            String text = field.getText().strip();
            if (text.isEmpty()) {
                error.setText(label + ": must not be empty");
                error.setVisible(true);
                return;
            }
            error.setVisible(false);
            if (!text.equals(getter.apply(viewModel.getScenario()))) {
                viewModel.edit(scenario -> setter.apply(scenario, text));
            }
            TextTyping.forget(field); // committed: Ctrl+Z now undoes the scenario's step
        };
        field.setOnAction(event -> commit.run());
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                commit.run();
            }
        });
        field.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                error.setVisible(false);
                field.setText(getter.apply(viewModel.getScenario()));
            }
        });
    }
}
