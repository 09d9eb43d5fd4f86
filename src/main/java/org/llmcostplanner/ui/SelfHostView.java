package org.llmcostplanner.ui;

import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.llmcostplanner.chart.Charts;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.model.SelfHostInputs;
import org.llmcostplanner.model.format.Money;
import org.llmcostplanner.model.pareto.ParetoConfiguration;
import org.llmcostplanner.model.selfhost.ApiBasis;
import org.llmcostplanner.model.selfhost.SelfHostFigures;
import org.llmcostplanner.model.selfhost.SelfHostText;
import org.llmcostplanner.model.selfhost.ThroughputBasis;

/**
 * The Self-host tab: the open model, its GPUs, a replica's throughput, the load it is sized for,
 * its running costs and the API it is compared with, each with its control; the figures at the
 * current volume and the breakeven in words; the breakeven chart on the right.
 */
final class SelfHostView extends SplitPane {
    private final List<ChartPane> charts;

    SelfHostView(PlannerViewModel viewModel, ChartActions actions) {
        ObjectBinding<SelfHostFigures> figures = Bindings.createObjectBinding(
                () -> viewModel.getScenario().selfHostFigures(viewModel.getEvaluation()), viewModel.evaluationProperty());
        NumberInput inputTokens = new NumberInput(SelfHostInputs.INPUT_TOKENS_PER_SECOND, viewModel);
        NumberInput outputTokens = new NumberInput(SelfHostInputs.OUTPUT_TOKENS_PER_SECOND, viewModel);
        NumberInput requests = new NumberInput(SelfHostInputs.REQUESTS_PER_SECOND, viewModel);
        var byTokens = Bindings.createBooleanBinding(
                () -> viewModel.getScenario().selfHost().throughput().basis() == ThroughputBasis.TOKENS, viewModel.scenarioProperty());
        inputTokens.disableProperty().bind(byTokens.not());
        outputTokens.disableProperty().bind(byTokens.not());
        requests.disableProperty().bind(byTokens);

        VBox left = new VBox(14,
                FormParts.title("Open model"),
                new HBox(12, grown(new TextInput("selfhost-model", "Served model", viewModel, s -> s.selfHost().modelName(),
                        (s, name) -> s.withSelfHost(s.selfHost().withModelName(name)))), fromPareto(viewModel)),
                FormParts.inputs(viewModel, SelfHostInputs.QUALITY),
                FormParts.title("GPUs"),
                FormParts.inputs(viewModel, SelfHostInputs.GPU_PRICE, SelfHostInputs.GPUS_PER_REPLICA, SelfHostInputs.MIN_REPLICAS),
                FormParts.title("Throughput of one replica"),
                choice(viewModel, "selfhost-throughput", s -> s.selfHost().throughput().basis(),
                        (s, basis) -> s.withSelfHost(s.selfHost().withThroughput(s.selfHost().throughput().withBasis(basis))),
                        List.of(ThroughputBasis.TOKENS, ThroughputBasis.REQUESTS),
                        List.of("Tokens per second (from a load test)", "Requests per second")),
                TwoColumns.of(inputTokens, outputTokens, requests),
                FormParts.title("Load"),
                FormParts.inputs(viewModel, SelfHostInputs.TARGET_UTILISATION, SelfHostInputs.PEAK_TO_AVERAGE),
                FormParts.title("Running costs"),
                FormParts.inputs(viewModel, SelfHostInputs.MONITORING, SelfHostInputs.STORAGE, SelfHostInputs.NETWORKING,
                        SelfHostInputs.ENGINEERING_HOURS),
                engineeringRate(viewModel),
                FormParts.title("Compared with"),
                choice(viewModel, "selfhost-api", s -> s.selfHost().apiBasis(),
                        (s, basis) -> s.withSelfHost(s.selfHost().withApiBasis(basis)), List.of(ApiBasis.PLAN, ApiBasis.REFERENCE),
                        List.of("The plan, with its levers", "The reference model alone")),
                figure("selfhost-current", figures, SelfHostText::atCurrentVolume),
                figure("selfhost-breakeven", figures, f -> SelfHostText.breakeven(f.breakeven())),
                figure("selfhost-quality", figures, SelfHostText::quality));
        left.setPadding(new Insets(12));
        ScrollPane scroll = new UncachedScrollPane(left);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setMinWidth(640);

        ChartPane breakeven = new ChartPane(Charts.SELF_HOST_BREAKEVEN, viewModel, actions);
        charts = List.of(breakeven);
        VBox right = new VBox(breakeven);
        VBox.setVgrow(breakeven, Priority.ALWAYS);
        right.setPadding(new Insets(12));
        right.setMinWidth(360);
        getItems().addAll(scroll, right);
        setDividerPositions(0.6);
    }

    private static TextInput grown(TextInput input) {
        HBox.setHgrow(input, Priority.ALWAYS);
        return input;
    }

    /** Takes a Pareto configuration's name and quality as the served model's. */
    private static VBox fromPareto(PlannerViewModel viewModel) {
        ComboBox<String> names = new ComboBox<>();
        names.setId("selfhost-from-pareto");
        names.setPromptText("From the Pareto table");
        names.setTooltip(new Tooltip("Take a benchmarked configuration's name and quality"));
        Runnable refill = () -> names.getItems().setAll(
                viewModel.getScenario().pareto().configurations().stream().map(ParetoConfiguration::name).toList());
        refill.run();
        viewModel.scenarioProperty().addListener((obs, old, scenario) -> {
            if (old.pareto().configurations() != scenario.pareto().configurations()) {
                refill.run();
            }
        });
        names.setOnAction(event -> {
            String name = names.getValue();
            if (name == null) {
                return;
            }
            viewModel.getScenario().pareto().configurations().stream().filter(c -> c.name().equals(name)).findFirst()
                    .ifPresent(config -> viewModel.edit(s -> s.withSelfHost(s.selfHost().withModelName(config.name())
                            .withQuality(config.quality()))));
            javafx.application.Platform.runLater(() -> names.getSelectionModel().clearSelection());
        });
        Label spacer = new Label(" ");
        spacer.getStyleClass().add("input-label");
        VBox box = new VBox(2, spacer, names);
        box.setAlignment(Pos.BOTTOM_LEFT);
        return box;
    }

    /** Radio buttons for one of a few values of the scenario. */
    private static <E extends Enum<E>> HBox choice(PlannerViewModel viewModel, String id, Function<Scenario, E> get,
                                                   BiFunction<Scenario, E, Scenario> set, List<E> values, List<String> texts) {
        ToggleGroup group = new ToggleGroup();
        HBox box = new HBox(16);
        box.setAlignment(Pos.CENTER_LEFT);
        for (int i = 0; i < values.size(); i++) {
            E value = values.get(i);
            RadioButton button = new RadioButton(texts.get(i));
            button.setId(id + "-" + value.name().toLowerCase(Locale.ROOT));
            button.setToggleGroup(group);
            button.setUserData(value);
            button.setSelected(get.apply(viewModel.getScenario()) == value);
            box.getChildren().add(button);
        }
        viewModel.scenarioProperty().addListener((obs, old, scenario) -> group.getToggles().forEach(
                toggle -> toggle.setSelected(toggle.getUserData() == get.apply(scenario))));
        group.selectedToggleProperty().addListener((obs, was, now) -> {
            if (now != null && now.getUserData() != get.apply(viewModel.getScenario())) {
                @SuppressWarnings("unchecked")
                E value = (E) now.getUserData();
                viewModel.edit(scenario -> set.apply(scenario, value));
            }
        });
        return box;
    }

    private static Label figure(String id, ObjectBinding<SelfHostFigures> figures, Function<SelfHostFigures, String> text) {
        Label line = FormParts.figures(id);
        line.textProperty().bind(Bindings.createStringBinding(() -> text.apply(figures.get()), figures));
        return line;
    }

    List<ChartPane> charts() {
        return charts;
    }

    /** The hourly rate the engineering hours are priced at (the TCO tab's). */
    private static Label engineeringRate(PlannerViewModel viewModel) {
        Label line = FormParts.figures("selfhost-engineering-rate");
        line.textProperty().bind(Bindings.createStringBinding(() -> "Engineering hours at the plan's "
                + Money.usd(viewModel.getScenario().fixedCosts().engineering().hourlyRateUsd()) + " an hour (TCO tab).",
                viewModel.scenarioProperty()));
        return line;
    }
}
