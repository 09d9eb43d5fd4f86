package org.llmcostplanner.ui;

import java.util.List;
import java.util.Optional;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.llmcostplanner.chart.Charts;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.model.ScenarioInputs;
import org.llmcostplanner.model.SwitchableValue;
import org.llmcostplanner.model.format.Money;
import org.llmcostplanner.model.price.PriceCatalog;
import org.llmcostplanner.model.routing.OptimalMix;
import org.llmcostplanner.model.routing.RoutingFigures;
import org.llmcostplanner.model.routing.RoutingMix;
import org.llmcostplanner.model.routing.RoutingSection;
import org.llmcostplanner.model.routing.RoutingStrategy;
import org.llmcostplanner.model.routing.RoutingTier;

/**
 * The Routing tab: whether the plan routes and how (router or cascade), the router's own cost, the
 * tiers, the optimiser's cheapest mix for a quality target (applied with one click), and the
 * blended figures of the router and the cascade side by side; the two routing charts on the right.
 */
final class RoutingView extends SplitPane {
    private final List<ChartPane> charts;
    private final RoutingTable table;
    /** The figures of the current routing section; recomputed only when what they depend on changes. */
    private final ObjectBinding<RoutingFigures> figures;

    /** What the figures depend on: not the volume. */
    private record FiguresKey(RoutingSection routing, double inputTokens, double outputTokens, double referenceUsdPerQuery) {
        static FiguresKey of(Scenario scenario) {
            double in = scenario.workload().inputTokensPerQuery();
            double out = scenario.workload().outputTokensPerQuery();
            return new FiguresKey(scenario.routing(), in, out, scenario.referenceModel().usdPerCall(in, out));
        }
    }

    RoutingView(PlannerViewModel viewModel, ChartActions actions, javafx.beans.value.ObservableValue<PriceCatalog> catalog) {
        figures = KeyedBinding.of(viewModel, FiguresKey::of, Scenario::routingFigures);
        table = new RoutingTable(viewModel, catalog);
        VBox left = new VBox(14, header(viewModel), router(viewModel), table, optimiser(viewModel), figuresGrid(viewModel));
        left.setPadding(new Insets(12));
        ScrollPane scroll = new UncachedScrollPane(left);
        scroll.setFitToWidth(true);
        scroll.setMinWidth(560);

        ChartPane shares = new ChartPane(Charts.ROUTING_SHARES, viewModel, actions);
        ChartPane frontier = new ChartPane(Charts.ROUTING_FRONTIER, viewModel, actions);
        charts = List.of(shares, frontier);
        VBox right = new VBox(12, shares, frontier);
        VBox.setVgrow(shares, Priority.ALWAYS);
        VBox.setVgrow(frontier, Priority.ALWAYS);
        right.setPadding(new Insets(12));
        right.setMinWidth(360);
        getItems().addAll(scroll, right);
        setDividerPositions(0.65);
    }

    private static HBox header(PlannerViewModel viewModel) {
        CheckBox enabled = new CheckBox("Route the plan's traffic over these tiers");
        enabled.setId("routing-enabled");
        enabled.setTooltip(new Tooltip("On: the API cost in TCO and the plan's point on the Pareto chart come from this mix"));
        ChoiceBox<RoutingStrategy> strategy = new ChoiceBox<>();
        strategy.setId("routing-strategy");
        strategy.getItems().setAll(RoutingStrategy.values());
        strategy.setConverter(ChoiceNames.of(strategy.getItems(), value -> value == RoutingStrategy.ROUTER
                ? "Router: one tier per query" : "Cascade: cheapest first, escalate"));
        Runnable show = () -> {
            enabled.setSelected(viewModel.getScenario().routing().enabled());
            strategy.setValue(viewModel.getScenario().routing().strategy());
        };
        show.run();
        viewModel.scenarioProperty().addListener((obs, old, scenario) -> show.run());
        enabled.selectedProperty().addListener((obs, was, on) -> {
            if (on != viewModel.getScenario().routing().enabled()) {
                viewModel.edit(scenario -> scenario.withRouting(scenario.routing().withEnabled(on)));
            }
        });
        strategy.valueProperty().addListener((obs, old, chosen) -> {
            if (chosen != null && chosen != viewModel.getScenario().routing().strategy()) {
                viewModel.edit(scenario -> scenario.withRouting(scenario.routing().withStrategy(chosen)));
            }
        });
        HBox box = new HBox(16, enabled, strategy);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static VBox router(PlannerViewModel viewModel) {
        Label title = new Label("Router overhead (the classifier, paid on every routed query)");
        title.getStyleClass().add("section-title");
        return new VBox(4, title, TwoColumns.of(new NumberInput(ScenarioInputs.ROUTER_COST, viewModel),
                new NumberInput(ScenarioInputs.ROUTER_LATENCY, viewModel)));
    }

    private VBox optimiser(PlannerViewModel viewModel) {
        Label title = new Label("Cheapest mix for a quality target");
        title.getStyleClass().add("section-title");
        GridPane limits = TwoColumns.of(new SwitchedInput(SwitchableValue.ROUTING_TARGET, "Find the cheapest mix for this target", viewModel),
                new SwitchedInput(SwitchableValue.ROUTING_MAX_LATENCY, "Cap the mean latency per query (router included)", viewModel));
        Label answer = new Label();
        answer.setId("routing-optimal");
        answer.setWrapText(true);
        answer.textProperty().bind(Bindings.createStringBinding(() -> describe(figures.get()), figures));
        Button apply = new Button("Apply this mix");
        apply.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        apply.setId("routing-apply");
        apply.setTooltip(new Tooltip("Set the tiers' shares to the cheapest mix for the target"));
        apply.disableProperty().bind(Bindings.createBooleanBinding(() -> optimalShares(figures.get())
                .map(shares -> sameShares(shares, viewModel.getScenario().routing().tiers())).orElse(true), figures));
        apply.setOnAction(event -> optimalShares(figures.get()).ifPresent(shares ->
                viewModel.edit(scenario -> scenario.withRouting(scenario.routing().withShares(shares)))));
        HBox result = new HBox(12, answer, apply);
        result.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(answer, Priority.ALWAYS);
        return new VBox(6, title, limits, result);
    }

    private static Optional<List<Double>> optimalShares(RoutingFigures figures) {
        return figures.optimal().filter(OptimalMix.Found.class::isInstance).map(found -> ((OptimalMix.Found) found).shares());
    }

    private static boolean sameShares(List<Double> shares, List<RoutingTier> tiers) {
        for (int i = 0; i < shares.size(); i++) {
            if (Math.abs(shares.get(i) - tiers.get(i).share()) > 1e-9) {
                return false;
            }
        }
        return true;
    }

    private static String describe(RoutingFigures figures) {
        if (figures.optimal().isEmpty()) {
            return "Switch the quality target on to find the cheapest mix.";
        }
        OptimalMix answer = figures.optimal().get();
        if (answer instanceof OptimalMix.Found found) {
            return Money.usdPrecise(found.mix().usdPerQuery()) + " per query at " + Money.percent(found.mix().quality())
                    + " quality, " + Money.count(found.mix().meanLatencyMs()) + " ms: " + found.sharesText() + ".";
        }
        return ((OptimalMix.Infeasible) answer).reason();
    }

    private GridPane figuresGrid(PlannerViewModel viewModel) {
        GridPane grid = new GridPane();
        grid.setId("routing-figures");
        grid.setHgap(18);
        grid.setVgap(4);
        Label title = new Label("Blended figures");
        title.getStyleClass().add("section-title");
        grid.add(title, 0, 0);
        grid.add(bold("Router"), 1, 0);
        grid.add(bold("Cascade"), 2, 0);
        String[] rows = {"Cost per query", "Cost per 1M tokens", "Quality", "Mean latency", "Savings vs all on the top tier",
                "Savings vs the reference model"};
        for (int row = 0; row < rows.length; row++) {
            Label name = new Label(rows[row]);
            name.getStyleClass().add("input-label");
            grid.add(name, 0, row + 1);
            for (int column = 0; column < 2; column++) {
                int r = row;
                boolean cascade = column == 1;
                Label value = new Label();
                value.setId("routing-" + (cascade ? "cascade" : "router") + "-" + r);
                value.textProperty().bind(Bindings.createStringBinding(() -> figure(figures.get(), cascade, r), figures));
                value.styleProperty().bind(Bindings.createStringBinding(() ->
                        (figures.get().strategy() == RoutingStrategy.CASCADE) == cascade ? "-fx-font-weight: bold;" : "", figures));
                grid.add(value, column + 1, row + 1);
            }
        }
        Label note = new Label();
        note.setWrapText(true);
        note.getStyleClass().add("input-label");
        note.textProperty().bind(Bindings.createStringBinding(() -> viewModel.getScenario().routing().applies()
                ? "The plan uses the " + (figures.get().strategy() == RoutingStrategy.ROUTER ? "router" : "cascade")
                + " (in bold): TCO and the Pareto chart show it."
                : "Not in the plan: TCO and the Pareto chart show all traffic on the reference model.", figures));
        grid.add(note, 0, rows.length + 1, 3, 1);
        return grid;
    }

    private static String figure(RoutingFigures figures, boolean cascade, int row) {
        RoutingMix mix = cascade ? figures.cascade() : figures.router();
        if (mix.tiers().isEmpty()) {
            return "-";
        }
        return switch (row) {
            case 0 -> Money.usdPrecise(mix.usdPerQuery());
            case 1 -> Money.usdPrice(mix.usdPer1MTokens());
            case 2 -> Money.percent(mix.quality());
            case 3 -> Money.count(mix.meanLatencyMs()) + " ms";
            case 4 -> figures.topTierUsdPerQuery() > 0 ? Money.percent(figures.savingsVsTopTier(mix)) : "-";
            default -> figures.referenceUsdPerQuery() > 0 ? Money.percent(figures.savingsVsReference(mix)) : "-";
        };
    }

    private static Label bold(String text) {
        Label label = new Label(text);
        label.setStyle("-fx-font-weight: bold;");
        return label;
    }

    List<ChartPane> charts() {
        return charts;
    }

    RoutingTable table() {
        return table;
    }
}
