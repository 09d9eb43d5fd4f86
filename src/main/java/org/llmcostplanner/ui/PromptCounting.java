package org.llmcostplanner.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.concurrent.Task;

import org.llmcostplanner.io.Tokenizer;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.model.prompt.PromptTokens;
import org.llmcostplanner.model.prompt.PromptsSection;
import org.llmcostplanner.model.prompt.TokenCounter;
import org.llmcostplanner.model.prompt.TokenEncoding;

/**
 * Edits of the prompts section, with their token counts kept current. Short prompts are counted at
 * once; long ones (a pasted document) in the background with progress and cancel, while the edit
 * itself lands at once with the old counts and {@link #countingProperty()} is true. The last few
 * counts are remembered, so typing in one prompt does not count a long other one again. FX thread
 * only, apart from the memory of counts, which the counting threads share.
 *
 * <p>Counts are never an undo step of their own: a count that lands in the background
 * {@link PlannerViewModel#amend amends} the edit that started it, and when undo or redo restores
 * prompt texts other than those on screen, they are counted again here (at once, from memory or in
 * the background as for an edit), so the counts shown always belong to the texts shown.
 */
final class PromptCounting {
    /** Texts up to this many chars are counted on the FX thread: well under a millisecond per 10K chars. */
    static final int COUNT_AT_ONCE_CHARS = 32_000;
    private static final int REMEMBERED_COUNTS = 4;

    private final PlannerViewModel viewModel;
    private final TaskStatus status;
    private final ReadOnlyBooleanWrapper counting = new ReadOnlyBooleanWrapper(this, "counting");
    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper(this, "stale");
    /** Recent counts by encoding and text; a text's hash is computed once and kept by the string. */
    private final Map<Counted, Long> remembered = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Counted, Long> eldest) {
            return size() > REMEMBERED_COUNTS;
        }
    };
    private final TokenCounter rememberingCounter = this::countRemembering;
    private Task<PromptTokens> running;
    private int generation;

    private record Counted(TokenEncoding encoding, String text) {
    }

    PromptCounting(PlannerViewModel viewModel, TaskStatus status) {
        this.viewModel = viewModel;
        this.status = status;
        this.generation = viewModel.documentGeneration();
        viewModel.useRecount(this::countedForUndo);
        viewModel.scenarioProperty().addListener((obs, old, scenario) -> {
            if (viewModel.documentGeneration() != generation) {
                // New or Open: the reader counted the new document; nothing here is pending any more.
                generation = viewModel.documentGeneration();
                cancelRunning();
                stale.set(false);
            }
        });
    }

    /** True while a long text is being counted; the counts on screen are then the previous ones. */
    ReadOnlyBooleanProperty countingProperty() {
        return counting.getReadOnlyProperty();
    }

    /** True when a count was cancelled or failed: the counts on screen belong to an earlier text. */
    ReadOnlyBooleanProperty staleProperty() {
        return stale.getReadOnlyProperty();
    }

    /** Applies {@code change} to the prompts section, as one undo step, and counts again if the texts or encoding changed. */
    void edit(UnaryOperator<PromptsSection> change) {
        edit(null, change);
    }

    /**
     * As {@link #edit(UnaryOperator)}, in {@code gesture}: a run of typing in one control is one
     * undo step (see {@link PlannerViewModel#editInGesture}).
     */
    void edit(Object gesture, UnaryOperator<PromptsSection> change) {
        PromptsSection before = viewModel.getScenario().prompts();
        PromptsSection after = change.apply(before);
        if (after.equals(before)) {
            return;
        }
        if (after.countsSameTextAs(before)) {
            viewModel.editInGesture(gesture, scenario -> scenario.withPrompts(after));
            return;
        }
        cancelRunning();
        if (shortEnough(after)) {
            stale.set(false);
            PromptsSection counted = before.withFirstShare(after.counted(rememberingCounter), inputTokensPerQuery());
            viewModel.editInGesture(gesture, scenario -> scenario.withPrompts(counted));
        } else {
            viewModel.editInGesture(gesture, scenario -> scenario.withPrompts(after));
            countInBackground(before, after);
        }
    }

    /**
     * {@code restored}, which undo or redo returns to, with counts of its own texts: counted at
     * once when short (or remembered); otherwise as it is, counted in the background.
     */
    private Scenario countedForUndo(Scenario restored) {
        PromptsSection section = restored.prompts();
        cancelRunning();
        if (shortEnough(section)) {
            stale.set(false);
            return restored.withPrompts(section.counted(rememberingCounter));
        }
        countInBackground(section, section);
        return restored;
    }

    /** Counts the current texts again (after a cancelled count). */
    void recount() {
        PromptsSection now = viewModel.getScenario().prompts();
        cancelRunning();
        countInBackground(now, now);
    }

    private void countInBackground(PromptsSection before, PromptsSection section) {
        int startedIn = viewModel.documentGeneration();
        Task<PromptTokens> task = new Task<>() {
            @Override
            protected PromptTokens call() {
                updateMessage("Counting tokens...");
                String original = section.renderedOriginal();
                String compressed = section.renderedCompressed();
                long total = (long) original.length() + compressed.length();
                long originalTokens = countRemembering(original, section.encoding(), (done, all) -> {
                    updateProgress(done, total);
                    return isCancelled();
                });
                long compressedTokens = countRemembering(compressed, section.encoding(), (done, all) -> {
                    updateProgress(original.length() + done, total);
                    return isCancelled();
                });
                return new PromptTokens(originalTokens, compressedTokens);
            }
        };
        running = task;
        counting.set(true);
        task.setOnCancelled(event -> finished(task, true));
        Background.run(task, status, tokens -> {
            finished(task, false);
            PromptsSection now = viewModel.getScenario().prompts();
            if (viewModel.documentGeneration() == startedIn && now.countsSameTextAs(section)) {
                PromptsSection counted = before.withFirstShare(now.withTokens(tokens), inputTokensPerQuery());
                viewModel.amend(scenario -> scenario.withPrompts(counted));
            }
        }, failure -> finished(task, true));
    }

    private double inputTokensPerQuery() {
        return viewModel.getScenario().workload().inputTokensPerQuery();
    }

    private long countRemembering(String text, TokenEncoding encoding) {
        return countRemembering(text, encoding, Tokenizer.Progress.NONE);
    }

    private long countRemembering(String text, TokenEncoding encoding, Tokenizer.Progress progress) {
        Counted key = new Counted(encoding, text);
        synchronized (remembered) {
            Long known = remembered.get(key);
            if (known != null) {
                return known;
            }
        }
        long tokens = Tokenizer.SHARED.count(text, encoding, progress);
        synchronized (remembered) {
            remembered.put(key, tokens);
        }
        return tokens;
    }

    private void finished(Task<PromptTokens> task, boolean leftStale) {
        if (running == task) {
            running = null;
            counting.set(false);
            stale.set(leftStale);
        }
    }

    private void cancelRunning() {
        if (running != null) {
            Task<PromptTokens> task = running;
            running = null;
            counting.set(false);
            task.cancel();
        }
    }

    /** Whether both rendered texts together have at most {@link #COUNT_AT_ONCE_CHARS} chars. */
    private static boolean shortEnough(PromptsSection section) {
        long raw = section.original().template().length() + section.compressed().template().length()
                + section.samples().stream().mapToLong(sample -> sample.value().length()).sum();
        return raw <= COUNT_AT_ONCE_CHARS
                && section.renderedOriginal().length() + section.renderedCompressed().length() <= COUNT_AT_ONCE_CHARS;
    }
}
