package org.llmcostplanner.ui;

import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

import org.llmcostplanner.model.SwitchableValue;

/**
 * A {@link NumberInput} with a check box that switches the value on and off (a constraint that
 * applies or not, a measurement that exists or not). A switched-off value stays editable but
 * greyed, and keeps what was typed for when it is switched back on.
 */
final class SwitchedInput extends HBox {
    private final CheckBox enabled = new CheckBox();
    private final NumberInput value;

    /**
     * @param input     the value and its switch
     * @param switchTip what the check box does, e.g. "Apply this limit"
     */
    SwitchedInput(SwitchableValue input, String switchTip, PlannerViewModel viewModel) {
        super(6);
        value = new NumberInput(input.value(), viewModel);
        enabled.setId(input.value().path().replace('.', '-') + "-enabled");
        enabled.setTooltip(new Tooltip(switchTip));
        enabled.setSelected(input.isOn(viewModel.getScenario()));
        enabled.selectedProperty().addListener((obs, was, on) -> {
            if (on != input.isOn(viewModel.getScenario())) {
                viewModel.edit(scenario -> input.switched(scenario, on));
            }
        });
        viewModel.scenarioProperty().addListener((obs, old, scenario) -> enabled.setSelected(input.isOn(scenario)));
        value.opacityProperty().bind(javafx.beans.binding.Bindings.when(enabled.selectedProperty()).then(1.0).otherwise(0.55));
        HBox.setHgrow(value, Priority.ALWAYS);
        setAlignment(Pos.TOP_LEFT);
        enabled.setPadding(new javafx.geometry.Insets(6, 0, 0, 0));
        getChildren().addAll(enabled, value);
    }

    CheckBox enabled() {
        return enabled;
    }

    NumberInput value() {
        return value;
    }
}
