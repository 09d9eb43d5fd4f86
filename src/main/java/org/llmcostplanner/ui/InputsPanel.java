package org.llmcostplanner.ui;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
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
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("section-title");
        return label;
    }
}
