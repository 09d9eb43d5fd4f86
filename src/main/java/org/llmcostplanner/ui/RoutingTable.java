package org.llmcostplanner.ui;

import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.DoubleFunction;
import java.util.function.Function;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.model.format.Money;
import org.llmcostplanner.model.format.Percent;
import org.llmcostplanner.model.format.Ranges;
import org.llmcostplanner.model.price.PriceCatalog;
import org.llmcostplanner.model.routing.RoutingInputs;
import org.llmcostplanner.model.routing.RoutingMix;
import org.llmcostplanner.model.routing.RoutingTier;

/**
 * The routing tiers as an editable table in the user's (and the cascade's) order, a
 * {@link ListTable}. The model is chosen from the price catalog by searching ({@link ModelCell}),
 * which fills in its dated prices; prices stay editable, and an edited price is the user's (it
 * loses the catalog date). A line under the table says when the shares do not total 100%, with a
 * button that scales them.
 */
final class RoutingTable extends VBox {
    private final PlannerViewModel viewModel;
    private final ObservableValue<PriceCatalog> catalog;
    private final ListTable<RoutingTier> rows;
    private final Label sharesNote = new Label();
    private final HBox sharesLine;

    RoutingTable(PlannerViewModel viewModel, ObservableValue<PriceCatalog> catalog) {
        this.viewModel = viewModel;
        this.catalog = catalog;
        this.rows = new ListTable<>("routing", () -> viewModel.getScenario().routing().tiers(),
                tiers -> viewModel.edit(scenario -> scenario.withRouting(scenario.routing().withTiers(tiers))),
                tier -> "tier '" + tier.name() + "'");
        Button normalise = ListTable.button("Scale shares to 100%", "routing-normalise",
                "Scale every share so they total 100%, keeping their proportions",
                () -> viewModel.edit(scenario -> scenario.withRouting(scenario.routing().normalised())));
        sharesLine = new HBox(8, sharesNote, normalise);
        createView();
        viewModel.scenarioProperty().addListener((obs, old, scenario) -> {
            // The volume does not change what a tier costs per call: a queries-per-day drag leaves the table alone.
            if (old == null || old.routing() != scenario.routing()
                    || old.workload().inputTokensPerQuery() != scenario.workload().inputTokensPerQuery()
                    || old.workload().outputTokensPerQuery() != scenario.workload().outputTokensPerQuery()) {
                showRows(scenario);
            }
        });
        showRows(viewModel.getScenario());
    }

    private void createView() {
        TableView<Integer> table = rows.table();
        table.setPlaceholder(new Label("No tiers: press Add"));
        table.getColumns().add(rows.textColumn("Tier", 120, Pos.CENTER_LEFT, RoutingTier::name,
                (t, text) -> rows.renamed(t, text, RoutingTier::withName)));
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
        TableColumn<Integer, String> perCall = rows.readOnlyColumn("$ / call", 92, Pos.CENTER_RIGHT,
                t -> Money.usdPrice(t.usdPerQuery(inputTokens(), outputTokens())));
        perCall.setId("routing-column-per-call");
        table.getColumns().add(perCall);

        Label units = new Label("Share, quality, escalation (Esc.) and the optimiser's Min / Max share in %; p50 latency in ms;"
                + " In / Out: USD per 1M tokens; +/call: a flat USD cost per call; $/call: one call at the workload's tokens.");
        units.setId("routing-units");
        units.setWrapText(true);
        units.getStyleClass().add("unit-label");
        Label title = new Label("Tiers");
        title.getStyleClass().add("section-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(6, title, spacer);
        Button fromCatalog = ListTable.button("Catalog...", "routing-catalog",
                "Choose the selected tier's model from the price catalog, with its dated prices", this::chooseFromCatalog);
        fromCatalog.disableProperty().bind(javafx.beans.binding.Bindings.size(table.getSelectionModel().getSelectedIndices())
                .isNotEqualTo(1));
        header.getChildren().add(fromCatalog);
        header.getChildren().addAll(rows.rowButtons("tier",
                () -> rows.addRow(new RoutingTier("New tier", viewModel.getScenario().referenceModel(), 0, 0.90, 500), 0),
                t -> t.withName(t.name() + " (copy)").withShare(0)));
        header.setAlignment(Pos.CENTER_LEFT);

        sharesNote.setId("routing-shares-note");
        sharesNote.getStyleClass().add("field-error");
        sharesNote.setWrapText(true);
        sharesLine.setAlignment(Pos.CENTER_LEFT);
        sharesLine.managedProperty().bind(sharesLine.visibleProperty());
        table.setPrefHeight(30 * 5 + 34);
        getChildren().addAll(header, table, units, sharesLine, rows.error());
        setSpacing(6);
    }

    /** Catalog...: browse the catalog and give the selected tier the chosen model and its dated prices. */
    private void chooseFromCatalog() {
        int row = rows.table().getSelectionModel().getSelectedIndex();
        if (row < 0) {
            return;
        }
        RoutingTier tier = rows.items().get(row);
        new CatalogDialog(getScene().getWindow(), catalog.getValue(), tier.model().name()).choose()
                .ifPresent(entry -> rows.replace(row, rows.items().get(row).withModel(entry.toModelPrice())));
    }

    private TableColumn<Integer, String> modelColumn() {
        TableColumn<Integer, String> column = rows.readOnlyColumn("Model", 140, Pos.CENTER_LEFT, t -> t.model().name());
        column.setEditable(true);
        column.setCellFactory(c -> new ModelCell(() -> catalog.getValue().entries().stream().map(entry -> entry.id()).toList(),
                rows.shownVersion()));
        column.setOnEditCommit(event -> {
            int row = event.getRowValue();
            String typed = event.getNewValue() == null ? "" : event.getNewValue().strip();
            RoutingTier tier = rows.items().get(row);
            if (typed.isEmpty() || typed.equals(tier.model().name())) {
                rows.showChanges();
            } else {
                // A catalog model brings its dated prices; another name keeps the prices, now typed by hand.
                rows.replace(row, catalog.getValue().find(typed).map(entry -> tier.withModel(entry.toModelPrice()))
                        .orElse(tier.withModel(tier.model().withName(typed))));
            }
        });
        column.setMinWidth(100);
        return column;
    }

    private TableColumn<Integer, String> percentColumn(String header, double width, String what, Function<RoutingTier, Double> get,
                                                       BiFunction<RoutingTier, Double, RoutingTier> set) {
        return numberColumn(header, what + " (%)", width, t -> Percent.fromFraction(get.apply(t)), 2,
                percent -> Ranges.problem(percent, 0, 100), (t, percent) -> set.apply(t, Percent.toFraction(percent)));
    }

    private TableColumn<Integer, String> numberColumn(String header, String what, double width, Function<RoutingTier, Double> get,
                                                      int decimals, DoubleFunction<Optional<String>> problem,
                                                      BiFunction<RoutingTier, Double, RoutingTier> set) {
        return rows.textColumn(header, width, Pos.CENTER_RIGHT, t -> NumberText.format(get.apply(t), decimals),
                (t, text) -> rows.number(t, text, what, problem, value -> set.apply(t, value)));
    }

    private void showRows(Scenario scenario) {
        rows.showRows(scenario.routing().tiers().size());
        RoutingMix mix = scenario.routing().mix(inputTokens(), outputTokens());
        boolean uneven = !scenario.routing().tiers().isEmpty() && !mix.sharesConsistent();
        sharesNote.setText(uneven ? "The shares total " + Money.percent(mix.sharesTotal())
                + ", not 100%: the figures scale them to 100%." : "");
        sharesLine.setVisible(uneven);
    }

    private double inputTokens() {
        return viewModel.getScenario().workload().inputTokensPerQuery();
    }

    private double outputTokens() {
        return viewModel.getScenario().workload().outputTokensPerQuery();
    }

    TableView<Integer> table() {
        return rows.table();
    }
}
