package org.llmcostplanner.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.llmcostplanner.io.ParetoCsv;
import org.llmcostplanner.model.format.Money;
import org.llmcostplanner.model.pareto.ParetoConfiguration;

/**
 * CSV import and export of the Pareto configurations. Both run in the background with progress
 * and cancel in the status bar; an import that fails or is cancelled leaves the table as it was,
 * and one into a table that has rows asks whether to replace or append them.
 */
final class ParetoFiles {
    /** What an import does with the rows already in the table. */
    enum Mode { ASK, REPLACE, APPEND }

    private static final FileChooser.ExtensionFilter CSV = new FileChooser.ExtensionFilter("CSV file", "*.csv");
    private final PlannerViewModel viewModel;
    private final Window owner;
    private final TaskStatus status;
    private final MessageBar messages;
    private File lastFolder;

    ParetoFiles(PlannerViewModel viewModel, Window owner, TaskStatus status, MessageBar messages) {
        this.viewModel = viewModel;
        this.owner = owner;
        this.status = status;
        this.messages = messages;
    }

    /** Import CSV...: asks for a file, reads it, then asks replace or append if the table has rows. */
    void importCsv() {
        PendingEdit.commit(owner);
        FileChooser chooser = chooser("Import configurations from CSV");
        File chosen = chooser.showOpenDialog(owner);
        if (chosen != null) {
            lastFolder = chosen.getParentFile();
            importCsv(chosen.toPath(), Mode.ASK);
        }
    }

    /** Reads {@code file} in the background and puts its rows in the table as {@code mode} says. */
    Task<List<ParetoConfiguration>> importCsv(Path file, Mode mode) {
        Task<List<ParetoConfiguration>> task = new Task<>() {
            @Override
            protected List<ParetoConfiguration> call() throws Exception {
                updateMessage("Reading " + file.getFileName() + "...");
                return ParetoCsv.read(file, fraction -> updateProgress(fraction, 1));
            }
        };
        int document = viewModel.documentGeneration();
        return Background.run(task, status, read -> {
                    if (viewModel.documentGeneration() != document) {
                        messages.showInfo("Import of " + file.getFileName() + " dropped: another scenario was opened while it was read");
                    } else {
                        apply(read, file, mode);
                    }
                },
                failure -> messages.showError("Could not import " + file.getFileName() + ": " + failure.getMessage()));
    }

    private void apply(List<ParetoConfiguration> read, Path file, Mode mode) {
        List<ParetoConfiguration> current = viewModel.getScenario().pareto().configurations();
        Mode chosen = mode == Mode.ASK && current.isEmpty() ? Mode.REPLACE : mode;
        if (chosen == Mode.ASK) {
            Optional<Mode> answer = askReplaceOrAppend(current.size(), read.size(), file);
            if (answer.isEmpty()) {
                messages.showInfo("Import of " + file.getFileName() + " cancelled; the table is unchanged");
                return;
            }
            chosen = answer.get();
        }
        boolean append = chosen == Mode.APPEND;
        // The rows as they are now: the dialog took the focus, which commits a cell still being edited.
        viewModel.edit(scenario -> {
            List<ParetoConfiguration> next = new ArrayList<>(append ? scenario.pareto().configurations() : List.of());
            next.addAll(read);
            return scenario.withPareto(scenario.pareto().withConfigurations(next));
        });
        messages.showInfo((chosen == Mode.APPEND ? "Appended " : "Imported ") + Money.count(read.size())
                + (read.size() == 1 ? " configuration" : " configurations") + " from " + file.getFileName());
    }

    private Optional<Mode> askReplaceOrAppend(int current, int read, Path file) {
        ButtonType replace = new ButtonType("Replace", ButtonBar.ButtonData.YES);
        ButtonType append = new ButtonType("Append", ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, file.getFileName() + " holds " + Money.count(read)
                + " configurations. Replace the " + Money.count(current) + " in the table, or append them?",
                replace, append, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle("Import configurations");
        alert.setHeaderText(null);
        return alert.showAndWait().map(button -> button == replace ? Mode.REPLACE : button == append ? Mode.APPEND : null);
    }

    /** Export CSV...: asks for a file and writes the configurations in the table's order. */
    void exportCsv() {
        PendingEdit.commit(owner);
        FileChooser chooser = chooser("Export configurations as CSV");
        chooser.setInitialFileName(FileCommands.suggestedFileName(viewModel.getScenario().name()).replace(".json", "-configurations.csv"));
        File chosen = chooser.showSaveDialog(owner);
        if (chosen == null) {
            return;
        }
        lastFolder = chosen.getParentFile();
        Path target = chosen.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".csv") ? chosen.toPath()
                : chosen.toPath().resolveSibling(chosen.getName() + ".csv");
        if (target.equals(chosen.toPath()) || FileCommands.confirmReplace(owner, target)) {
            exportCsv(target);
        }
    }

    /** Writes the configurations to {@code target} in the background, atomically. */
    Task<Path> exportCsv(Path target) {
        List<ParetoConfiguration> configurations = viewModel.getScenario().pareto().configurations();
        Task<Path> task = new Task<>() {
            @Override
            protected Path call() throws Exception {
                updateMessage("Writing " + target.getFileName() + "...");
                ParetoCsv.write(configurations, target);
                return target;
            }
        };
        return Background.run(task, status,
                path -> messages.showInfo("Exported " + Money.count(configurations.size()) + " configurations to " + path),
                failure -> messages.showError("Could not export to " + target + ": " + ChartActions.describe(failure)));
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(CSV);
        if (lastFolder != null) {
            chooser.setInitialDirectory(lastFolder);
        }
        return chooser;
    }
}
