package org.llmcostplanner.ui;

import java.util.function.UnaryOperator;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.concurrent.Task;

import org.llmcostplanner.io.Tokenizer;
import org.llmcostplanner.model.prompt.PromptTokens;
import org.llmcostplanner.model.prompt.PromptsSection;

/**
 * Edits of the prompts section, with their token counts kept current. Short prompts are counted at
 * once; long ones (a pasted document) in the background with progress and cancel, while the edit
 * itself lands at once with the old counts and {@link #countingProperty()} is true. FX thread only.
 */
final class PromptCounting {
    /** Texts up to this many chars are counted on the FX thread: well under a millisecond per 10K chars. */
    static final int COUNT_AT_ONCE_CHARS = 32_000;

    private final PlannerViewModel viewModel;
    private final TaskStatus status;
    private final ReadOnlyBooleanWrapper counting = new ReadOnlyBooleanWrapper(this, "counting");
    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper(this, "stale");
    private Task<PromptTokens> running;

    PromptCounting(PlannerViewModel viewModel, TaskStatus status) {
        this.viewModel = viewModel;
        this.status = status;
        viewModel.scenarioProperty().addListener((obs, old, scenario) -> {
            if (running != null && !scenario.prompts().countsSameTextAs(old.prompts())) {
                // New or Open replaced the document (edits here start their own count).
                cancelRunning();
                stale.set(false);
            }
        });
    }

    /** True while a long text is being counted; the counts on screen are then the previous ones. */
    ReadOnlyBooleanProperty countingProperty() {
        return counting.getReadOnlyProperty();
    }

    /** True when a count was cancelled: the counts on screen belong to an earlier text. */
    ReadOnlyBooleanProperty staleProperty() {
        return stale.getReadOnlyProperty();
    }

    /** Applies {@code change} to the prompts section and counts again if the texts or encoding changed. */
    void edit(UnaryOperator<PromptsSection> change) {
        PromptsSection before = viewModel.getScenario().prompts();
        PromptsSection after = change.apply(before);
        if (after.equals(before)) {
            return;
        }
        if (after.countsSameTextAs(before)) {
            viewModel.edit(scenario -> scenario.withPrompts(after));
            return;
        }
        cancelRunning();
        if (shortEnough(after)) {
            stale.set(false);
            viewModel.edit(scenario -> scenario.withPrompts(after.counted(Tokenizer.SHARED)));
        } else {
            viewModel.edit(scenario -> scenario.withPrompts(after));
            countInBackground(after);
        }
    }

    /** Counts the current texts again (after a cancelled count). */
    void recount() {
        PromptsSection now = viewModel.getScenario().prompts();
        cancelRunning();
        countInBackground(now);
    }

    private void countInBackground(PromptsSection section) {
        int generation = viewModel.documentGeneration();
        Task<PromptTokens> task = new Task<>() {
            @Override
            protected PromptTokens call() {
                updateMessage("Counting tokens...");
                String original = section.renderedOriginal();
                String compressed = section.renderedCompressed();
                long total = (long) original.length() + compressed.length();
                long originalTokens = Tokenizer.SHARED.count(original, section.encoding(), (done, all) -> {
                    updateProgress(done, total);
                    return isCancelled();
                });
                long compressedTokens = Tokenizer.SHARED.count(compressed, section.encoding(), (done, all) -> {
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
            if (viewModel.documentGeneration() == generation && now.countsSameTextAs(section)) {
                viewModel.edit(scenario -> scenario.withPrompts(now.withTokens(tokens)));
            }
        }, failure -> finished(task, true));
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
