package org.llmcostplanner.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

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
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.model.format.Money;
import org.llmcostplanner.model.format.Percent;
import org.llmcostplanner.model.format.Ranges;
import org.llmcostplanner.model.pareto.ParetoAnalysis;
import org.llmcostplanner.model.pareto.ParetoConfiguration;
import org.llmcostplanner.model.pareto.ParetoInputs;

/**
 * The benchmarked configurations as an editable table in the user's order: edit cells in place,
 * add, duplicate, remove (several at once) and move rows. Rows are indexes into the scenario's
 * list, so the table always shows the model's values and a table of 10,000 rows costs only the
 * rows on screen. Invalid cells are refused with a message naming the configuration and the
 * column, and the scenario keeps its value. The first column says where each row stands.
 */
final class ParetoTable extends VBox {
    static final String RECOMMENDED = "Recommended";
    static final String FRONTIER = "Frontier";
    static final String DOMINATED = "Dominated";

    private final PlannerViewModel viewModel;
    private final TableView<Integer> table = new TableView<>();
    private final Label error = new Label();
    private final Label count = new Label();
    /**
     * Counts changes to what the rows show: each cell listens to it and reads its value again, so
     * a change updates the cells on screen in place. (TableView.refresh() would discard and rebuild
     * every cell, a full restyle and repaint of the table on each edit.)
     */
    private final IntegerProperty shownVersion = new SimpleIntegerProperty(this, "shownVersion");

    /**
     * @param importCsv  asks for a CSV file and imports it
     * @param exportCsv  asks for a file and writes the configurations to it
     */
    ParetoTable(PlannerViewModel viewModel, Runnable importCsv, Runnable exportCsv) {
        this.viewModel = viewModel;
        createView(importCsv, exportCsv);
        viewModel.scenarioProperty().addListener((obs, old, scenario) -> {
            if (old == null || old.pareto().configurations() != scenario.pareto().configurations()) {
                error.setVisible(false); // a refused cell's message is about rows that changed since
                showRows(scenario);
            }
        });
        viewModel.paretoAnalysisProperty().addListener((obs, old, analysis) -> {
            showChanges(); // where each row stands may change with the objectives or the limits
            showCount();
        });
        showRows(viewModel.getScenario());
    }

    private void createView(Runnable importCsv, Runnable exportCsv) {
        table.setId("pareto-table");
        table.setEditable(true);
        table.setFixedCellSize(30);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No configurations: press Add, or import a CSV"));

        TableColumn<Integer, String> standing = new TableColumn<>("Standing");
        standing.setCellValueFactory(row -> new ReadOnlyStringWrapper(standing(row.getValue())));
        standing.setCellFactory(c -> new CommittingTextCell<>(Pos.CENTER_LEFT, shownVersion));
        standing.setEditable(false);
        standing.setPrefWidth(122);
        standing.setMinWidth(122);
        standing.setMaxWidth(122);
        table.getColumns().add(standing);
        table.getColumns().add(textColumn("Name", 210, Pos.CENTER_LEFT, ParetoConfiguration::name, this::rename));
        table.getColumns().add(textColumn("Quality %", 92, Pos.CENTER_RIGHT,
                c -> NumberText.format(Percent.fromFraction(c.quality()), 2),
                (c, text) -> number(c, text, "Quality (%)", percent -> Ranges.problem(percent, 0, 100),
                        percent -> c.withQuality(Percent.toFraction(percent)))));
        table.getColumns().add(textColumn("USD / query", 104, Pos.CENTER_RIGHT,
                c -> NumberText.format(c.costPerQueryUsd(), 8),
                (c, text) -> number(c, text, "Cost per query (USD)", ParetoInputs::costPerQueryProblem, c::withCostPerQueryUsd)));
        table.getColumns().add(textColumn("p50 ms", 76, Pos.CENTER_RIGHT,
                c -> NumberText.format(c.latencyMs(), 1),
                (c, text) -> number(c, text, "p50 latency (ms)", ParetoInputs::latencyProblem, c::withLatencyMs)));
        table.getColumns().add(textColumn("Notes", 140, Pos.CENTER_LEFT, ParetoConfiguration::notes,
                (c, text) -> Optional.of(c.withNotes(text.strip()))));
        table.getColumns().forEach(column -> column.setSortable(false)); // the order is the user's: rows move by buttons

        Label title = new Label("Configurations");
        title.getStyleClass().add("section-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button add = button("Add", "pareto-add", "Add a configuration after the selected row", this::addRow);
        Button duplicate = button("Duplicate", "pareto-duplicate", "Copy the selected row below it", this::duplicateSelected);
        Button remove = button("Remove", "pareto-remove", "Remove the selected rows (Delete)", this::removeSelected);
        Button up = button("Up", "pareto-up", "Move the selected row up", () -> moveSelected(-1));
        Button down = button("Down", "pareto-down", "Move the selected row down", () -> moveSelected(1));
        Button importButton = button("Import CSV...", "pareto-import",
                "Read configurations from a CSV file with the columns name,quality,cost_per_query,latency_ms", importCsv);
        Button exportButton = button("Export CSV...", "pareto-export", "Write the configurations to a CSV file", exportCsv);
        var selected = table.getSelectionModel().getSelectedIndices();
        remove.disableProperty().bind(Bindings.isEmpty(selected));
        duplicate.disableProperty().bind(Bindings.size(selected).isNotEqualTo(1));
        up.disableProperty().bind(duplicate.disableProperty());
        down.disableProperty().bind(duplicate.disableProperty());
        HBox header = new HBox(6, title, spacer, add, duplicate, remove, up, down);
        header.setAlignment(Pos.CENTER_LEFT);
        count.setId("pareto-count");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox footer = new HBox(6, count, gap, importButton, exportButton);
        footer.setAlignment(Pos.CENTER_LEFT);

        error.setId("pareto-table-error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.managedProperty().bind(error.visibleProperty());
        error.setVisible(false);
        table.setOnKeyPressed(event -> {
            if ((event.getCode() == javafx.scene.input.KeyCode.DELETE
                    || event.getCode() == javafx.scene.input.KeyCode.BACK_SPACE) && table.getEditingCell() == null) {
                removeSelected();
                event.consume();
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(header, table, error, footer);
        setSpacing(6);
    }

    /**
     * An editable column: {@code show} gives the cell text, {@code edited} the configuration with
     * the typed text applied, or empty after it reported why the text was refused.
     */
    private TableColumn<Integer, String> textColumn(String header, double width, Pos alignment,
                                                    Function<ParetoConfiguration, String> show,
                                                    BiFunction<ParetoConfiguration, String, Optional<ParetoConfiguration>> edited) {
        TableColumn<Integer, String> column = new TableColumn<>(header);
        column.setId("pareto-column-" + header.replaceAll("[^A-Za-z0-9]+", "-").toLowerCase(java.util.Locale.ROOT));
        // A row can outlive its configuration for a moment: the analysis is told of an edit before the rows are.
        column.setCellValueFactory(row -> new ReadOnlyStringWrapper(
                row.getValue() < items().size() ? show.apply(item(row.getValue())) : ""));
        column.setCellFactory(c -> new CommittingTextCell<>(alignment, shownVersion));
        column.setOnEditCommit(event -> {
            int row = event.getRowValue();
            String typed = event.getNewValue() == null ? "" : event.getNewValue();
            if (typed.equals(show.apply(item(row)))) {
                showChanges(); // committed as shown: keep the exact value behind the rounded text
                return;
            }
            Optional<ParetoConfiguration> changed = edited.apply(item(row), typed);
            if (changed.isPresent()) {
                replace(row, changed.get());
            } else {
                showChanges(); // show the model's value again
            }
        });
        column.setPrefWidth(width);
        column.setMinWidth(alignment == Pos.CENTER_RIGHT ? width : Math.min(width, 70)); // numbers keep room; names give way
        return column;
    }

    private Optional<ParetoConfiguration> rename(ParetoConfiguration c, String text) {
        if (text.isBlank()) {
            showError("Name of '" + c.name() + "': must not be empty.");
            return Optional.empty();
        }
        return Optional.of(c.withName(text.strip()));
    }

    private Optional<ParetoConfiguration> number(ParetoConfiguration c, String text, String column,
                                                 java.util.function.DoubleFunction<Optional<String>> problem,
                                                 java.util.function.DoubleFunction<ParetoConfiguration> withValue) {
        String typed = text.strip();
        double value;
        try {
            value = NumberText.parse(typed.endsWith("%") ? typed.substring(0, typed.length() - 1) : typed);
        } catch (NumberFormatException notANumber) {
            showError(column + " of '" + c.name() + "': " + notANumber.getMessage());
            return Optional.empty();
        }
        Optional<String> reason = problem.apply(value);
        if (reason.isPresent()) {
            showError(column + " of '" + c.name() + "' " + reason.get());
            return Optional.empty();
        }
        return Optional.of(withValue.apply(value));
    }

    private String standing(int row) {
        ParetoAnalysis analysis = viewModel.getParetoAnalysis();
        if (row >= analysis.configurations().size()) {
            return "";
        }
        if (analysis.recommended().orElse(-1) == row) {
            return RECOMMENDED;
        }
        return analysis.isOnFrontier(row) ? FRONTIER : DOMINATED;
    }

    private void showRows(Scenario scenario) {
        int size = scenario.pareto().configurations().size();
        if (table.getItems().size() != size) {
            List<Integer> rows = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                rows.add(i);
            }
            table.getItems().setAll(rows);
        }
        showChanges();
        showCount();
    }

    /** Updates the cells on screen to the scenario and its analysis. */
    private void showChanges() {
        shownVersion.set(shownVersion.get() + 1);
    }

    private void showCount() {
        ParetoAnalysis analysis = viewModel.getParetoAnalysis();
        int size = analysis.configurations().size();
        count.setText(Money.count(size) + (size == 1 ? " configuration, " : " configurations, ")
                + Money.count(analysis.frontier().size()) + " on the frontier");
    }

    private List<ParetoConfiguration> items() {
        return viewModel.getScenario().pareto().configurations();
    }

    private ParetoConfiguration item(int row) {
        return items().get(row);
    }

    private void setItems(List<ParetoConfiguration> items) {
        error.setVisible(false);
        viewModel.edit(scenario -> scenario.withPareto(scenario.pareto().withConfigurations(items)));
    }

    private void replace(int row, ParetoConfiguration changed) {
        List<ParetoConfiguration> items = new ArrayList<>(items());
        items.set(row, changed);
        setItems(items);
    }

    private void addRow() {
        List<ParetoConfiguration> items = new ArrayList<>(items());
        int at = table.getSelectionModel().getSelectedIndices().isEmpty() ? items.size()
                : table.getSelectionModel().getSelectedIndices().stream().mapToInt(Integer::intValue).max().getAsInt() + 1;
        items.add(at, new ParetoConfiguration("New configuration", 0.90, 0.001, 500));
        setItems(items);
        table.getSelectionModel().clearAndSelect(at);
        table.scrollTo(at);
        table.layout();
        table.edit(at, table.getColumns().get(1));
    }

    private void duplicateSelected() {
        int row = table.getSelectionModel().getSelectedIndex();
        if (row < 0) {
            return;
        }
        List<ParetoConfiguration> items = new ArrayList<>(items());
        items.add(row + 1, items.get(row).withName(items.get(row).name() + " (copy)"));
        setItems(items);
        table.getSelectionModel().clearAndSelect(row + 1);
    }

    private void removeSelected() {
        List<Integer> rows = new ArrayList<>(table.getSelectionModel().getSelectedIndices());
        if (rows.isEmpty()) {
            return;
        }
        rows.sort(java.util.Comparator.reverseOrder());
        List<ParetoConfiguration> items = new ArrayList<>(items());
        for (int row : rows) {
            items.remove(row);
        }
        table.getSelectionModel().clearSelection();
        setItems(items);
    }

    private void moveSelected(int by) {
        int row = table.getSelectionModel().getSelectedIndex();
        int to = row + by;
        if (row < 0 || to < 0 || to >= items().size()) {
            return;
        }
        List<ParetoConfiguration> items = new ArrayList<>(items());
        items.add(to, items.remove(row));
        setItems(items);
        table.getSelectionModel().clearAndSelect(to);
        table.scrollTo(Math.max(0, to - 3));
    }

    private static Button button(String text, String id, String tip, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setTooltip(new Tooltip(tip));
        button.setOnAction(event -> action.run());
        return button;
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }

    TableView<Integer> table() {
        return table;
    }
}
