package org.llmcostplanner.ui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.llmcostplanner.io.ScenarioFileException;
import org.llmcostplanner.io.ScenarioFiles;
import org.llmcostplanner.model.Scenario;

/**
 * File menu verbs: New, Open, Save, Save As, recent files, and the unsaved-changes question.
 * Failures are shown in the message bar; the scenario on screen is never lost.
 */
final class FileCommands {
    private static final FileChooser.ExtensionFilter SCENARIO_FILES =
            new FileChooser.ExtensionFilter("Scenario files (*.json)", "*.json");

    /**
     * Files above this size are read in the background: a plan holding a pasted document spends
     * most of a second counting its tokens. Smaller ones open at once.
     */
    static final long READ_IN_BACKGROUND_BYTES = 512 * 1024;

    private final PlannerViewModel viewModel;
    private final Window owner;
    private final MessageBar messages;
    private final TaskStatus status;
    /** A large file being read for Open, or null; cancelling one that is done does nothing. */
    private Task<Scenario> pendingRead;

    FileCommands(PlannerViewModel viewModel, Window owner, MessageBar messages, TaskStatus status) {
        this.viewModel = viewModel;
        this.owner = owner;
        this.messages = messages;
        this.status = status;
    }

    void newScenario() {
        if (confirmDiscard()) {
            cancelPendingRead();
            viewModel.newScenario();
        }
    }

    void open() {
        if (!confirmDiscard()) {
            return;
        }
        FileChooser chooser = chooser("Open scenario");
        File chosen = chooser.showOpenDialog(owner);
        if (chosen != null) {
            openFile(chosen.toPath());
        }
    }

    /** Opens a recent file (after the unsaved-changes question); a vanished file leaves the list. */
    void openRecent(Path path) {
        if (!confirmDiscard()) {
            return;
        }
        if (!Files.exists(path)) {
            viewModel.forgetRecent(path);
            messages.showError(path + " no longer exists; removed it from the recent files.");
            return;
        }
        openFile(path);
    }

    /**
     * Opens {@code path} without asking; a bad file is refused with its message and nothing changes.
     * A large file is read in the background (see {@link #read}); then this returns true when the
     * reading has started.
     */
    boolean openFile(Path path) {
        cancelPendingRead();
        int generation = viewModel.documentGeneration();
        Scenario asked = viewModel.getScenario();
        return read(path, started -> pendingRead = started, scenario -> {
            // Edits made while a large file was read are unsaved work: ask again before replacing them.
            boolean keepsWork = viewModel.getScenario() == asked || confirmDiscard();
            if (viewModel.documentGeneration() == generation && keepsWork) {
                viewModel.opened(scenario, path);
                messages.showInfo("Opened " + path);
            }
        });
    }

    /**
     * Reads the scenario file {@code path} for {@code onRead}, leaving the document as it is: at once,
     * or in the background (progress and Cancel in the status bar) for a file over
     * {@link #READ_IN_BACKGROUND_BYTES}. A refused file is named in the message bar with the line and
     * field at fault ("Could not open bad.json, line 14, ...") and {@code onRead} is not called.
     *
     * @param started receives the background read of a large file, to cancel it when superseded; not
     *                called for a file read at once
     * @param onRead  receives the scenario on the FX thread
     * @return false when the file was refused at once; true when it was read, or is being read
     */
    boolean read(Path path, Consumer<Task<Scenario>> started, Consumer<Scenario> onRead) {
        if (size(path) > READ_IN_BACKGROUND_BYTES) {
            Task<Scenario> read = new Task<>() {
                @Override
                protected Scenario call() throws ScenarioFileException {
                    updateMessage("Opening " + path.getFileName() + "...");
                    updateProgress(-1, 1);
                    return ScenarioFiles.read(path);
                }
            };
            started.accept(read);
            Background.run(read, status, onRead, failure -> messages.showError("Could not open " + failure.getMessage()));
            return true;
        }
        try {
            onRead.accept(ScenarioFiles.read(path));
            return true;
        } catch (ScenarioFileException refused) {
            messages.showError("Could not open " + refused.getMessage());
            return false;
        }
    }

    /** Asks for a scenario file to read for another use than the document (plan A of a comparison); null when cancelled. */
    Path chooseFile(String title) {
        File chosen = chooser(title).showOpenDialog(owner);
        return chosen == null ? null : chosen.toPath();
    }

    private void cancelPendingRead() {
        if (pendingRead != null) {
            pendingRead.cancel();
            pendingRead = null;
        }
    }

    private static long size(Path path) {
        try {
            return Files.size(path);
        } catch (IOException | RuntimeException unknown) {
            return 0; // opened at once, where the reader names the problem
        }
    }

    /** Saves to the current file, or asks for one; true when the scenario is now saved. */
    boolean save() {
        PendingEdit.commit(owner);
        Path file = viewModel.fileProperty().get();
        return file == null ? saveAs() : saveTo(file);
    }

    boolean saveAs() {
        PendingEdit.commit(owner);
        FileChooser chooser = chooser("Save scenario as");
        Path current = viewModel.fileProperty().get();
        chooser.setInitialFileName(current != null ? current.getFileName().toString()
                : suggestedFileName(viewModel.getScenario().name()));
        File chosen = chooser.showSaveDialog(owner);
        if (chosen == null) {
            return false;
        }
        Path target = chosen.toPath();
        if (!target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
            target = target.resolveSibling(target.getFileName() + ".json");
            if (!confirmReplace(owner, target)) {
                return false;
            }
        }
        return saveTo(target);
    }

    boolean saveTo(Path target) {
        try {
            viewModel.saveAs(target);
            messages.showInfo("Saved " + target);
            return true;
        } catch (IOException | RuntimeException failed) {
            messages.showError("Could not save " + target + ": " + ChartActions.describe(failed)
                    + ". The previous file is unchanged and your edits are still here.");
            return false;
        }
    }

    /**
     * Asks what to do with unsaved changes before they would be replaced.
     *
     * @return true when the caller may go on (saved, discarded, or nothing to lose)
     */
    boolean confirmDiscard() {
        PendingEdit.commit(owner);
        if (!viewModel.isDirty()) {
            return true;
        }
        ButtonType saveButton = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discardButton = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION,
                "Save the changes to \"" + viewModel.getScenario().name() + "\" first?",
                saveButton, discardButton, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle("Unsaved changes");
        alert.setHeaderText("This scenario has unsaved changes.");
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty() || answer.get() == ButtonType.CANCEL) {
            return false;
        }
        return answer.get() == discardButton || save();
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(SCENARIO_FILES);
        Path current = viewModel.fileProperty().get();
        if (current != null && current.getParent() != null && Files.isDirectory(current.getParent())) {
            chooser.setInitialDirectory(current.getParent().toFile());
        } else if (Files.isDirectory(Path.of("scenarios"))) {
            chooser.setInitialDirectory(Path.of("scenarios").toAbsolutePath().toFile());
        }
        return chooser;
    }

    /**
     * Asks before replacing {@code target}, for names the file dialog did not check because an
     * extension was added after it closed; true when there is nothing to replace or the user agrees.
     */
    static boolean confirmReplace(Window owner, Path target) {
        if (!Files.exists(target)) {
            return true;
        }
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, target.getFileName() + " already exists in "
                + target.getParent() + ". Replace it?", ButtonType.YES, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle("Replace file");
        alert.setHeaderText(null);
        return alert.showAndWait().filter(ButtonType.YES::equals).isPresent();
    }

    static String suggestedFileName(String scenarioName) {
        String slug = scenarioName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        return (slug.isEmpty() ? "scenario" : slug) + ".json";
    }
}
