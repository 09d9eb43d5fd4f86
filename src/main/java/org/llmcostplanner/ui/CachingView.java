package org.llmcostplanner.ui;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Predicate;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.llmcostplanner.chart.Charts;
import org.llmcostplanner.model.CatalogLeverPrices;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.model.ScenarioInputs;
import org.llmcostplanner.model.caching.CachingFigures;
import org.llmcostplanner.model.caching.SemanticCache;
import org.llmcostplanner.model.format.Money;
import org.llmcostplanner.model.price.PriceCatalog;

/**
 * The Caching tab: the exact-match and semantic caches (threshold, embedding cost and latency, the
 * cost of a wrong answer), the provider's prompt cache, and batching, each with its switch; the
 * threshold chart (with the chosen and best thresholds) and the batch-size chart on the right.
 */
final class CachingView extends SplitPane {
    private final List<ChartPane> charts;
    private final ObjectBinding<CachingFigures> figures;

    private final CurveTable curve;

    CachingView(PlannerViewModel viewModel, ChartActions actions, TaskStatus status, MessageBar messages,
                ObservableValue<PriceCatalog> catalog) {
        figures = Bindings.createObjectBinding(() -> viewModel.getScenario().cachingFigures(), viewModel.scenarioProperty());
        curve = new CurveTable(viewModel, status, messages);
        VBox left = new VBox(14,
                switches(viewModel, "caching-enabled", "Put the caches in the plan",
                        "On: TCO counts the calls the caches skip, their embeddings and wrong answers",
                        s -> s.caching().enabled(), (s, on) -> s.withCaching(s.caching().withEnabled(on)),
                        "caching-semantic", "Semantic layer", s -> s.caching().semantic().enabled(),
                        (s, on) -> s.withCaching(s.caching().withSemantic(s.caching().semantic().withEnabled(on)))),
                FormParts.inputs(viewModel, ScenarioInputs.CACHE_EXACT_RATE, ScenarioInputs.CACHE_THRESHOLD,
                        ScenarioInputs.CACHE_EMBEDDING_USD, ScenarioInputs.CACHE_EMBEDDING_MS, ScenarioInputs.CACHE_FALSE_HIT_USD),
                best(viewModel),
                curve,
                FormParts.title("Provider prompt cache"),
                switches(viewModel, "caching-provider", "Count the provider's prompt cache",
                        "The cached prefix is billed at the read price on the calls that find it, at the write price on the rest."
                                + " The workload's input tokens include the prefix: OpenAI's prompt_tokens, or Anthropic's"
                                + " input_tokens plus its cache read and write tokens",
                        s -> s.caching().provider().enabled(),
                        (s, on) -> s.withCaching(s.caching().withProvider(s.caching().provider().withEnabled(on))),
                        null, null, null, null),
                FormParts.inputs(viewModel, ScenarioInputs.PROVIDER_PREFIX, ScenarioInputs.PROVIDER_HIT_SHARE,
                        ScenarioInputs.PROVIDER_READ, ScenarioInputs.PROVIDER_WRITE),
                cachePrices(viewModel, messages, catalog),
                FormParts.title("Batching"),
                switches(viewModel, "batching-enabled", "Send the offline share through a batch API",
                        "On: TCO counts the batch discount, the packed prompts and their retries",
                        s -> s.batching().enabled(), (s, on) -> s.withBatching(s.batching().withEnabled(on)),
                        null, null, null, null),
                FormParts.inputs(viewModel, ScenarioInputs.BATCH_SHARE, ScenarioInputs.BATCH_DISCOUNT, ScenarioInputs.BATCH_ITEMS,
                        ScenarioInputs.BATCH_SYSTEM_TOKENS, ScenarioInputs.BATCH_FAILURE, ScenarioInputs.BATCH_WINDOW),
                batchDiscount(viewModel, messages, catalog),
                batchingLine(viewModel));
        left.setPadding(new Insets(12));
        ScrollPane scroll = new UncachedScrollPane(left);
        scroll.setFitToWidth(true);
        scroll.setMinWidth(640);

        ChartPane threshold = new ChartPane(Charts.CACHE_THRESHOLD, viewModel, actions);
        ChartPane batchSize = new ChartPane(Charts.BATCH_SIZE, viewModel, actions);
        charts = List.of(threshold, batchSize);
        VBox right = new VBox(12, threshold, batchSize);
        VBox.setVgrow(threshold, Priority.ALWAYS);
        VBox.setVgrow(batchSize, Priority.ALWAYS);
        right.setPadding(new Insets(12));
        right.setMinWidth(360);
        getItems().addAll(scroll, right);
        setDividerPositions(0.6);
    }

    /** One or two check boxes for the scenario's switches; the second may be null. */
    private static HBox switches(PlannerViewModel viewModel, String id, String text, String tip, Predicate<Scenario> get,
                                 BiFunction<Scenario, Boolean, Scenario> set, String id2, String text2,
                                 Predicate<Scenario> get2, BiFunction<Scenario, Boolean, Scenario> set2) {
        HBox box = new HBox(16, checkBox(viewModel, id, text, tip, get, set));
        if (id2 != null) {
            box.getChildren().add(checkBox(viewModel, id2, text2, null, get2, set2));
        }
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static CheckBox checkBox(PlannerViewModel viewModel, String id, String text, String tip,
                                     Predicate<Scenario> get, BiFunction<Scenario, Boolean, Scenario> set) {
        CheckBox box = new CheckBox(text);
        box.setId(id);
        if (tip != null) {
            box.setTooltip(new Tooltip(tip));
        }
        box.setSelected(get.test(viewModel.getScenario()));
        viewModel.scenarioProperty().addListener((obs, old, scenario) -> box.setSelected(get.test(scenario)));
        box.selectedProperty().addListener((obs, was, on) -> {
            if (on != get.test(viewModel.getScenario())) {
                viewModel.edit(scenario -> set.apply(scenario, on));
            }
        });
        return box;
    }

    /** Sets the read and write multipliers from the catalog's prices for the models the plan calls. */
    private static Button cachePrices(PlannerViewModel viewModel, MessageBar messages,
                                      ObservableValue<PriceCatalog> catalog) {
        return catalogButton(viewModel, "caching-catalog-prices", "Read and write prices of ", () -> {
            Scenario scenario = viewModel.getScenario();
            CatalogLeverPrices.cachePrices(scenario, catalog.getValue()).ifPresentOrElse(prices -> {
                viewModel.edit(s -> s.withCaching(s.caching().withProvider(s.caching().provider()
                        .withReadMultiplier(prices.read()).withWriteMultiplier(prices.write()))));
                messages.showInfo("Cached reads at " + Money.percent(prices.read()) + " and writes at "
                        + Money.percent(prices.write()) + " of the input price, from the catalog"
                        + (scenario.routing().applies() ? ", weighted by the plan's input spend on each model" : "")
                        + unpriced(prices.unpriced(), "a cached-read price"));
            }, () -> messages.showError("The price catalog has no cached-read price for " + modelsOf(scenario)
                    + "; type the read and write prices as multiples of the input price"));
        });
    }

    /** Sets the batch discount from the catalog's batch prices for the models the plan calls. */
    private static Button batchDiscount(PlannerViewModel viewModel, MessageBar messages,
                                        ObservableValue<PriceCatalog> catalog) {
        return catalogButton(viewModel, "batching-catalog-discount", "Batch discount of ", () -> {
            Scenario scenario = viewModel.getScenario();
            CatalogLeverPrices.batchDiscount(scenario, catalog.getValue()).ifPresentOrElse(discount -> {
                viewModel.edit(s -> s.withBatching(s.batching().withDiscount(discount.discount())));
                messages.showInfo("Batch discount " + Money.percent(discount.discount()) + ", from the catalog's batch prices"
                        + (scenario.routing().applies() ? ", weighted by the plan's spend on each model" : "")
                        + unpriced(discount.unpriced(), "batch prices"));
            }, () -> messages.showError("The price catalog has no batch prices for " + modelsOf(scenario)
                    + "; type the discount the provider's batch API gives"));
        });
    }

    private static Button catalogButton(PlannerViewModel viewModel, String id, String text, Runnable action) {
        Button button = new Button();
        button.setId(id);
        button.textProperty().bind(Bindings.createStringBinding(() -> text + modelsOf(viewModel.getScenario())
                + " from the catalog", viewModel.scenarioProperty()));
        button.setTooltip(new Tooltip("With routing on, each model counts by the plan's spend on it at today's shares;"
                + " take the prices again after changing the shares"));
        button.setOnAction(event -> action.run());
        return button;
    }

    private static String modelsOf(Scenario scenario) {
        return scenario.routing().applies() ? "the routed models" : scenario.referenceModel().name();
    }

    private static String unpriced(List<String> models, String what) {
        return models.isEmpty() ? "." : "; the catalog has no " + what + " for " + CatalogLeverPrices.names(models)
                + ", counted at full price.";
    }

    /** What the chosen threshold gives, the best one, and a button to take it. */
    private VBox best(PlannerViewModel viewModel) {
        Label line = FormParts.figures("caching-figures");
        line.textProperty().bind(Bindings.createStringBinding(() -> describe(figures.get()), figures));
        Button take = new Button("Use the best threshold");
        take.setId("caching-use-best");
        take.setMinWidth(Button.USE_PREF_SIZE);
        take.disableProperty().bind(Bindings.createBooleanBinding(() -> figures.get().semantic().curve().isEmpty()
                || figures.get().bestThreshold() == figures.get().semantic().threshold(), figures));
        take.setOnAction(event -> viewModel.setInput(ScenarioInputs.CACHE_THRESHOLD, figures.get().bestThreshold()));
        VBox box = new VBox(6, line, take);
        return box;
    }

    private static String describe(CachingFigures f) {
        SemanticCache semantic = f.semantic();
        if (semantic.curve().isEmpty()) {
            return "No threshold curve yet.";
        }
        double chosen = semantic.threshold();
        double best = f.bestThreshold();
        if (f.netSemanticSavings(best) < 0) {
            return "No threshold pays for the semantic layer: at best (" + Money.plain(best) + ") it loses "
                    + Money.usd(-f.netSemanticSavings(best)) + " a month in embeddings and wrong answers; leave it off.";
        }
        return "At " + Money.plain(chosen) + ": " + Money.percent(semantic.curve().hitRate(chosen)) + " hits, "
                + Money.percent(semantic.curve().falseHitRate(chosen)) + " wrong answers, net "
                + Money.usd(f.netSemanticSavings(chosen)) + " a month. Best: " + Money.plain(best) + ", "
                + Money.usd(f.netSemanticSavings(best)) + ". The whole lever saves " + Money.usd(f.leverSavingUsdPerMonth())
                + " a month when on.";
    }

    private static Label batchingLine(PlannerViewModel viewModel) {
        Label line = FormParts.figures("batching-figures");
        line.textProperty().bind(Bindings.createStringBinding(() -> {
            Scenario scenario = viewModel.getScenario();
            var batching = scenario.batching();
            return "A packed prompt of " + Money.plain(batching.itemsPerPrompt())
                    + (batching.itemsPerPrompt() == 1 ? " item" : " items") + " fails "
                    + Money.percent(batching.promptFailureRate()) + " of the time and is sent again whole, "
                    + Money.plain(Math.round(batching.sendsPerPrompt() * 1000) / 1000.0) + " times on average. "
                    + "Added latency: at most " + Money.tenths(batching.addedLatencyHours())
                    + " hours on average, " + Money.tenths(batching.addedLatencyHours95()) + " hours for 95% of items (a "
                    + Money.tenths(batching.windowHours()) + "-hour window per send). Batching saves "
                    + Money.usd(scenario.batchingSavingUsdPerMonth()) + " a month when on.";
        }, viewModel.scenarioProperty()));
        return line;
    }

    List<ChartPane> charts() {
        return charts;
    }

    CurveTable curve() {
        return curve;
    }
}
