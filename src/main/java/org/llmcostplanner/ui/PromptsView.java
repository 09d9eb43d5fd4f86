package org.llmcostplanner.ui;

import java.io.File;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.value.ObservableValue;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.Duration;

import org.controlsfx.control.textfield.TextFields;

import org.llmcostplanner.io.TextFiles;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.model.ScenarioInputs;
import org.llmcostplanner.model.format.Money;
import org.llmcostplanner.model.price.CatalogEntry;
import org.llmcostplanner.model.price.PriceCatalog;
import org.llmcostplanner.model.prompt.PromptFigures;
import org.llmcostplanner.model.prompt.PromptTemplate;
import org.llmcostplanner.model.prompt.PromptTokens;
import org.llmcostplanner.model.prompt.PromptsSection;
import org.llmcostplanner.model.prompt.TokenEncoding;

/**
 * The Prompts tab: an original prompt and its compressed variant side by side, counted exactly as
 * the user types, what each costs a month at the plan's volume and input price, the share of the
 * workload's input they stand for, and where the tokens fall.
 */
final class PromptsView extends BorderPane {
    private final PlannerViewModel viewModel;
    private final TaskStatus status;
    private final MessageBar messages;
    private final PromptCounting counting;
    private File lastFolder;
    private final PromptEditor original;
    private final PromptEditor compressed;
    private final TokenView tokens = new TokenView();
    private final ToggleButton showOriginal = new ToggleButton("Original");
    private final ToggleButton showCompressed = new ToggleButton("Compressed");
    /** The figures of the current prompts; recomputed only when what they depend on changes. */
    private final ObjectBinding<PromptFigures> figures;

    /** What the figures depend on. */
    private record FiguresKey(PromptsSection prompts, Object workload, Object reference, Object routing) {
        static FiguresKey of(Scenario s) {
            return new FiguresKey(s.prompts(), s.workload(), s.referenceModel(), s.routing());
        }
    }

    PromptsView(PlannerViewModel viewModel, TaskStatus status, MessageBar messages, ObservableValue<PriceCatalog> catalog) {
        this.viewModel = viewModel;
        this.status = status;
        this.messages = messages;
        this.counting = new PromptCounting(viewModel, status);
        figures = KeyedBinding.of(viewModel, FiguresKey::of, Scenario::promptFigures);
        original = new PromptEditor("prompt-original", "Original prompt", viewModel, counting,
                PromptsSection::original, PromptsSection::withOriginal, this::openTextFile);
        compressed = new PromptEditor("prompt-compressed", "Compressed prompt", viewModel, counting,
                PromptsSection::compressed, PromptsSection::withCompressed, this::openTextFile);
        original.figures().textProperty().bind(Bindings.createStringBinding(() -> editorFigures(true),
                figures, counting.countingProperty(), counting.staleProperty()));
        compressed.figures().textProperty().bind(Bindings.createStringBinding(() -> editorFigures(false),
                figures, counting.countingProperty(), counting.staleProperty()));

        original.setPadding(new Insets(4, 8, 4, 12));
        compressed.setPadding(new Insets(4, 12, 4, 8));
        SplitPane editors = new SplitPane(original, compressed);
        editors.setId("prompt-editors");
        SplitPane body = new SplitPane(editors, bottom());
        body.setOrientation(Orientation.VERTICAL);
        body.setDividerPositions(0.5);
        VBox top = new VBox(10, header(catalog), share());
        top.setPadding(new Insets(12, 12, 8, 12));
        setTop(top);
        setCenter(body);

        PauseTransition settle = new PauseTransition(Duration.millis(150));
        settle.setOnFinished(event -> showTokens());
        viewModel.scenarioProperty().addListener((obs, old, scenario) -> {
            PromptsSection now = scenario.prompts();
            if (!now.countsSameTextAs(old.prompts()) || !now.tokens().equals(old.prompts().tokens())) {
                settle.playFromStart();
            }
        });
        showTokens();
    }

    private HBox header(ObservableValue<PriceCatalog> catalog) {
        CheckBox enabled = new CheckBox("Send the compressed prompt in the plan");
        enabled.setId("prompts-enabled");
        enabled.setTooltip(new Tooltip("On: the API cost in TCO uses fewer input tokens per query"));
        enabled.setSelected(viewModel.getScenario().prompts().enabled());
        enabled.selectedProperty().addListener((obs, was, on) -> counting.edit(p -> p.withEnabled(on)));

        Label modelLabel = new Label("Sent to");
        modelLabel.getStyleClass().add("input-label");
        TextField model = new TextField(viewModel.getScenario().prompts().model());
        model.setId("prompts-model");
        model.setPrefColumnCount(18);
        TextFields.bindAutoCompletion(model, request -> {
            String wanted = request.getUserText().strip().toLowerCase(Locale.ROOT);
            return wanted.isEmpty() ? List.<String>of() : catalog.getValue().entries().stream().map(CatalogEntry::id)
                    .filter(id -> id.toLowerCase(Locale.ROOT).contains(wanted)).limit(40).toList();
        });
        Runnable commitModel = () -> {
            String text = model.getText().strip();
            if (text.isEmpty()) {
                model.setText(viewModel.getScenario().prompts().model());
            } else {
                counting.edit(p -> p.withModel(text));
            }
        };
        model.setOnAction(event -> commitModel.run());
        model.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                commitModel.run();
            }
        });

        ChoiceBox<TokenEncoding> encoding = new ChoiceBox<>();
        encoding.setId("prompts-encoding");
        encoding.getItems().setAll(TokenEncoding.values());
        encoding.setValue(viewModel.getScenario().prompts().encoding());
        encoding.valueProperty().addListener((obs, old, chosen) -> {
            if (chosen != null) {
                counting.edit(p -> p.withEncoding(chosen));
            }
        });
        Label exactness = new Label();
        exactness.setId("prompts-exactness");
        exactness.getStyleClass().add("input-label");

        int[] shownGeneration = {viewModel.documentGeneration()};
        String[] shownModel = {viewModel.getScenario().prompts().model()};
        Runnable show = () -> {
            PromptsSection prompts = viewModel.getScenario().prompts();
            enabled.setSelected(prompts.enabled());
            boolean newDocument = shownGeneration[0] != viewModel.documentGeneration();
            shownGeneration[0] = viewModel.documentGeneration();
            // Typing in the field is kept while other edits land; a model set elsewhere (New, Open, undo) replaces it.
            if (newDocument || !model.isFocused() || !prompts.model().equals(shownModel[0])) {
                model.setText(prompts.model());
            }
            shownModel[0] = prompts.model();
            encoding.setValue(prompts.encoding());
            encoding.setDisable(!prompts.approximate());
            exactness.setText(prompts.approximate()
                    ? "Approximate: the tokenizer of " + prompts.model() + " is not public; pick the closest encoding"
                    : "Exact: " + prompts.model() + " bills in " + prompts.encoding().id());
        };
        show.run();
        viewModel.scenarioProperty().addListener((obs, old, scenario) -> {
            if (scenario.prompts() != old.prompts()) {
                show.run();
            }
        });
        HBox box = new HBox(10, enabled, spacer(16), modelLabel, model, encoding, exactness);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private HBox share() {
        NumberInput share = new NumberInput(ScenarioInputs.PROMPT_SHARE, viewModel);
        share.setPrefWidth(420);
        Button match = new Button("Match the original prompt");
        match.setId("prompts-match-share");
        match.setTooltip(new Tooltip("Set the share to the original prompt's tokens over the input tokens per query"));
        match.setOnAction(event -> {
            Scenario scenario = viewModel.getScenario();
            double inputTokens = scenario.workload().inputTokensPerQuery();
            if (inputTokens > 0) {
                double fraction = Math.min(1, scenario.prompts().tokens().original() / inputTokens);
                counting.edit(p -> p.withInputTokenShare(fraction));
            }
        });
        match.disableProperty().bind(Bindings.createBooleanBinding(() ->
                viewModel.getScenario().workload().inputTokensPerQuery() <= 0
                        || viewModel.getScenario().prompts().tokens().original() == 0
                        || counting.countingProperty().get() || counting.staleProperty().get(),
                viewModel.scenarioProperty(), counting.countingProperty(), counting.staleProperty()));
        Label hint = new Label();
        hint.setId("prompts-share-hint");
        hint.setWrapText(true);
        hint.getStyleClass().add("input-label");
        hint.textProperty().bind(Bindings.createStringBinding(this::shareHint, figures));
        HBox.setHgrow(hint, Priority.ALWAYS);
        HBox box = new HBox(16, share, match, hint);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private VBox bottom() {
        Label summary = new Label();
        summary.setId("prompts-summary");
        summary.setWrapText(true);
        summary.getStyleClass().add("section-title");
        summary.textProperty().bind(Bindings.createStringBinding(this::summary, figures, counting.countingProperty(),
                counting.staleProperty()));
        Label plan = new Label();
        plan.setId("prompts-plan");
        plan.setWrapText(true);
        plan.textProperty().bind(Bindings.createStringBinding(this::planLine, figures));
        Button recount = new Button("Count again");
        recount.setOnAction(event -> counting.recount());
        recount.visibleProperty().bind(counting.staleProperty());
        recount.managedProperty().bind(recount.visibleProperty());

        Label title = new Label("Token boundaries");
        title.getStyleClass().add("section-title");
        ToggleGroup which = new ToggleGroup();
        showOriginal.setToggleGroup(which);
        showCompressed.setToggleGroup(which);
        showOriginal.setId("tokens-show-original");
        showCompressed.setId("tokens-show-compressed");
        showOriginal.setSelected(true);
        which.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one of the two is always shown
            } else {
                showTokens();
            }
        });
        HBox tokensHeader = new HBox(10, title, showOriginal, showCompressed);
        tokensHeader.setAlignment(Pos.CENTER_LEFT);
        tokens.setId("token-view");
        VBox tokensBox = new VBox(6, tokensHeader, tokens);
        VBox.setVgrow(tokens, Priority.ALWAYS);
        HBox.setHgrow(tokensBox, Priority.ALWAYS);

        PromptSamples samples = new PromptSamples(viewModel, counting);
        samples.setMinWidth(320);
        samples.setPrefWidth(420);
        HBox lower = new HBox(18, tokensBox, samples);
        VBox.setVgrow(lower, Priority.ALWAYS);
        HBox summaryRow = new HBox(12, summary, recount);
        summaryRow.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(8, summaryRow, plan, lower);
        box.setPadding(new Insets(10, 12, 12, 12));
        return box;
    }

    /** Asks for a UTF-8 text file, reads it in the background and hands its text to {@code use}. */
    private void openTextFile(Consumer<String> use) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a prompt from a text file");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Text files", "*.txt", "*.md", "*.prompt"),
                new FileChooser.ExtensionFilter("All files", "*"));
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        File chosen = chooser.showOpenDialog(getScene().getWindow());
        if (chosen == null) {
            return;
        }
        lastFolder = chosen.getParentFile();
        int generation = viewModel.documentGeneration();
        Task<String> read = new Task<>() {
            @Override
            protected String call() throws Exception {
                updateMessage("Reading " + chosen.getName() + "...");
                return TextFiles.read(chosen.toPath());
            }
        };
        Background.run(read, status, text -> {
            if (viewModel.documentGeneration() == generation) {
                use.accept(text);
            }
        }, failure -> messages.showError(failure.getMessage()));
    }

    /** Draws the token boundaries of the prompt picked by the toggle. */
    private void showTokens() {
        PromptsSection prompts = viewModel.getScenario().prompts();
        boolean originalShown = showOriginal.isSelected();
        String template = (originalShown ? prompts.original() : prompts.compressed()).template();
        // Rendering only the start keeps a pasted document cheap; the view shows the start anyway.
        int cut = Math.min(template.length(), 4 * TokenView.MAX_CHARS);
        if (cut < template.length() && Character.isHighSurrogate(template.charAt(cut - 1))) {
            cut--; // not between the halves of an emoji
        }
        String start = template.substring(0, cut);
        String text = PromptTemplate.render(start, prompts.sampleValues());
        PromptTokens counts = prompts.tokens();
        tokens.show(text, prompts.encoding(), originalShown ? counts.original() : counts.compressed(), prompts.approximate(),
                start.length() < template.length());
    }

    private String editorFigures(boolean forOriginal) {
        PromptFigures f = figures.get();
        PromptsSection prompts = viewModel.getScenario().prompts();
        if (counting.countingProperty().get()) {
            return "Counting tokens...";
        }
        String template = (forOriginal ? prompts.original() : prompts.compressed()).template();
        if (template.isEmpty()) {
            return forOriginal ? "Paste or type the prompt as it is today." : "Type a shorter prompt that does the same job.";
        }
        long count = forOriginal ? f.tokens().original() : f.tokens().compressed();
        double usd = forOriginal ? f.originalUsdPerMonth() : f.compressedUsdPerMonth();
        String approx = prompts.approximate() ? "about " : "";
        String stale = counting.staleProperty().get() ? " (counted before the last edit)" : "";
        return approx + Money.count(count) + (count == 1 ? " token" : " tokens") + stale + "  ·  "
                + Money.count(template.length()) + " characters in the template  ·  " + Money.usd(usd) + " a month";
    }

    private String summary() {
        PromptFigures f = figures.get();
        PromptTokens counts = f.tokens();
        if (counting.countingProperty().get()) {
            return "Counting tokens... The figures are the previous text's until the count is done.";
        }
        if (counting.staleProperty().get()) {
            return "The count was stopped: every figure here and in the plan is the previous text's. Count again to update.";
        }
        if (counts.original() == 0) {
            return "Type or paste the original prompt above to see what compression saves.";
        }
        if (viewModel.getScenario().prompts().compressed().template().isEmpty()) {
            return "Write the compressed prompt to see what it saves.";
        }
        String verb = counts.saved() >= 0 ? "saves " : "adds ";
        return "Compression " + verb + Money.count(Math.abs(counts.saved())) + " tokens per query ("
                + Money.percent(Math.abs(counts.savedFraction())) + "): " + Money.usd(Math.abs(f.promptSavingUsdPerMonth()))
                + " a month at " + Money.count(f.queriesPerMonth()) + " queries and " + Money.usdPrice(f.usdPerInputToken() * 1e6)
                + " per 1M input tokens";
    }

    private String planLine() {
        PromptFigures f = figures.get();
        PromptsSection prompts = viewModel.getScenario().prompts();
        if (!prompts.comparable()) {
            return prompts.enabled() ? "Switched on, but nothing to compare yet: the plan is unchanged." : "";
        }
        String price = viewModel.getScenario().routing().applies() ? "the routing mix's blended input price"
                : "the reference model's input price";
        String saving = Money.usd(Math.abs(f.leverSavingUsdPerMonth())) + " a month "
                + (f.leverSavingUsdPerMonth() >= 0 ? "off" : "onto") + " the plan's API cost";
        return (prompts.enabled() ? "In the plan: compression takes " + saving + "." : "Not in the plan. Switched on, it takes "
                + saving + ".") + " Prices are " + price + ".";
    }

    private String shareHint() {
        PromptFigures f = figures.get();
        Scenario scenario = viewModel.getScenario();
        return "= " + Money.count(Math.round(f.shareTokensPerQuery())) + " of the " + Money.count(scenario.workload().inputTokensPerQuery())
                + " input tokens per query; the original prompt with its samples is " + Money.count(f.tokens().original()) + ".";
    }

    private static Region spacer(double width) {
        Region region = new Region();
        region.setMinWidth(width);
        return region;
    }

    List<ChartPane> charts() {
        return List.of();
    }

    PromptEditor originalEditor() {
        return original;
    }

    TokenView tokenView() {
        return tokens;
    }

    PromptCounting counting() {
        return counting;
    }
}
