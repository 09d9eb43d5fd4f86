package org.llmcostplanner.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableObjectValue;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.llmcostplanner.io.RecentFiles;
import org.llmcostplanner.io.ScenarioFileException;
import org.llmcostplanner.io.ScenarioFiles;
import org.llmcostplanner.model.Evaluation;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.model.ScenarioEvaluator;
import org.llmcostplanner.model.ScenarioInput;
import org.llmcostplanner.model.ScenarioValidator;
import org.llmcostplanner.model.pareto.ParetoAnalysis;
import org.llmcostplanner.model.pareto.ParetoSection;
import org.llmcostplanner.model.prompt.PromptTokens;

/**
 * The open document: the scenario being edited, its evaluation, the file it came from and
 * whether it differs from what is saved there. State is read-only from outside; verbs change it.
 * FX-thread only.
 */
public final class PlannerViewModel {
    private final ReadOnlyObjectWrapper<Scenario> scenario = new ReadOnlyObjectWrapper<>(this, "scenario");
    private final ReadOnlyObjectWrapper<Scenario> savedScenario = new ReadOnlyObjectWrapper<>(this, "savedScenario");
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ObjectBinding<Evaluation> evaluation;
    private final ObjectBinding<ParetoAnalysis> paretoAnalysis;
    private final BooleanBinding dirty;
    private final StringBinding title;
    private final RecentFiles recentFiles;
    private final ObservableList<Path> recentFileList = FXCollections.observableArrayList();
    private int documentGeneration;

    /**
     * @param initial     the scenario on screen at start
     * @param initialFile the file it was read from, or null for a document never saved
     * @param recentFiles where the most recently used files are remembered
     */
    public PlannerViewModel(Scenario initial, Path initialFile, RecentFiles recentFiles) {
        this.recentFiles = Objects.requireNonNull(recentFiles, "recentFiles");
        scenario.set(Objects.requireNonNull(initial, "initial"));
        savedScenario.set(initial);
        file.set(initialFile);
        evaluation = Bindings.createObjectBinding(() -> ScenarioEvaluator.evaluate(scenario.get()), scenario);
        // ParetoSection.analyse() returns the same analysis for the same section, so edits elsewhere
        // in the scenario leave the value unchanged and its listeners hear only of Pareto edits.
        paretoAnalysis = Bindings.createObjectBinding(() -> scenario.get().pareto().analyse(), scenario);
        dirty = Bindings.createBooleanBinding(() -> !withoutCounts(scenario.get()).equals(withoutCounts(savedScenario.get())),
                scenario, savedScenario);
        title = Bindings.createStringBinding(this::composeTitle, scenario, file, dirty);
        recentFileList.setAll(recentFiles.list());
    }

    public ReadOnlyObjectProperty<Scenario> scenarioProperty() {
        return scenario.getReadOnlyProperty();
    }

    public Scenario getScenario() {
        return scenario.get();
    }

    public ObservableObjectValue<Evaluation> evaluationProperty() {
        return evaluation;
    }

    public Evaluation getEvaluation() {
        return evaluation.get();
    }

    /**
     * The frontier and recommendation of the scenario's Pareto section. Edits elsewhere in the
     * scenario normally keep the same object (see {@link ParetoSection#analyse()}), so its
     * listeners hear of little but Pareto edits.
     */
    public ObservableObjectValue<ParetoAnalysis> paretoAnalysisProperty() {
        return paretoAnalysis;
    }

    public ParetoAnalysis getParetoAnalysis() {
        return paretoAnalysis.get();
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    /** True while the scenario differs from the one last opened, created or saved. */
    public ObservableBooleanValue dirtyProperty() {
        return dirty;
    }

    public boolean isDirty() {
        return dirty.get();
    }

    /** Window title: unsaved marker, scenario name, file name. */
    public ObservableStringValue titleProperty() {
        return title;
    }

    /** Most recently used files, newest first. */
    public ObservableList<Path> recentFiles() {
        return FXCollections.unmodifiableObservableList(recentFileList);
    }

    /** Replaces the scenario with {@code edit} applied to it; callers validate before editing. */
    public void edit(UnaryOperator<Scenario> edit) {
        scenario.set(Objects.requireNonNull(edit.apply(scenario.get())));
    }

    /** Sets one numeric input; the caller has checked {@link ScenarioInput#problem(double)}. */
    /** Why setting {@code input} to {@code value} would make the plan invalid with its other values; empty if it would not. */
    public Optional<String> conflict(ScenarioInput input, double value) {
        return ScenarioValidator.introduced(scenario.get(), input.set(scenario.get(), value));
    }

    public void setInput(ScenarioInput input, double value) {
        if (input.get(scenario.get()) != value) {
            edit(s -> input.set(s, value));
        }
    }

    public void newScenario() {
        replaceDocument(Scenario.untitled(), null);
    }

    /** Opens {@code path}; on failure the current scenario stays untouched and the exception says why. */
    public void open(Path path) throws ScenarioFileException {
        opened(ScenarioFiles.read(path), path);
    }

    /** Shows {@code read}, read from {@code path} (in the background, for a large file). */
    public void opened(Scenario read, Path path) {
        replaceDocument(read, path.toAbsolutePath());
        remember(path.toAbsolutePath());
    }

    public void saveAs(Path path) throws IOException {
        Scenario current = scenario.get();
        ScenarioFiles.write(current, path);
        file.set(path.toAbsolutePath());
        savedScenario.set(current);
        remember(path.toAbsolutePath());
    }

    public void forgetRecent(Path path) {
        recentFiles.remove(path);
        recentFileList.setAll(recentFiles.list());
    }

    /**
     * Counts New and Open: background work that started on one document can tell, when it ends,
     * that another one is on screen now (FX thread).
     */
    public int documentGeneration() {
        return documentGeneration;
    }

    private void replaceDocument(Scenario newScenario, Path newFile) {
        documentGeneration++;
        file.set(newFile);
        savedScenario.set(newScenario);
        scenario.set(newScenario);
    }

    /**
     * The scenario as a file holds it: token counts are not saved (they are made again on reading),
     * so a count that lands after a save leaves the document saved.
     */
    private static Scenario withoutCounts(Scenario scenario) {
        return scenario.withPrompts(scenario.prompts().withTokens(PromptTokens.NONE));
    }

    private void remember(Path path) {
        recentFiles.add(path);
        recentFileList.setAll(recentFiles.list());
    }

    private String composeTitle() {
        Path path = file.get();
        String where = path == null ? "not saved" : String.valueOf(path.getFileName());
        return (dirty.get() ? "*" : "") + scenario.get().name() + " (" + where + ") - LLM Cost Planner";
    }
}
