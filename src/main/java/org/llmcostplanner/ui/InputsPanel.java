package org.llmcostplanner.ui;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.VBox;

import org.llmcostplanner.model.ScenarioInput;
import org.llmcostplanner.model.ScenarioInputs;

/** The always-visible inputs on the left: scenario name, workload, reference model and its prices. */
final class InputsPanel extends VBox {

    InputsPanel(PlannerViewModel viewModel) {
        super(10);
        setPadding(new Insets(12));
        setPrefWidth(410);
        getStyleClass().add("inputs-panel");
        getChildren().add(new TextInput("scenario-name", "Scenario name", viewModel,
                scenario -> scenario.name(), (scenario, name) -> scenario.withName(name)));
        getChildren().add(heading("Workload"));
        for (ScenarioInput input : ScenarioInputs.WORKLOAD) {
            getChildren().add(new NumberInput(input, viewModel));
        }
        getChildren().add(new Separator());
        getChildren().add(heading("Reference model (baseline)"));
        getChildren().add(new TextInput("reference-model", "Model", viewModel,
                scenario -> scenario.referenceModel().name(),
                (scenario, name) -> scenario.withReferenceModel(scenario.referenceModel().withName(name))));
        for (ScenarioInput input : ScenarioInputs.REFERENCE_MODEL) {
            getChildren().add(new NumberInput(input, viewModel));
        }
        getChildren().add(new Separator());
        getChildren().add(notes(viewModel));
    }

    /** The scenario's description (where its figures come from), collapsed until asked for. */
    private static TitledPane notes(PlannerViewModel viewModel) {
        TextArea text = new TextArea(viewModel.getScenario().description());
        text.setId("scenario-description");
        text.setWrapText(true);
        text.setPrefRowCount(8);
        text.setPromptText("Where the figures come from, assumptions, sources");
        viewModel.scenarioProperty().addListener((obs, old, scenario) -> {
            if (!scenario.description().equals(text.getText())) {
                text.setText(scenario.description());
            }
        });
        text.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused && !text.getText().equals(viewModel.getScenario().description())) {
                viewModel.edit(scenario -> scenario.withDescription(text.getText()));
            }
            if (!focused) {
                TextTyping.forget(text); // committed: Ctrl+Z now undoes the scenario's step
            }
        });
        TitledPane pane = new TitledPane("Notes and sources", text);
        pane.setExpanded(false);
        return pane;
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("section-title");
        return label;
    }
}
