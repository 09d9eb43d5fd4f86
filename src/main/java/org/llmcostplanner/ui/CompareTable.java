package org.llmcostplanner.ui;

import static org.llmcostplanner.ui.ReadOnlyTables.column;

import java.util.List;
import java.util.Optional;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableObjectValue;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import org.llmcostplanner.model.plan.KpiDelta;
import org.llmcostplanner.model.plan.KpiText;
import org.llmcostplanner.model.plan.ScenarioComparison;

/**
 * Every figure of plan A and plan B with B less A and that change in percent of A, in the units of
 * {@link KpiText}. A change for the better (a cost or latency down, a saving or quality up) is
 * blue, for the worse orange: the Okabe-Ito pair, told apart with any colour vision, and the
 * printed sign says which way the figure went in any case.
 */
final class CompareTable {
    static final String BETTER = "change-better";
    static final String WORSE = "change-worse";
    /** Width of the table, px: its columns' widths and room for a scroll bar. */
    static final double WIDTH = 600;

    private CompareTable() {
    }

    /** A table of the rows of {@code comparison}; empty while it is. */
    static TableView<KpiDelta> of(ObservableObjectValue<Optional<ScenarioComparison>> comparison) {
        TableView<KpiDelta> table = ReadOnlyTables.table("compare-table", "Set plan A to compare it with B");
        table.getStyleClass().add("compare-table");
        table.setFixedCellSize(22); // all 21 figures fit under the waterfalls at 1920 x 1080
        table.getColumns().add(column("Figure", 196, Pos.CENTER_LEFT,
                row -> (row.id().contains(".") ? "    " : "") + row.label()));
        table.getColumns().add(column("A", 96, Pos.CENTER_RIGHT, row -> KpiText.value(row.unit(), row.shownA())));
        table.getColumns().add(column("B", 96, Pos.CENTER_RIGHT, row -> KpiText.value(row.unit(), row.shownB())));
        table.getColumns().add(judged(column("B \u2212 A", 106, Pos.CENTER_RIGHT,
                row -> KpiText.change(row.unit(), row.shownDelta()))));
        table.getColumns().add(judged(column("Change", 84, Pos.CENTER_RIGHT, row -> KpiText.percent(row.deltaPercent()))));
        table.itemsProperty().bind(Bindings.createObjectBinding(() -> FXCollections.observableList(
                comparison.get().map(ScenarioComparison::rows).orElse(List.of())), comparison));
        return table;
    }

    /** {@code column} with its cells coloured by their row's {@link KpiDelta#verdict()}. */
    private static TableColumn<KpiDelta, String> judged(TableColumn<KpiDelta, String> column) {
        column.setCellFactory(unused -> new JudgedCell());
        return column;
    }

    /** A change in the colour of its verdict; neither keeps the table's text colour. */
    private static final class JudgedCell extends TableCell<KpiDelta, String> {
        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            setText(empty ? null : text);
            getStyleClass().removeAll(BETTER, WORSE);
            int index = getIndex();
            KpiDelta row = empty || index < 0 || index >= getTableView().getItems().size() ? null
                    : getTableView().getItems().get(index);
            if (row != null) {
                switch (row.verdict()) {
                    case BETTER -> getStyleClass().add(BETTER);
                    case WORSE -> getStyleClass().add(WORSE);
                    case NEITHER -> { }
                }
            }
        }
    }
}
