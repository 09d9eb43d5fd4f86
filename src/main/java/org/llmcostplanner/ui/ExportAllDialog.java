package org.llmcostplanner.ui;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

import org.llmcostplanner.chart.ChartExport;

/** Asks for the size, pixel scale and format of exported charts. */
final class ExportAllDialog extends Dialog<ExportSettings> {
    private static final int MIN_SIDE = 100;
    private static final int MAX_SIDE = 8000;

    ExportAllDialog(ExportSettings current, Window owner) {
        initOwner(owner);
        setTitle("Export all charts");
        setHeaderText("One file per chart, at slide size.");
        Spinner<Integer> width = sizeSpinner(current.width());
        Spinner<Integer> height = sizeSpinner(current.height());
        ChoiceBox<String> scale = new ChoiceBox<>();
        scale.getItems().addAll("1x", "2x (high-DPI)");
        scale.getSelectionModel().select(current.scale() >= 2 ? 1 : 0);
        ChoiceBox<ChartExport.Format> format = new ChoiceBox<>();
        format.getItems().addAll(ChartExport.Format.values());
        format.setValue(current.format());
        scale.disableProperty().bind(format.valueProperty().isEqualTo(ChartExport.Format.SVG));

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        grid.addRow(0, new Label("Width (px)"), width);
        grid.addRow(1, new Label("Height (px)"), height);
        grid.addRow(2, new Label("Scale"), scale);
        grid.addRow(3, new Label("Format"), format);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        setResultConverter(button -> button == ButtonType.OK
                ? new ExportSettings(typed(width), typed(height),
                        scale.getSelectionModel().getSelectedIndex() == 1 ? 2 : 1, format.getValue())
                : null);
    }

    /** An editable spinner that only takes digits, so a typed size can never be text or empty. */
    private static Spinner<Integer> sizeSpinner(int value) {
        Spinner<Integer> spinner = new Spinner<>(MIN_SIDE, MAX_SIDE, value, 10);
        spinner.setEditable(true);
        spinner.getEditor().setTextFormatter(new TextFormatter<Integer>(
                change -> change.getControlNewText().matches("\\d{1,5}") ? change : null));
        return spinner;
    }

    /** The size in the field, clamped to the allowed range (the spinner commits typed text only on focus loss). */
    private static int typed(Spinner<Integer> spinner) {
        try {
            int value = Integer.parseInt(spinner.getEditor().getText());
            return Math.max(MIN_SIDE, Math.min(MAX_SIDE, value));
        } catch (NumberFormatException notANumber) {
            return spinner.getValue();
        }
    }
}
