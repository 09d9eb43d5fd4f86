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
import javafx.beans.property.ReadOnlyIntegerWrapper;
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
 * whether it differs from what is saved there, and its undo history. State is read-only from
 * outside; verbs change it. FX-thread only.
 *
 * <p>Undo: every {@link #edit} is one step, except an edit that leaves the scenario as it was
 * (token counts aside), and the edits of one gesture ({@link #editInGesture}: a slider drag, a run
 * of typing), which together are one. {@link #UNDO_STEPS} steps are kept. New and Open start a new
 * history. Token counts are derived from the prompt texts and never a step: counts that land in
 * the background {@link #amend} the scenario, and undo and redo give the scenario they restore
 * counts that belong to its texts (see {@link #undo}).
 */
public final class PlannerViewModel {
    /** Most undo steps kept; the oldest is dropped beyond it. */
    public static final int UNDO_STEPS = 200;

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
    private final UndoHistory<Scenario> history;
    /** Counts changes to {@link #history}: the undo bindings depend on it. */
    private final ReadOnlyIntegerWrapper historyRevision = new ReadOnlyIntegerWrapper(this, "historyRevision");
    private final BooleanBinding canUndo;
    private final BooleanBinding canRedo;
    private final StringBinding undoText;
    private final StringBinding redoText;
    private UnaryOperator<Scenario> recount = UnaryOperator.identity();

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
        history = new UndoHistory<>(initial, UNDO_STEPS, (a, b) -> withoutCounts(a).equals(withoutCounts(b)));
        canUndo = Bindings.createBooleanBinding(history::canUndo, historyRevision);
        canRedo = Bindings.createBooleanBinding(history::canRedo, historyRevision);
        undoText = Bindings.createStringBinding(() -> history.previous()
                .map(previous -> "Undo " + StepNames.describe(previous, history.current())).orElse("Undo"), historyRevision);
        redoText = Bindings.createStringBinding(() -> history.next()
                .map(next -> "Redo " + StepNames.describe(history.current(), next)).orElse("Redo"), historyRevision);
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

    /** Replaces the scenario with {@code edit} applied to it, as one undo step; callers validate before editing. */
    public void edit(UnaryOperator<Scenario> edit) {
        editInGesture(null, edit);
    }

    /**
     * As {@link #edit}, in {@code gesture}: the edits of one gesture, until {@link #endGesture},
     * are one undo step (from the scenario before its first edit).
     *
     * @param gesture what the user is doing, compared with {@code equals} (the slider dragged, the
     *                text area typed in); null for an edit of its own
     */
    public void editInGesture(Object gesture, UnaryOperator<Scenario> edit) {
        history.edit(Objects.requireNonNull(edit.apply(scenario.get())), gesture);
        show(history.current());
    }

    /** Ends {@code gesture}'s undo step: its next edit starts another. Nothing happens for a gesture not going on. */
    public void endGesture(Object gesture) {
        history.endGesture(gesture);
        historyRevision.set(historyRevision.get() + 1);
    }

    /**
     * Applies the result of background work an earlier edit started (token counts) without an
     * undo step of its own: undo then goes back to before that edit, result included.
     */
    public void amend(UnaryOperator<Scenario> result) {
        history.amend(Objects.requireNonNull(result.apply(scenario.get())));
        show(history.current());
    }

    /** Why setting {@code input} to {@code value} would make the plan invalid with its other values; empty if it would not. */
    public Optional<String> conflict(ScenarioInput input, double value) {
        return ScenarioValidator.introduced(scenario.get(), input.set(scenario.get(), value));
    }

    /** Sets one numeric input, as one undo step; the caller has checked {@link ScenarioInput#problem(double)}. */
    public void setInput(ScenarioInput input, double value) {
        setInput(input, value, null);
    }

    /** As {@link #setInput(ScenarioInput, double)}, in {@code gesture} (see {@link #editInGesture}). */
    public void setInput(ScenarioInput input, double value, Object gesture) {
        if (input.get(scenario.get()) != value) {
            editInGesture(gesture, s -> input.set(s, value));
        }
    }

    /**
     * Returns to the scenario before the last step, if any. The restored scenario gets token
     * counts that belong to its prompt texts: the counts on screen when the texts are the same
     * (they are at least as recent as the ones kept with it, which a count still running when the
     * step was made may have left stale); otherwise it is recounted (see {@link #useRecount}).
     */
    public void undo() {
        Scenario shown = scenario.get();
        if (history.undo()) {
            restore(shown);
        }
    }

    /** Returns to the scenario of the step last undone, if any; counts as for {@link #undo}. */
    public void redo() {
        Scenario shown = scenario.get();
        if (history.redo()) {
            restore(shown);
        }
    }

    public ObservableBooleanValue canUndoProperty() {
        return canUndo;
    }

    public ObservableBooleanValue canRedoProperty() {
        return canRedo;
    }

    /** "Undo" and what the step changed, e.g. "Undo Change queries per day"; just "Undo" when there is none. */
    public ObservableStringValue undoTextProperty() {
        return undoText;
    }

    /** "Redo" and what the step changed; just "Redo" when there is none. */
    public ObservableStringValue redoTextProperty() {
        return redoText;
    }

    /**
     * How undo and redo make the counts of a restored scenario current when its prompt texts are
     * not those on screen: {@code recount} returns it counted, or returns it as it is and counts it
     * in the background, landing with {@link #amend}. Without one, the restored counts are kept.
     */
    public void useRecount(UnaryOperator<Scenario> recount) {
        this.recount = Objects.requireNonNull(recount, "recount");
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
        history.reset(newScenario);
        file.set(newFile);
        savedScenario.set(newScenario);
        show(newScenario);
    }

    private void show(Scenario shown) {
        scenario.set(shown);
        historyRevision.set(historyRevision.get() + 1);
    }

    /** Shows the scenario undo or redo returned to, with counts of its own texts (see {@link #undo}). */
    private void restore(Scenario shownBefore) {
        Scenario restored = history.current();
        if (restored.prompts().countsSameTextAs(shownBefore.prompts())) {
            restored = restored.withPrompts(restored.prompts().withTokens(shownBefore.prompts().tokens()));
        } else {
            restored = Objects.requireNonNull(recount.apply(restored));
        }
        history.amend(restored);
        show(restored);
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
