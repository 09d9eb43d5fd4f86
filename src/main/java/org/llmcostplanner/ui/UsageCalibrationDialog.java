package org.llmcostplanner.ui;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javafx.geometry.HPos;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.model.ScenarioEvaluator;
import org.llmcostplanner.model.format.Money;
import org.llmcostplanner.model.usage.CalibrationChange;
import org.llmcostplanner.model.usage.CalibrationPreview;

/**
 * The preview before calibrating the plan from usage logs: each change (current, proposed) with a
 * tick to keep it, the monthly TCO now and with the ticked changes, and the notes; Apply or
 * Cancel. The routing shares go together under one tick: some of them alone would not total 100%.
 */
final class UsageCalibrationDialog extends Alert {
    static final ButtonType APPLY = new ButtonType("Apply", ButtonBar.ButtonData.OK_DONE);
    private static final String SHARES_PREFIX = "routing.tiers[";

    /** One tick and the paths of the changes it keeps. */
    private record Choice(CheckBox box, List<String> paths) {
    }

    private final List<Choice> choices = new ArrayList<>();
    private final Label tco = FormParts.figures("usage-calibration-tco");
    private final CalibrationPreview preview;
    private final Scenario scenario;
    /** The plan's monthly TCO before any change, once: only the ticked changes' TCO moves. */
    private final double tcoNowUsd;

    /**
     * @param scenario the plan the preview was made from
     * @param source   where the figures come from, e.g. "month.csv (as filtered)"
     */
    UsageCalibrationDialog(Window owner, CalibrationPreview preview, Scenario scenario, String source) {
        super(AlertType.CONFIRMATION, "", APPLY, ButtonType.CANCEL);
        this.preview = preview;
        this.scenario = scenario;
        this.tcoNowUsd = ScenarioEvaluator.evaluate(scenario).totalUsdPerMonth();
        initOwner(owner);
        setTitle("Calibrate the plan from usage logs");
        setHeaderText(preview.isEmpty() ? "The logs of " + source + " change nothing in the plan."
                : "Set these values of the plan from " + source + "?");
        VBox content = new VBox(10, changes(), tco);
        for (String note : preview.notes()) {
            Label line = new Label(note);
            line.setWrapText(true);
            line.setMaxWidth(560);
            content.getChildren().add(line);
        }
        getDialogPane().setContent(content);
        getDialogPane().lookupButton(APPLY).disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> chosenPaths().isEmpty(), choices.stream().map(choice -> choice.box().selectedProperty())
                        .toArray(javafx.beans.Observable[]::new)));
        showTco();
    }

    private GridPane changes() {
        GridPane grid = new GridPane();
        grid.setId("usage-calibration-changes");
        grid.setHgap(16);
        grid.setVgap(4);
        grid.addRow(0, bold("Value"), bold("Now"), bold("From the logs"));
        int row = 1;
        Choice shares = null;
        for (CalibrationChange change : preview.changes()) {
            boolean share = change.path().startsWith(SHARES_PREFIX);
            Label name = new Label(change.label());
            if (!share || shares == null) {
                CheckBox box = new CheckBox(share ? "Routing shares, all tiers together" : change.label());
                box.setId("usage-calibrate-" + change.path().replaceAll("[^A-Za-z0-9]+", "-"));
                box.setSelected(true);
                box.selectedProperty().addListener((obs, was, selected) -> showTco());
                Choice choice = new Choice(box, new ArrayList<>());
                choices.add(choice);
                if (share) {
                    shares = choice;
                    grid.add(box, 0, row++, 3, 1);
                } else {
                    name = null;
                    grid.add(box, 0, row);
                }
            }
            (share ? shares : choices.get(choices.size() - 1)).paths().add(change.path());
            if (name != null) {
                name.setStyle("-fx-padding: 0 0 0 26;");
                grid.add(name, 0, row);
            }
            grid.add(new Label(value(change.currentValue(), change.unit())), 1, row);
            grid.add(new Label(value(change.proposedValue(), change.unit())), 2, row++);
        }
        for (int column = 0; column < 3; column++) {
            ColumnConstraints constraints = new ColumnConstraints();
            constraints.setHalignment(column == 0 ? HPos.LEFT : HPos.RIGHT);
            grid.getColumnConstraints().add(constraints);
        }
        return grid;
    }

    /** The paths of the ticked changes, in the preview's order. */
    Set<String> chosenPaths() {
        Set<String> paths = new LinkedHashSet<>();
        choices.stream().filter(choice -> choice.box().isSelected()).forEach(choice -> paths.addAll(choice.paths()));
        return paths;
    }

    /** The ticked changes' paths after Apply; empty after Cancel. */
    Optional<Set<String>> choose() {
        return showAndWait().filter(APPLY::equals).map(apply -> chosenPaths());
    }

    private void showTco() {
        if (preview.isEmpty()) {
            tco.setText("");
            return;
        }
        double tcoAfterUsd = ScenarioEvaluator.evaluate(preview.applyOnly(scenario, chosenPaths())).totalUsdPerMonth();
        tco.setText("Monthly TCO: " + Money.usd(tcoNowUsd) + " now, " + Money.usd(tcoAfterUsd) + " with the ticked changes");
    }

    private static Label bold(String text) {
        Label label = new Label(text);
        label.setStyle("-fx-font-weight: bold;");
        return label;
    }

    /** {@code 12,345 queries / day}, {@code 62.5 %}. */
    static String value(double value, String unit) {
        return "%".equals(unit) ? Money.tenths(value) + " %" : NumberText.format(value, value < 100 ? 2 : 0) + " " + unit;
    }
}
