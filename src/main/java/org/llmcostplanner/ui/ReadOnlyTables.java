package org.llmcostplanner.ui;

import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** Tables of figures to read, not edit (the Usage tab's breakdowns, the Compare tab's figures): rows of text, unsortable. */
final class ReadOnlyTables {
    /** Height of a row, px: fixed, so a table can be sized to its rows. */
    static final double ROW_HEIGHT = 26;

    private ReadOnlyTables() {
    }

    /** An empty table that fits its columns to its width and says {@code placeholder} when it has no rows. */
    static <T> TableView<T> table(String id, String placeholder) {
        TableView<T> table = new TableView<>();
        table.setId(id);
        table.setPlaceholder(new Label(placeholder));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.setFixedCellSize(ROW_HEIGHT);
        return table;
    }

    /**
     * A column of {@code text} of each row, {@code width} px wide to start with; numbers go
     * {@link Pos#CENTER_RIGHT} and then never shrink below 64 px (or their width).
     */
    static <T> TableColumn<T, String> column(String title, double width, Pos alignment, Function<T, String> text) {
        return column(title, width, alignment, (T row) -> new ReadOnlyStringWrapper(text.apply(row)), String.class);
    }

    /**
     * As {@link #column(String, double, Pos, Function)}, each cell showing a value of its row that
     * it follows as it changes ({@code type} names the value's type for the compiler).
     */
    static <T, V> TableColumn<T, V> column(String title, double width, Pos alignment,
                                           Function<T, ObservableValue<V>> value, Class<V> type) {
        TableColumn<T, V> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        if (alignment == Pos.CENTER_RIGHT) {
            column.setMinWidth(Math.min(width, 64));
        }
        column.setSortable(false);
        column.setStyle("-fx-alignment: " + alignment.name().replace('_', '-') + ";");
        column.setCellValueFactory(cell -> value.apply(cell.getValue()));
        return column;
    }
}
