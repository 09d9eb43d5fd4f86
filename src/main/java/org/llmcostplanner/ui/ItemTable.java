package org.llmcostplanner.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.llmcostplanner.model.format.Money;
import org.llmcostplanner.model.Scenario;

/**
 * An editable table of named amounts (line items, engineering tasks): rename and change amounts
 * in place, add and remove rows. Invalid amounts and empty names are refused with a message and
 * the scenario keeps its value.
 */
final class ItemTable<T> extends VBox {
    private static final double ROW_HEIGHT = 30;
    /** Column header height under the AtlantaFX theme, plus borders; the table shows every row without scrolling. */
    private static final double HEADER_HEIGHT = 44;

    private final ItemTableSpec<T> spec;
    private final PlannerViewModel viewModel;
    private final TableView<Integer> table = new TableView<>();
    private final Label error = new Label();

    ItemTable(ItemTableSpec<T> spec, PlannerViewModel viewModel) {
        this.spec = spec;
        this.viewModel = viewModel;
        createView();
        initListeners();
        showRows(viewModel.getScenario());
    }

    private void createView() {
        table.setId(spec.id() + "-table");
        table.setEditable(true);
        table.setFixedCellSize(ROW_HEIGHT);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No lines: press Add"));

        TableColumn<Integer, String> nameColumn = new TableColumn<>("Name");
        nameColumn.setCellValueFactory(row -> new ReadOnlyStringWrapper(spec.name().apply(item(row.getValue()))));
        nameColumn.setCellFactory(column -> new CommittingTextCell<>(Pos.CENTER_LEFT));
        nameColumn.setOnEditCommit(event -> rename(event.getRowValue(), event.getNewValue()));
        nameColumn.setPrefWidth(240);

        TableColumn<Integer, String> amountColumn = new TableColumn<>(spec.amountHeader());
        amountColumn.setCellValueFactory(row -> new ReadOnlyStringWrapper(
                NumberText.format(spec.amount().applyAsDouble(item(row.getValue())), spec.amountDecimals())));
        amountColumn.setCellFactory(column -> new CommittingTextCell<>(Pos.CENTER_RIGHT));
        amountColumn.setOnEditCommit(event -> changeAmount(event.getRowValue(), event.getNewValue()));
        amountColumn.setPrefWidth(115);
        amountColumn.setMinWidth(118);
        table.getColumns().add(nameColumn);
        table.getColumns().add(amountColumn);

        if (spec.monthlyUsd() != null) {
            TableColumn<Integer, String> costColumn = new TableColumn<>("USD / month");
            costColumn.setCellValueFactory(row -> new ReadOnlyStringWrapper(
                    Money.usd(spec.monthlyUsd().apply(viewModel.getScenario(), item(row.getValue())))));
            costColumn.setEditable(false);
            costColumn.setStyle("-fx-alignment: CENTER-RIGHT;");
            costColumn.setPrefWidth(105);
            costColumn.setMinWidth(118);
            table.getColumns().add(costColumn);
        }

        Button add = new Button("Add");
        add.setId(spec.id() + "-add");
        add.setOnAction(event -> addRow());
        Button remove = new Button("Remove");
        remove.setId(spec.id() + "-remove");
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(event -> removeSelected());
        Label title = new Label(spec.title());
        title.getStyleClass().add("section-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(6, title, spacer, add, remove);
        header.setAlignment(Pos.CENTER_LEFT);

        error.setId(spec.id() + "-error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.managedProperty().bind(error.visibleProperty());
        error.setVisible(false);
        getChildren().addAll(header, table, error);
        setSpacing(4);
    }

    private void initListeners() {
        viewModel.scenarioProperty().addListener((obs, old, scenario) -> {
            if (old == null || !shownValues(old).equals(shownValues(scenario))) {
                showRows(scenario);
            }
        });
    }

    /** Rows are indexes into the scenario's list, so the table always shows the model's values. */
    private void showRows(Scenario scenario) {
        int size = spec.itemsOf().apply(scenario).size();
        if (table.getItems().size() != size) {
            List<Integer> rows = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                rows.add(i);
            }
            table.getItems().setAll(rows);
        } else {
            table.refresh();
        }
        table.setPrefHeight(ROW_HEIGHT * Math.max(size, 1) + HEADER_HEIGHT);
        table.setMinHeight(table.getPrefHeight());
    }

    /** What the rows display for {@code scenario}; unchanged values skip the refresh during slider drags. */
    private List<Object> shownValues(Scenario scenario) {
        List<T> items = spec.itemsOf().apply(scenario);
        List<Object> values = new ArrayList<>(items);
        if (spec.monthlyUsd() != null) {
            for (T item : items) {
                values.add(spec.monthlyUsd().apply(scenario, item));
            }
        }
        return values;
    }

    private T item(int row) {
        return spec.itemsOf().apply(viewModel.getScenario()).get(row);
    }

    private void rename(int row, String newName) {
        if (newName == null || newName.isBlank()) {
            showError("A name must not be empty.");
            table.refresh();
            return;
        }
        replace(row, spec.renamed().apply(item(row), newName.strip()));
    }

    private void changeAmount(int row, String text) {
        double value;
        try {
            value = NumberText.parse(text);
        } catch (NumberFormatException notANumber) {
            showError(spec.amountHeader() + " of '" + spec.name().apply(item(row)) + "': " + notANumber.getMessage());
            table.refresh();
            return;
        }
        Optional<String> problem = spec.amountProblem().apply(value);
        if (problem.isPresent()) {
            showError(spec.amountHeader() + " of '" + spec.name().apply(item(row)) + "' " + problem.get());
            table.refresh();
            return;
        }
        replace(row, spec.reamounted().apply(item(row), value));
    }

    private void replace(int row, T newItem) {
        error.setVisible(false);
        List<T> items = new ArrayList<>(spec.itemsOf().apply(viewModel.getScenario()));
        items.set(row, newItem);
        viewModel.edit(scenario -> spec.withItems().apply(scenario, items));
    }

    private void addRow() {
        error.setVisible(false);
        List<T> items = new ArrayList<>(spec.itemsOf().apply(viewModel.getScenario()));
        items.add(spec.blankItem());
        viewModel.edit(scenario -> spec.withItems().apply(scenario, items));
        int last = items.size() - 1;
        table.getSelectionModel().select(last);
        table.layout();
        table.edit(last, table.getColumns().get(0));
    }

    private void removeSelected() {
        Integer row = table.getSelectionModel().getSelectedItem();
        if (row == null) {
            return;
        }
        error.setVisible(false);
        List<T> items = new ArrayList<>(spec.itemsOf().apply(viewModel.getScenario()));
        items.remove((int) row);
        viewModel.edit(scenario -> spec.withItems().apply(scenario, items));
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }

    TableView<Integer> table() {
        return table;
    }
}
