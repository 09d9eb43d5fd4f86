package org.llmcostplanner.ui;

import javafx.geometry.HPos;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.llmcostplanner.model.format.Money;
import org.llmcostplanner.model.usage.CalibrationChange;
import org.llmcostplanner.model.usage.CalibrationPreview;

/** The preview before calibrating the plan from usage logs: each change (current, proposed) and the notes; Apply or Cancel. */
final class UsageCalibrationDialog extends Alert {
    static final ButtonType APPLY = new ButtonType("Apply", ButtonBar.ButtonData.OK_DONE);

    UsageCalibrationDialog(Window owner, CalibrationPreview preview, String source) {
        super(AlertType.CONFIRMATION, "", APPLY, ButtonType.CANCEL);
        initOwner(owner);
        setTitle("Calibrate the plan from usage logs");
        setHeaderText(preview.isEmpty() ? "The logs of " + source + " change nothing in the plan."
                : "Set these values of the plan from " + source + "?");
        GridPane changes = new GridPane();
        changes.setId("usage-calibration-changes");
        changes.setHgap(16);
        changes.setVgap(4);
        changes.addRow(0, bold("Value"), bold("Now"), bold("From the logs"));
        int row = 1;
        for (CalibrationChange change : preview.changes()) {
            changes.addRow(row++, new Label(change.label()), new Label(value(change.currentValue(), change.unit())),
                    new Label(value(change.proposedValue(), change.unit())));
        }
        for (int column = 0; column < 3; column++) {
            ColumnConstraints constraints = new ColumnConstraints();
            constraints.setHalignment(column == 0 ? HPos.LEFT : HPos.RIGHT);
            changes.getColumnConstraints().add(constraints);
        }
        VBox content = new VBox(10, changes);
        for (String note : preview.notes()) {
            Label line = new Label(note);
            line.setWrapText(true);
            line.setMaxWidth(560);
            content.getChildren().add(line);
        }
        getDialogPane().setContent(content);
        getDialogPane().lookupButton(APPLY).setDisable(preview.isEmpty());
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
