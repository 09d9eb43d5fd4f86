package org.llmcostplanner.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.DoubleFunction;
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
import org.llmcostplanner.model.price.PriceCatalog;
import org.llmcostplanner.model.routing.RoutingInputs;
import org.llmcostplanner.model.routing.RoutingMix;
import org.llmcostplanner.model.routing.RoutingSection;
import org.llmcostplanner.model.routing.RoutingTier;

/**
 * The routing tiers as an editable table in the user's (and the cascade's) order. The model is
 * chosen from the price catalog in a searchable list, which fills in its dated prices; prices stay
 * editable, and an edited price is the user's (it loses the catalog date). Rows are indexes into
 * the scenario's tiers, as in {@link ParetoTable}. A line under the table says when the shares do
 * not total 100%, with a button that scales them.
 */
final class RoutingTable extends VBox {
    private final PlannerViewModel viewModel;
    private final javafx.beans.value.ObservableValue<PriceCatalog> catalog;
    private final TableView<Integer> table = new TableView<>();
    private final Label error = new Label();
    private final Label sharesNote = new Label();
    private final Button normalise = new Button("Scale shares to 100%");
    private final IntegerProperty shownVersion = new SimpleIntegerProperty(this, "shownVersion");

    RoutingTable(PlannerViewModel viewModel, javafx.beans.value.ObservableValue<PriceCatalog> catalog) {
        this.viewModel = viewModel;
        this.catalog = catalog;
        createView();
        viewModel.scenarioProperty().addListener((obs, old, scenario) -> {
            if (old == null || old.routing() != scenario.routing() || old.workload() != scenario.workload()) {
                showRows(scenario);
            }
        });
        showRows(viewModel.getScenario());
    }

    private void createView() {
        table.setId("routing-table");
        table.setEditable(true);
        table.setFixedCellSize(30);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No tiers: press Add"));
        table.getColumns().add(textColumn("Tier", 120, Pos.CENTER_LEFT, RoutingTier::name, this::rename));
        table.getColumns().add(modelColumn());
        table.getColumns().add(percentColumn("Share", 62, "Traffic share", RoutingTier::share, RoutingTier::withShare));
        table.getColumns().add(percentColumn("Quality", 68, "Quality", RoutingTier::quality, RoutingTier::withQuality));
        table.getColumns().add(numberColumn("p50", "Latency (ms)", 52, RoutingTier::latencyMs, 1,
                RoutingInputs::latencyProblem, RoutingTier::withLatencyMs));
        table.getColumns().add(numberColumn("In", "Input price (USD per 1M tokens)", 54,
                t -> t.model().inputUsdPer1MTokens(), 4, RoutingInputs::priceProblem,
                (t, v) -> t.withModel(t.model().withInputUsdPer1MTokens(v))));
        table.getColumns().add(numberColumn("Out", "Output price (USD per 1M tokens)", 54,
                t -> t.model().outputUsdPer1MTokens(), 4, RoutingInputs::priceProblem,
                (t, v) -> t.withModel(t.model().withOutputUsdPer1MTokens(v))));
        table.getColumns().add(numberColumn("+/call", "Flat cost per call (USD)", 66, RoutingTier::usdPerQueryFlat, 8,
                RoutingInputs::usdPerQueryProblem, RoutingTier::withUsdPerQueryFlat));
        table.getColumns().add(percentColumn("Esc.", 52, "Escalation rate", RoutingTier::escalationRate,
                RoutingTier::withEscalationRate));
        table.getColumns().add(percentColumn("Min", 48, "Minimum share", RoutingTier::minShare, RoutingTier::withMinShare));
        table.getColumns().add(percentColumn("Max", 52, "Maximum share", RoutingTier::maxShare, RoutingTier::withMaxShare));
        TableColumn<Integer, String> perCall = new TableColumn<>("$ / call");
        perCall.setId("routing-column-per-call");
        perCall.setEditable(false);
        perCall.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue() < tiers().size()
                ? Money.usdPrice(tiers().get(row.getValue()).usdPerQuery(inputTokens(), outputTokens())) : ""));
        perCall.setCellFactory(c -> new CommittingTextCell<>(Pos.CENTER_RIGHT, shownVersion));
        perCall.setPrefWidth(96);
        perCall.setMinWidth(92);
        table.getColumns().add(perCall);
        table.getColumns().forEach(column -> column.setSortable(false));

        Label units = new Label("Share, quality, escalation (Esc.) and the optimiser's Min / Max share in %; p50 latency in ms;"
                + " In / Out: USD per 1M tokens; +/call: a flat USD cost per call; $/call: one call at the workload's tokens.");
        units.setId("routing-units");
        units.setWrapText(true);
        units.getStyleClass().add("unit-label");
        Label title = new Label("Tiers");
        title.getStyleClass().add("section-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button add = button("Add", "routing-add", "Add a tier after the selected row", this::addRow);
        Button duplicate = button("Duplicate", "routing-duplicate", "Copy the selected tier below it", this::duplicateSelected);
        Button remove = button("Remove", "routing-remove", "Remove the selected tiers (Delete)", this::removeSelected);
        Button up = button("Up", "routing-up", "Move the selected tier up (the cascade's order)", () -> moveSelected(-1));
        Button down = button("Down", "routing-down", "Move the selected tier down", () -> moveSelected(1));
        var selected = table.getSelectionModel().getSelectedIndices();
        remove.disableProperty().bind(Bindings.isEmpty(selected));
        duplicate.disableProperty().bind(Bindings.size(selected).isNotEqualTo(1));
        up.disableProperty().bind(duplicate.disableProperty());
        down.disableProperty().bind(duplicate.disableProperty());
        HBox header = new HBox(6, title, spacer, add, duplicate, remove, up, down);
        header.setAlignment(Pos.CENTER_LEFT);

        sharesNote.setId("routing-shares-note");
        sharesNote.getStyleClass().add("field-error");
        sharesNote.setWrapText(true);
        normalise.setId("routing-normalise");
        normalise.setTooltip(new Tooltip("Scale every share so they total 100%, keeping their proportions"));
        normalise.setOnAction(event -> viewModel.edit(scenario -> scenario.withRouting(scenario.routing().normalised())));
        HBox sharesLine = new HBox(8, sharesNote, normalise);
        sharesLine.setAlignment(Pos.CENTER_LEFT);
        sharesLine.managedProperty().bind(sharesLine.visibleProperty());

        error.setId("routing-table-error");
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
        table.setPrefHeight(30 * 5 + 34);
        getChildren().addAll(header, table, units, sharesLine, error);
        setSpacing(6);
    }

    private TableColumn<Integer, String> modelColumn() {
        TableColumn<Integer, String> column = new TableColumn<>("Model");
        column.setId("routing-column-model");
        column.setCellValueFactory(row -> new ReadOnlyStringWrapper(
                row.getValue() < tiers().size() ? tiers().get(row.getValue()).model().name() : ""));
        column.setCellFactory(c -> new ModelCell(() -> catalog.getValue().entries().stream().map(entry -> entry.id()).toList(),
                shownVersion));
        column.setOnEditCommit(event -> {
            int row = event.getRowValue();
            String typed = event.getNewValue() == null ? "" : event.getNewValue().strip();
            RoutingTier tier = tiers().get(row);
            if (typed.isEmpty()) {
                showError("Model of '" + tier.name() + "': must not be empty.");
                showChanges();
            } else if (typed.equals(tier.model().name())) {
                showChanges();
            } else {
                // A catalog model brings its dated prices; another name keeps the prices, now typed by hand.
                replace(row, catalog.getValue().find(typed).map(entry -> tier.withModel(entry.toModelPrice()))
                        .orElse(tier.withModel(tier.model().withName(typed))));
            }
        });
        column.setPrefWidth(140);
        column.setMinWidth(100);
        return column;
    }

    private TableColumn<Integer, String> percentColumn(String header, double width, String what, Function<RoutingTier, Double> get,
                                                       BiFunction<RoutingTier, Double, RoutingTier> set) {
        return numberColumn(header, what + " (%)", width, t -> Percent.fromFraction(get.apply(t)), 2,
                percent -> org.llmcostplanner.model.format.Ranges.problem(percent, 0, 100),
                (t, percent) -> set.apply(t, Percent.toFraction(percent)));
    }

    private TableColumn<Integer, String> numberColumn(String header, String what, double width, Function<RoutingTier, Double> get,
                                                      int decimals, DoubleFunction<Optional<String>> problem,
                                                      BiFunction<RoutingTier, Double, RoutingTier> set) {
        return textColumn(header, width, Pos.CENTER_RIGHT, t -> NumberText.format(get.apply(t), decimals),
                (t, text) -> number(t, text, what, problem, value -> set.apply(t, value)));
    }

    private TableColumn<Integer, String> textColumn(String header, double width, Pos alignment,
                                                    Function<RoutingTier, String> show,
                                                    BiFunction<RoutingTier, String, Optional<RoutingTier>> edited) {
        TableColumn<Integer, String> column = new TableColumn<>(header);
        column.setId("routing-column-" + header.replaceAll("[^A-Za-z0-9]+", "-").toLowerCase(java.util.Locale.ROOT));
        column.setCellValueFactory(row -> new ReadOnlyStringWrapper(
                row.getValue() < tiers().size() ? show.apply(tiers().get(row.getValue())) : ""));
        column.setCellFactory(c -> new CommittingTextCell<>(alignment, shownVersion));
        column.setOnEditCommit(event -> {
            int row = event.getRowValue();
            String typed = event.getNewValue() == null ? "" : event.getNewValue();
            if (typed.equals(show.apply(tiers().get(row)))) {
                showChanges(); // committed as shown: keep the exact value behind the rounded text
                return;
            }
            edited.apply(tiers().get(row), typed).ifPresentOrElse(changed -> replace(row, changed), this::showChanges);
        });
        column.setPrefWidth(width);
        column.setMinWidth(alignment == Pos.CENTER_RIGHT ? width : Math.min(width, 80));
        column.setGraphic(null);
        return column;
    }

    private Optional<RoutingTier> rename(RoutingTier tier, String text) {
        if (text.isBlank()) {
            showError("Name of tier '" + tier.name() + "': must not be empty.");
            return Optional.empty();
        }
        return Optional.of(tier.withName(text.strip()));
    }

    private Optional<RoutingTier> number(RoutingTier tier, String text, String what, DoubleFunction<Optional<String>> problem,
                                         DoubleFunction<RoutingTier> withValue) {
        String typed = text.strip();
        double value;
        try {
            value = NumberText.parse(typed.endsWith("%") ? typed.substring(0, typed.length() - 1) : typed);
        } catch (NumberFormatException notANumber) {
            showError(what + " of tier '" + tier.name() + "': " + notANumber.getMessage());
            return Optional.empty();
        }
        Optional<String> reason = problem.apply(value);
        if (reason.isPresent()) {
            showError(what + " of tier '" + tier.name() + "' " + reason.get());
            return Optional.empty();
        }
        return Optional.of(withValue.apply(value));
    }

    private void showRows(Scenario scenario) {
        int size = scenario.routing().tiers().size();
        if (table.getItems().size() != size) {
            List<Integer> rows = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                rows.add(i);
            }
            table.getItems().setAll(rows);
        }
        RoutingMix mix = scenario.routing().mix(inputTokens(), outputTokens());
        boolean uneven = size > 0 && !mix.sharesConsistent();
        sharesNote.setText(uneven ? "The shares total " + Money.percent(mix.sharesTotal())
                + ", not 100%: the figures scale them to 100%." : "");
        sharesNote.getParent().setVisible(uneven);
        showChanges();
    }

    private void showChanges() {
        shownVersion.set(shownVersion.get() + 1);
    }

    private List<RoutingTier> tiers() {
        return viewModel.getScenario().routing().tiers();
    }

    private double inputTokens() {
        return viewModel.getScenario().workload().inputTokensPerQuery();
    }

    private double outputTokens() {
        return viewModel.getScenario().workload().outputTokensPerQuery();
    }

    private void setTiers(List<RoutingTier> tiers) {
        error.setVisible(false);
        viewModel.edit(scenario -> scenario.withRouting(scenario.routing().withTiers(tiers)));
    }

    private void replace(int row, RoutingTier changed) {
        List<RoutingTier> tiers = new ArrayList<>(tiers());
        tiers.set(row, changed);
        setTiers(tiers);
    }

    private void addRow() {
        List<RoutingTier> tiers = new ArrayList<>(tiers());
        int at = table.getSelectionModel().getSelectedIndices().isEmpty() ? tiers.size()
                : table.getSelectionModel().getSelectedIndices().stream().mapToInt(Integer::intValue).max().getAsInt() + 1;
        RoutingTier added = new RoutingTier("New tier", viewModel.getScenario().referenceModel(), 0, 0.90, 500);
        tiers.add(at, added);
        setTiers(tiers);
        table.getSelectionModel().clearAndSelect(at);
        table.scrollTo(at);
        table.layout();
        table.edit(at, table.getColumns().get(0));
    }

    private void duplicateSelected() {
        int row = table.getSelectionModel().getSelectedIndex();
        if (row < 0) {
            return;
        }
        List<RoutingTier> tiers = new ArrayList<>(tiers());
        tiers.add(row + 1, tiers.get(row).withName(tiers.get(row).name() + " (copy)").withShare(0));
        setTiers(tiers);
        table.getSelectionModel().clearAndSelect(row + 1);
    }

    private void removeSelected() {
        List<Integer> rows = new ArrayList<>(table.getSelectionModel().getSelectedIndices());
        if (rows.isEmpty()) {
            return;
        }
        rows.sort(java.util.Comparator.reverseOrder());
        List<RoutingTier> tiers = new ArrayList<>(tiers());
        for (int row : rows) {
            tiers.remove(row);
        }
        table.getSelectionModel().clearSelection();
        setTiers(tiers);
    }

    private void moveSelected(int by) {
        int row = table.getSelectionModel().getSelectedIndex();
        int to = row + by;
        if (row < 0 || to < 0 || to >= tiers().size()) {
            return;
        }
        List<RoutingTier> tiers = new ArrayList<>(tiers());
        tiers.add(to, tiers.remove(row));
        setTiers(tiers);
        table.getSelectionModel().clearAndSelect(to);
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

    /** @return the section as shown, for tests */
    RoutingSection section() {
        return viewModel.getScenario().routing();
    }
}
