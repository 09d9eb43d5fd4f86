package org.llmcostplanner.ui;

import java.util.function.BiFunction;
import java.util.function.Predicate;

import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.model.ScenarioInput;

/**
 * A {@link NumberInput} with a check box that switches the value on and off (a constraint that
 * applies or not, a measurement that exists or not). A switched-off value stays editable but
 * greyed, and keeps what was typed for when it is switched back on.
 */
final class SwitchedInput extends HBox {
    private final CheckBox enabled = new CheckBox();
    private final NumberInput value;

    /**
     * @param input     the value
     * @param isOn      reads the switch from a scenario
     * @param switched  a copy of a scenario with the switch set
     * @param switchTip what the check box does, e.g. "Apply this limit"
     */
    SwitchedInput(ScenarioInput input, Predicate<Scenario> isOn, BiFunction<Scenario, Boolean, Scenario> switched,
                  String switchTip, PlannerViewModel viewModel) {
        super(6);
        value = new NumberInput(input, viewModel);
        enabled.setId(input.path().replace('.', '-') + "-enabled");
        enabled.setTooltip(new Tooltip(switchTip));
        enabled.setSelected(isOn.test(viewModel.getScenario()));
        enabled.selectedProperty().addListener((obs, was, on) -> {
            if (on != isOn.test(viewModel.getScenario())) {
                viewModel.edit(scenario -> switched.apply(scenario, on));
            }
        });
        viewModel.scenarioProperty().addListener((obs, old, scenario) -> enabled.setSelected(isOn.test(scenario)));
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
