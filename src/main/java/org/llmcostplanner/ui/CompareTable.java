package org.llmcostplanner.ui;

import static org.llmcostplanner.ui.ReadOnlyTables.column;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableObjectValue;
import javafx.collections.FXCollections;
import javafx.css.PseudoClass;
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
    static final PseudoClass BETTER = PseudoClass.getPseudoClass("better");
    static final PseudoClass WORSE = PseudoClass.getPseudoClass("worse");
    /** Width of the table, px: its columns' widths and room for a scroll bar. */
    static final double WIDTH = 600;

    /** A change as shown: its text, and whether it is for the better. */
    record Judged(String text, KpiDelta.Verdict verdict) {
    }

    private CompareTable() {
    }

    /** A table of the figures of {@code comparison}; empty while it is. */
    static TableView<KpiDelta> of(ObservableObjectValue<Optional<ScenarioComparison>> comparison) {
        TableView<KpiDelta> table = ReadOnlyTables.table("compare-table", "Set plan A to compare it with B");
        table.getStyleClass().add("compare-table");
        table.setFixedCellSize(22); // all 21 figures fit under the waterfalls at 1920 x 1080
        table.getColumns().add(column("Figure", 196, Pos.CENTER_LEFT,
                row -> (row.id().contains(".") ? "    " : "") + row.label()));
        table.getColumns().add(column("A", 96, Pos.CENTER_RIGHT, row -> KpiText.value(row.unit(), row.shownA())));
        table.getColumns().add(column("B", 96, Pos.CENTER_RIGHT, row -> KpiText.value(row.unit(), row.shownB())));
        table.getColumns().add(judged("B \u2212 A", 106, row -> KpiText.change(row.unit(), row.shownDelta())));
        table.getColumns().add(judged("Change", 84, row -> KpiText.percent(row.deltaPercent())));
        table.getColumns().stream().skip(1).forEach(number -> number.getStyleClass().add("number")); // headers over their figures
        table.itemsProperty().bind(Bindings.createObjectBinding(() -> FXCollections.observableList(
                comparison.get().map(ScenarioComparison::rows).orElse(List.of())), comparison));
        return table;
    }

    /**
     * A column of a change, coloured by its verdict. The cell's item holds both, so a cell is
     * updated when either changes ("0.0%" may turn from better to worse).
     */
    private static TableColumn<KpiDelta, Judged> judged(String title, double width, Function<KpiDelta, String> text) {
        TableColumn<KpiDelta, Judged> column = column(title, width, Pos.CENTER_RIGHT,
                row -> new ReadOnlyObjectWrapper<>(new Judged(text.apply(row), row.verdict())), Judged.class);
        column.setCellFactory(unused -> new JudgedCell());
        return column;
    }

    /**
     * A change in the colour of its verdict; neither keeps the table's text colour. Pseudo-classes,
     * not style classes: CSS is applied again only to a cell whose verdict changed.
     */
    private static final class JudgedCell extends TableCell<KpiDelta, Judged> {
        @Override
        protected void updateItem(Judged judged, boolean empty) {
            super.updateItem(judged, empty);
            boolean shown = !empty && judged != null;
            setText(shown ? judged.text() : null);
            pseudoClassStateChanged(BETTER, shown && judged.verdict() == KpiDelta.Verdict.BETTER);
            pseudoClassStateChanged(WORSE, shown && judged.verdict() == KpiDelta.Verdict.WORSE);
        }
    }
}
