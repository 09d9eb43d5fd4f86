package org.llmcostplanner.ui;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.llmcostplanner.io.UsageColumns;
import org.llmcostplanner.io.UsageField;

/**
 * The column-mapping step of a usage import: a ComboBox per field listing the file's columns,
 * preset from the guessed mapping, and the ready mappings (Standard, Langfuse) that replace it
 * whole. OK only when every required field has a column.
 */
final class ColumnMappingDialog extends Dialog<UsageColumns> {
    static final String BY_HAND = "Columns chosen below";
    static final String STANDARD = "Standard (the chapter's column names)";
    static final String LANGFUSE = "Langfuse observations (JSONL)";
    static final String NONE = "(none)";

    private final Map<UsageField, ComboBox<String>> choices = new EnumMap<>(UsageField.class);
    private final ComboBox<String> ready = new ComboBox<>();

    /**
     * @param fileName the file, for the header
     * @param columns  its CSV header or JSON paths ({@link org.llmcostplanner.io.UsageLogReader#columnsOf})
     * @param guessed  {@link UsageColumns#guess} of them
     */
    ColumnMappingDialog(Window owner, String fileName, List<String> columns, UsageColumns guessed) {
        initOwner(owner);
        setTitle("Usage log columns");
        setHeaderText(fileName + ": which column holds each field? Timestamp, model, input and output tokens are required;"
                + " a row without a cost is priced from the catalog.");
        ready.getItems().addAll(BY_HAND, STANDARD, LANGFUSE);
        ready.setValue(BY_HAND);
        ready.setId("usage-mapping-ready");
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(4);
        int row = 0;
        for (UsageField field : UsageField.values()) {
            ComboBox<String> box = new ComboBox<>();
            box.setId("usage-mapping-" + field.standardName());
            box.getItems().add(NONE);
            box.getItems().addAll(columns);
            UsageColumns.Source source = guessed.sources().get(field);
            box.setValue(source != null && columns.contains(source.toString()) ? source.toString() : NONE);
            box.disableProperty().bind(ready.valueProperty().isNotEqualTo(BY_HAND));
            box.setPrefWidth(220);
            choices.put(field, box);
            grid.addRow(row++, new Label(field.standardName() + (field.required() ? " *" : "")), box);
        }
        getDialogPane().setContent(new VBox(8, new Label("Ready mapping"), ready, grid));
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        List<ObservableValue<?>> inputs = new ArrayList<>(choices.values().stream().map(ComboBox::valueProperty).toList());
        inputs.add(ready.valueProperty());
        BooleanBinding incomplete = Bindings.createBooleanBinding(() -> !mapping().missingRequired().isEmpty(),
                inputs.toArray(ObservableValue[]::new));
        getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(incomplete);
        setResultConverter(button -> button == ButtonType.OK ? mapping() : null);
    }

    /** The mapping as the dialog stands. */
    UsageColumns mapping() {
        if (STANDARD.equals(ready.getValue())) {
            return UsageColumns.STANDARD;
        }
        if (LANGFUSE.equals(ready.getValue())) {
            return UsageColumns.LANGFUSE;
        }
        Map<UsageField, UsageColumns.Source> sources = new EnumMap<>(UsageField.class);
        choices.forEach((field, box) -> {
            if (box.getValue() != null && !NONE.equals(box.getValue())) {
                sources.put(field, UsageColumns.Source.column(box.getValue()));
            }
        });
        return UsageColumns.of("chosen by hand", sources);
    }

    /** Shows the dialog; empty when the user cancelled. */
    static Optional<UsageColumns> ask(Window owner, String fileName, List<String> columns, UsageColumns guessed) {
        return new ColumnMappingDialog(owner, fileName, columns, guessed).showAndWait();
    }
}
