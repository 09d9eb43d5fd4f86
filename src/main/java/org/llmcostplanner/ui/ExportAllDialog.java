package org.llmcostplanner.ui;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

import org.llmcostplanner.chart.ChartExport;

/** Asks for the size, pixel scale and format of exported charts. */
final class ExportAllDialog extends Dialog<ExportSettings> {

    ExportAllDialog(ExportSettings current, Window owner) {
        initOwner(owner);
        setTitle("Export all charts");
        setHeaderText("One file per chart, at slide size.");
        Spinner<Integer> width = new Spinner<>(200, 8000, current.width(), 10);
        Spinner<Integer> height = new Spinner<>(150, 8000, current.height(), 10);
        width.setEditable(true);
        height.setEditable(true);
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
                ? new ExportSettings(width.getValue(), height.getValue(),
                        scale.getSelectionModel().getSelectedIndex() == 1 ? 2 : 1, format.getValue())
                : null);
    }
}
