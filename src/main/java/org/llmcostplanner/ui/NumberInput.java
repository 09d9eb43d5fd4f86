package org.llmcostplanner.ui;

import java.util.Optional;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.model.ScenarioInput;

/**
 * A slider paired with an editable field for one {@link ScenarioInput}, with its unit. The slider
 * covers the usual range (in powers of ten for log inputs); the field accepts any valid value,
 * also outside the slider's range. Invalid text is refused with a message under the control and
 * leaves the scenario untouched; Escape restores the current value.
 *
 * <p>Undo: a drag of the slider (of its thumb, or along its track) is one undo step, from the
 * value before the press to the value at the release; a value typed and committed is one step.
 */
final class NumberInput extends VBox {
    /** Wide enough for the longest unit, so the sliders of a panel line up. */
    private static final double UNIT_WIDTH = 100;

    private final ScenarioInput input;
    private final PlannerViewModel viewModel;
    private final Slider slider = new Slider();
    private final TextField field = new TextField();
    private final Label error = new Label();
    private boolean showingValue;
    private String shownText = "";
    /** True from a mouse press on the slider to its release: the edits between are one gesture. */
    private boolean pressed;

    NumberInput(ScenarioInput input, PlannerViewModel viewModel) {
        this.input = input;
        this.viewModel = viewModel;
        createView();
        initListeners();
        show(viewModel.getScenario());
    }

    private void createView() {
        String id = input.path().replace('.', '-');
        Label label = new Label(input.label());
        label.getStyleClass().add("input-label");
        label.setLabelFor(field);
        label.setMinWidth(Region.USE_PREF_SIZE);
        slider.setId(id + "-slider");
        slider.setMin(toSlider(input.sliderMin()));
        slider.setMax(toSlider(input.sliderMax()));
        slider.setFocusTraversable(false);
        slider.setMaxWidth(Double.MAX_VALUE);
        field.setId(id + "-field");
        field.setPrefWidth(100);
        field.setMinWidth(100);
        field.setAlignment(Pos.CENTER_RIGHT);
        field.setTooltip(new Tooltip(input.label() + " in " + input.unit() + "; valid from "
                + NumberText.format(input.validMin(), input.decimals()) + " to "
                + NumberText.format(input.validMax(), input.decimals())));
        Label unit = new Label(input.unit());
        unit.getStyleClass().add("unit-label");
        unit.setMinWidth(UNIT_WIDTH);
        unit.setPrefWidth(UNIT_WIDTH);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, label, spacer, field, unit);
        header.setAlignment(Pos.CENTER_LEFT);
        error.setId(id + "-error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.managedProperty().bind(error.visibleProperty());
        error.setVisible(false);
        getChildren().addAll(header, slider, error);
        setSpacing(2);
        getStyleClass().add("number-input");
    }

    private void initListeners() {
        viewModel.scenarioProperty().addListener((obs, old, scenario) -> {
            if (old == null || input.get(old) != input.get(scenario)) {
                clearError(); // a value set elsewhere (slider, Open, New) replaces refused text
                show(scenario);
            }
        });
        slider.valueProperty().addListener((obs, old, position) -> {
            if (!showingValue) {
                commit(fromSlider(position.doubleValue()), pressed || slider.isValueChanging() ? this : null);
            }
        });
        // The press is seen before the skin moves the value; the release after the skin's last move.
        slider.addEventFilter(MouseEvent.MOUSE_PRESSED, event -> {
            viewModel.endGesture(this); // a release this slider never heard of
            pressed = true;
        });
        slider.addEventHandler(MouseEvent.MOUSE_RELEASED, event -> {
            pressed = false;
            viewModel.endGesture(this);
        });
        slider.valueChangingProperty().addListener((obs, was, changing) -> {
            if (!changing && !pressed) {
                viewModel.endGesture(this);
            }
        });
        field.setOnAction(event -> commitText());
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                commitText();
            }
        });
        field.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                clearError();
                show(viewModel.getScenario());
            }
        });
    }

    private void commitText() {
        if (field.getText().equals(shownText)) {
            clearError();
            show(viewModel.getScenario()); // unchanged: keep the exact value behind the rounded text
            return;
        }
        double value;
        try {
            value = NumberText.parse(field.getText());
        } catch (NumberFormatException notANumber) {
            showError(notANumber.getMessage());
            return;
        }
        if (input.problem(value).isPresent()) {
            showError(input.problem(value).get());
            return;
        }
        clearError();
        commit(value, null);
        show(viewModel.getScenario());
    }

    /**
     * Sets the value unless it conflicts with the plan's other values; then says why and shows the value kept.
     *
     * @param gesture the drag the value comes from, or null for a value of its own (see {@link PlannerViewModel#editInGesture})
     */
    private void commit(double value, Object gesture) {
        Optional<String> conflict = viewModel.conflict(input, value);
        if (conflict.isPresent()) {
            showSentence(conflict.get());
            show(viewModel.getScenario());
            return;
        }
        clearError();
        viewModel.setInput(input, value, gesture);
    }

    private void show(Scenario scenario) {
        double value = input.get(scenario);
        showingValue = true;
        try {
            slider.setValue(toSlider(Math.min(Math.max(value, input.sliderMin()), input.sliderMax())));
            if (!error.isVisible()) {
                shownText = NumberText.format(value, input.decimals());
                field.setText(shownText);
            }
        } finally {
            showingValue = false;
        }
    }

    private void showError(String reason) {
        showSentence(input.label() + ": " + reason);
    }

    private void showSentence(String text) {
        error.setText(text);
        error.setVisible(true);
        if (!field.getStyleClass().contains("error")) {
            field.getStyleClass().add("error");
        }
    }

    private void clearError() {
        error.setVisible(false);
        field.getStyleClass().remove("error");
    }

    private double toSlider(double value) {
        return input.logSlider() ? Math.log10(value) : value;
    }

    /**
     * Slider position to a value a user would type: 3 significant digits on log sliders; on linear
     * ones, steps of about a two-hundredth of the slider (0.001 on a 0.8..1 threshold, 1 on a
     * 0..400 rate), never finer than the field's decimals.
     */
    private double fromSlider(double position) {
        if (input.logSlider()) {
            return NumberText.roundSignificant(Math.pow(10, position), 3);
        }
        int decimals = (int) Math.ceil(-Math.log10((input.sliderMax() - input.sliderMin()) / 200));
        double scale = Math.pow(10, Math.max(0, Math.min(input.decimals(), decimals)));
        return Math.round(position * scale) / scale;
    }

    Slider slider() {
        return slider;
    }

    TextField field() {
        return field;
    }
}
