package org.llmcostplanner.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

import org.llmcostplanner.model.prompt.PromptSample;
import org.llmcostplanner.model.prompt.PromptTemplate;
import org.llmcostplanner.model.prompt.PromptsSection;

/**
 * The sample value of each placeholder: one row per placeholder of either prompt, plus any sample
 * no prompt uses any more (marked, with a button to drop it, so nothing typed is lost silently).
 * The rows are rebuilt only when the set of placeholders changes, so typing keeps the caret.
 */
final class PromptSamples extends GridPane {
    private final PlannerViewModel viewModel;
    private final PromptCounting counting;
    private List<String> shownNames = List.of();
    private List<String> shownUsed = List.of();
    private int shownGeneration;
    /** The templates {@link #used} was found in: scanning a pasted document takes tens of ms. */
    private String usedIn1;
    private String usedIn2;
    private List<String> used = List.of();
    private final Map<String, TextField> fields = new HashMap<>();

    PromptSamples(PlannerViewModel viewModel, PromptCounting counting) {
        this.viewModel = viewModel;
        this.counting = counting;
        setId("prompt-samples");
        shownGeneration = viewModel.documentGeneration();
        setHgap(10);
        setVgap(4);
        setAlignment(Pos.TOP_LEFT);
        refresh();
        viewModel.scenarioProperty().addListener((obs, old, scenario) -> {
            if (scenario.prompts() != old.prompts()) {
                refresh(old.prompts().sampleValues());
            }
        });
    }

    private void refresh() {
        refresh(Map.of());
    }

    /** @param before the sample values before the edit: a value changed elsewhere (undo) replaces what a focused field shows */
    private void refresh(Map<String, String> before) {
        PromptsSection prompts = viewModel.getScenario().prompts();
        boolean newDocument = shownGeneration != viewModel.documentGeneration();
        shownGeneration = viewModel.documentGeneration();
        if (prompts.original().template() != usedIn1 || prompts.compressed().template() != usedIn2) {
            usedIn1 = prompts.original().template();
            usedIn2 = prompts.compressed().template();
            used = PromptTemplate.placeholders(usedIn1, usedIn2);
        }
        Set<String> names = new LinkedHashSet<>(used);
        prompts.samples().forEach(sample -> names.add(sample.placeholder()));
        if (!List.copyOf(names).equals(shownNames) || !used.equals(shownUsed)) {
            rebuild(List.copyOf(names));
        }
        Map<String, String> values = prompts.sampleValues();
        fields.forEach((name, field) -> {
            String value = values.getOrDefault(name, "");
            boolean changedElsewhere = !value.equals(before.getOrDefault(name, ""));
            if ((newDocument || !field.isFocused() || changedElsewhere) && !value.equals(field.getText())) {
                field.setText(value);
            }
        });
    }

    private void rebuild(List<String> names) {
        shownNames = names;
        shownUsed = used;
        fields.clear();
        getChildren().clear();
        Label title = new Label("Sample values");
        title.getStyleClass().add("section-title");
        add(title, 0, 0, 3, 1);
        if (names.isEmpty()) {
            Label none = new Label("No placeholders: write {message} in a prompt to fill it with a sample when counting.");
            none.getStyleClass().add("input-label");
            add(none, 0, 1, 3, 1);
            return;
        }
        int row = 1;
        for (String name : names) {
            Label label = new Label("{" + name + "}");
            label.getStyleClass().add("input-label");
            TextField field = new TextField();
            field.setId("prompt-sample-" + name);
            field.setPromptText("the text that replaces {" + name + "}");
            GridPane.setHgrow(field, Priority.ALWAYS);
            field.textProperty().addListener((obs, old, text) -> setSample(field, name, text));
            field.focusedProperty().addListener((obs, was, focused) -> {
                if (!focused) { // the typing in one field, from focus to focus lost, is one undo step
                    viewModel.endGesture(field);
                    TextTyping.forget(field);
                }
            });
            fields.put(name, field);
            add(label, 0, row);
            add(field, 1, row);
            if (!used.contains(name)) {
                Button drop = new Button("Remove");
                drop.setTooltip(new Tooltip("No prompt uses {" + name + "} now; remove its sample value"));
                drop.setOnAction(event -> counting.edit(section -> section.withSamples(section.samples().stream()
                        .filter(sample -> !sample.placeholder().equals(name)).toList())));
                label.setText("{" + name + "} (unused)");
                add(drop, 2, row);
            }
            row++;
        }
    }

    private void setSample(TextField field, String name, String value) {
        counting.edit(field, section -> {
            if (value.equals(section.sampleValues().get(name))) {
                return section;
            }
            List<PromptSample> samples = new ArrayList<>();
            boolean found = false;
            for (PromptSample sample : section.samples()) {
                if (sample.placeholder().equals(name)) {
                    if (!found) {
                        samples.add(new PromptSample(name, value));
                    }
                    found = true;
                } else {
                    samples.add(sample);
                }
            }
            if (!found) {
                samples.add(new PromptSample(name, value));
            }
            return section.withSamples(samples);
        });
    }
}
