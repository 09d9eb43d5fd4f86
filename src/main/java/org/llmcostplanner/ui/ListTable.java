package org.llmcostplanner.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.DoubleFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;

/**
 * The editing machinery shared by the window's tables of scenario lists (Pareto configurations,
 * routing tiers): rows are indexes into the scenario's list, so the table always shows the
 * model's values and a long list costs only the rows on screen; cells commit on Enter or a click
 * elsewhere; invalid text is refused with a message naming the row and the column while the
 * scenario keeps its value; rows are added, duplicated, removed (several at once, also with
 * Delete) and moved. FX-thread only.
 *
 * @param <T> the list's element
 */
final class ListTable<T> {
    private final TableView<Integer> table = new TableView<>();
    private final Label error = new Label();
    /**
     * Counts changes to what the rows show: each cell listens to it and reads its value again, so
     * a change updates the cells on screen in place. (TableView.refresh() would discard and rebuild
     * every cell, a full restyle and repaint of the table on each edit.)
     */
    private final IntegerProperty shownVersion = new SimpleIntegerProperty(this, "shownVersion");
    private final String idPrefix;
    private final Supplier<List<T>> items;
    private final Consumer<List<T>> setItems;
    private final Function<T, String> subject;

    /**
     * @param idPrefix node ids start with it ({@code pareto} gives {@code pareto-table}, {@code pareto-column-name})
     * @param items    the scenario's list now
     * @param setItems edits the scenario to hold a new list
     * @param subject  how messages name a row, e.g. {@code 'GPT-4o'} or {@code tier 'Hard'}
     */
    ListTable(String idPrefix, Supplier<List<T>> items, Consumer<List<T>> setItems, Function<T, String> subject) {
        this.idPrefix = idPrefix;
        this.items = items;
        this.setItems = setItems;
        this.subject = subject;
        table.setId(idPrefix + "-table");
        table.setEditable(true);
        table.setFixedCellSize(30);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        error.setId(idPrefix + "-table-error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.managedProperty().bind(error.visibleProperty());
        error.setVisible(false);
        table.setOnKeyPressed(event -> {
            if ((event.getCode() == KeyCode.DELETE || event.getCode() == KeyCode.BACK_SPACE) && table.getEditingCell() == null) {
                removeSelected();
                event.consume();
            }
        });
    }

    TableView<Integer> table() {
        return table;
    }

    Label error() {
        return error;
    }

    IntegerProperty shownVersion() {
        return shownVersion;
    }

    List<T> items() {
        return items.get();
    }

    /**
     * An editable column: {@code show} gives the cell text, {@code edited} the element with the
     * typed text applied, or empty after it reported why the text was refused.
     */
    TableColumn<Integer, String> textColumn(String header, double width, Pos alignment, Function<T, String> show,
                                            BiFunction<T, String, Optional<T>> edited) {
        TableColumn<Integer, String> column = readOnlyColumn(header, width, alignment, show);
        column.setEditable(true);
        column.setOnEditCommit(event -> {
            int row = event.getRowValue();
            String typed = event.getNewValue() == null ? "" : event.getNewValue();
            if (typed.equals(show.apply(items().get(row)))) {
                showChanges(); // committed as shown: keep the exact value behind the rounded text
                return;
            }
            edited.apply(items().get(row), typed).ifPresentOrElse(changed -> replace(row, changed), this::showChanges);
        });
        return column;
    }

    /** A column the user reads but does not edit. */
    TableColumn<Integer, String> readOnlyColumn(String header, double width, Pos alignment, Function<T, String> show) {
        TableColumn<Integer, String> column = new TableColumn<>(header);
        column.setId(idPrefix + "-column-" + header.replaceAll("[^A-Za-z0-9]+", "-").toLowerCase(java.util.Locale.ROOT));
        // A row can outlive its element for a moment: listeners hear of an edit before the rows do.
        column.setCellValueFactory(row -> new ReadOnlyStringWrapper(
                row.getValue() < items().size() ? show.apply(items().get(row.getValue())) : ""));
        column.setCellFactory(c -> new CommittingTextCell<>(alignment, shownVersion));
        column.setEditable(false);
        column.setSortable(false); // the order is the user's: rows move by buttons
        column.setPrefWidth(width);
        column.setMinWidth(alignment == Pos.CENTER_RIGHT ? width : Math.min(width, 80)); // numbers keep room; names give way
        return column;
    }

    /** A name edit: refused when blank. */
    Optional<T> renamed(T item, String text, BiFunction<T, String, T> withName) {
        if (text.isBlank()) {
            showError("Name of " + subject.apply(item) + ": must not be empty.");
            return Optional.empty();
        }
        return Optional.of(withName.apply(item, text.strip()));
    }

    /** A number edit ("93", "93%", "1,000"): refused with the column and the reason when it does not parse or is out of range. */
    Optional<T> number(T item, String text, String column, DoubleFunction<Optional<String>> problem,
                       DoubleFunction<T> withValue) {
        String typed = text.strip();
        double value;
        try {
            value = NumberText.parse(typed.endsWith("%") ? typed.substring(0, typed.length() - 1) : typed);
        } catch (NumberFormatException notANumber) {
            showError(column + " of " + subject.apply(item) + ": " + notANumber.getMessage());
            return Optional.empty();
        }
        Optional<String> reason = problem.apply(value);
        if (reason.isPresent()) {
            showError(column + " of " + subject.apply(item) + " " + reason.get());
            return Optional.empty();
        }
        return Optional.of(withValue.apply(value));
    }

    /** Matches the rows to the list's size and rereads the cells. */
    void showRows(int size) {
        if (table.getItems().size() != size) {
            List<Integer> rows = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                rows.add(i);
            }
            table.getItems().setAll(rows);
        }
        showChanges();
    }

    /** Updates the cells on screen to the scenario. */
    void showChanges() {
        shownVersion.set(shownVersion.get() + 1);
    }

    void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }

    void hideError() {
        error.setVisible(false);
    }

    private void set(List<T> next) {
        error.setVisible(false);
        setItems.accept(next);
    }

    void replace(int row, T changed) {
        List<T> next = new ArrayList<>(items());
        next.set(row, changed);
        set(next);
    }

    /** Adds {@code added} after the selection (or at the end) and starts editing its {@code editColumn}. */
    void addRow(T added, int editColumn) {
        List<T> next = new ArrayList<>(items());
        int at = table.getSelectionModel().getSelectedIndices().isEmpty() ? next.size()
                : table.getSelectionModel().getSelectedIndices().stream().mapToInt(Integer::intValue).max().getAsInt() + 1;
        next.add(at, added);
        set(next);
        table.getSelectionModel().clearAndSelect(at);
        table.scrollTo(at);
        table.layout();
        table.edit(at, table.getColumns().get(editColumn));
    }

    void duplicateSelected(UnaryOperator<T> copy) {
        int row = table.getSelectionModel().getSelectedIndex();
        if (row < 0) {
            return;
        }
        List<T> next = new ArrayList<>(items());
        next.add(row + 1, copy.apply(next.get(row)));
        set(next);
        table.getSelectionModel().clearAndSelect(row + 1);
    }

    void removeSelected() {
        List<Integer> rows = new ArrayList<>(table.getSelectionModel().getSelectedIndices());
        if (rows.isEmpty()) {
            return;
        }
        rows.sort(Comparator.reverseOrder());
        List<T> next = new ArrayList<>(items());
        for (int row : rows) {
            next.remove(row);
        }
        table.getSelectionModel().clearSelection();
        set(next);
    }

    void moveSelected(int by) {
        int row = table.getSelectionModel().getSelectedIndex();
        int to = row + by;
        if (row < 0 || to < 0 || to >= items().size()) {
            return;
        }
        List<T> next = new ArrayList<>(items());
        next.add(to, next.remove(row));
        set(next);
        table.getSelectionModel().clearAndSelect(to);
        table.scrollTo(Math.max(0, to - 3));
    }

    /**
     * The row buttons, enabled as the selection allows: Add, Duplicate, Remove, Up, Down.
     *
     * @param noun what a row is, for tooltips ("configuration", "tier")
     */
    List<Button> rowButtons(String noun, Runnable add, UnaryOperator<T> copy) {
        Button addButton = button("Add", idPrefix + "-add", "Add a " + noun + " after the selected row", add);
        Button duplicate = button("Duplicate", idPrefix + "-duplicate", "Copy the selected " + noun + " below it",
                () -> duplicateSelected(copy));
        Button remove = button("Remove", idPrefix + "-remove", "Remove the selected rows (Delete)", this::removeSelected);
        Button up = button("Up", idPrefix + "-up", "Move the selected row up", () -> moveSelected(-1));
        Button down = button("Down", idPrefix + "-down", "Move the selected row down", () -> moveSelected(1));
        var selected = table.getSelectionModel().getSelectedIndices();
        remove.disableProperty().bind(Bindings.isEmpty(selected));
        duplicate.disableProperty().bind(Bindings.size(selected).isNotEqualTo(1));
        up.disableProperty().bind(duplicate.disableProperty());
        down.disableProperty().bind(duplicate.disableProperty());
        return List.of(addButton, duplicate, remove, up, down);
    }

    static Button button(String text, String id, String tip, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setTooltip(new Tooltip(tip));
        button.setOnAction(event -> action.run());
        return button;
    }
}
