package org.llmcostplanner.ui;

import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.llmcostplanner.model.format.Money;

import org.llmcostplanner.model.prompt.PromptVariant;
import org.llmcostplanner.model.prompt.PromptsSection;

/**
 * One prompt of the Prompts tab: its name, its template in a text area that counts as the user
 * types, and a line of figures below it (set by the tab).
 *
 * <p>A text area lays out every paragraph of its text on each change, so one keystroke in a pasted
 * 5 MB document takes seconds. Texts over {@link #EDITABLE_CHARS} therefore never enter it: a
 * paste that would make the text longer goes straight to the scenario (and is counted in the
 * background), and the area shows the start of the text, read-only, under a note saying so.
 *
 * <p>Undo: the typing done in the area between getting and losing the focus is one undo step of
 * the scenario; while the area has the focus, Ctrl+Z first takes the typing back word by word in
 * the area itself (see {@link UndoCommands}).
 */
final class PromptEditor extends VBox {
    /** Longest text edited in place: a keystroke then costs about 15 ms on a 2-core machine. */
    static final int EDITABLE_CHARS = 50_000;
    /** How much of a longer text the area shows. */
    static final int PREVIEW_CHARS = 20_000;

    private final TextArea template = new TextArea();
    private final Label figures = new Label();
    private final Label longText = new Label();
    private final Button clear = new Button("Clear");
    private final Button openFile = new Button("Open text file...");
    /** The long template whose start the area shows, or null while the area holds the whole text. */
    private String previewOf;

    /**
     * @param id     prefix of the controls' ids: {@code id-name}, {@code id-template}, {@code id-figures}
     * @param get    reads this prompt from the section
     * @param set    puts an edited prompt into the section
     * @param openTextFile asks for a text file and hands its text to the given consumer (on the FX thread)
     */
    PromptEditor(String id, String heading, PlannerViewModel viewModel, PromptCounting counting,
                 Function<PromptsSection, PromptVariant> get, BiFunction<PromptsSection, PromptVariant, PromptsSection> set,
                 Consumer<Consumer<String>> openTextFile) {
        super(4);
        Label title = new Label(heading);
        title.getStyleClass().add("section-title");
        TextInput name = new TextInput(id + "-name", "Name", viewModel, scenario -> get.apply(scenario.prompts()).name(),
                (scenario, text) -> scenario.withPrompts(set.apply(scenario.prompts(), get.apply(scenario.prompts()).withName(text))));
        template.setId(id + "-template");
        template.setWrapText(true);
        template.setPrefRowCount(14);
        template.setPromptText("The prompt's text; {name} marks a placeholder");
        VBox.setVgrow(template, Priority.ALWAYS);
        figures.setId(id + "-figures");
        figures.setWrapText(true);
        figures.getStyleClass().add("prompt-figures");
        longText.setId(id + "-long");
        longText.setWrapText(true);
        longText.getStyleClass().add("input-label");
        clear.setId(id + "-clear");
        clear.setMinWidth(Button.USE_PREF_SIZE);
        openFile.setMinWidth(Button.USE_PREF_SIZE);
        openFile.setId(id + "-open");
        HBox longRow = new HBox(8, longText, clear);
        longRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(longText, Priority.ALWAYS);
        longRow.managedProperty().bind(longRow.visibleProperty());
        longRow.setVisible(false);
        HBox nameRow = new HBox(8, name, openFile);
        nameRow.setAlignment(Pos.BOTTOM_LEFT);
        HBox.setHgrow(name, Priority.ALWAYS);
        getChildren().addAll(title, nameRow, longRow, template, figures);

        BiConsumer<Object, String> commitInGesture = (gesture, text) -> counting.edit(gesture, prompts -> {
            PromptVariant prompt = get.apply(prompts);
            return text.equals(prompt.template()) ? prompts : set.apply(prompts, prompt.withTemplate(text));
        });
        Consumer<String> commitText = text -> commitInGesture.accept(null, text);
        clear.setOnAction(event -> {
            Alert ask = new Alert(Alert.AlertType.CONFIRMATION,
                    "Remove all " + Money.count(get.apply(viewModel.getScenario().prompts()).template().length())
                            + " characters of this prompt?", ButtonType.OK, ButtonType.CANCEL);
            ask.initOwner(getScene().getWindow());
            ask.setHeaderText("Clear the " + heading.toLowerCase(Locale.ROOT));
            if (ask.showAndWait().filter(ButtonType.OK::equals).isPresent()) {
                commitText.accept("");
            }
        });
        openFile.setOnAction(event -> openTextFile.accept(commitText));
        template.setTextFormatter(new TextFormatter<>(change -> {
            if (previewOf != null || !change.isContentChange()) {
                return change;
            }
            int length = change.getControlText().length() - (change.getRangeEnd() - change.getRangeStart())
                    + change.getText().length();
            if (length <= EDITABLE_CHARS) {
                return change;
            }
            String whole = change.getControlNewText();
            Platform.runLater(() -> commitText.accept(whole)); // not from inside the area's own change
            return null;
        }));

        Runnable show = () -> {
            PromptVariant prompt = get.apply(viewModel.getScenario().prompts());
            String text = prompt.template();
            if (text.length() > EDITABLE_CHARS) {
                if (!text.equals(previewOf)) {
                    previewOf = text;
                    template.setEditable(false);
                    template.setText(text.substring(0, PREVIEW_CHARS));
                    longText.setText(Money.count(text.length()) + " characters: too long to edit here, so this shows the first "
                            + Money.count(PREVIEW_CHARS) + ", read-only. The whole text is counted.");
                    longRow.setVisible(true);
                }
            } else {
                if (previewOf != null) {
                    previewOf = null;
                    template.setEditable(true);
                    longRow.setVisible(false);
                }
                if (!text.equals(template.getText())) {
                    template.setText(text);
                }
            }
        };
        show.run();
        viewModel.scenarioProperty().addListener((obs, old, scenario) -> {
            if (get.apply(scenario.prompts()) != get.apply(old.prompts())) {
                show.run();
            }
        });
        template.textProperty().addListener((obs, old, text) -> {
            if (previewOf == null) {
                commitInGesture.accept(template, text);
            }
        });
        template.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                viewModel.endGesture(template);
                TextTyping.forget(template);
            }
        });
    }

    Label figures() {
        return figures;
    }

    TextArea template() {
        return template;
    }
}
