package org.llmcostplanner.ui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import javafx.beans.value.ObservableValue;
import javafx.concurrent.Task;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.llmcostplanner.io.ScenarioFileException;
import org.llmcostplanner.io.UsageColumns;
import org.llmcostplanner.io.UsageLogReader;
import org.llmcostplanner.model.format.Money;
import org.llmcostplanner.model.price.PriceCatalog;
import org.llmcostplanner.model.usage.ImportSummary;
import org.llmcostplanner.model.usage.UsageAggregator;

/**
 * Import logs...: the files chosen, each one's columns guessed (and the mapping step when a required
 * field has no column), then read in one pass in the background with progress and Cancel into a new
 * aggregator, which replaces the shown logs only when every file was read. A cancel or a failure
 * leaves the logs shown before untouched.
 */
final class UsageImport {
    private final UsageViewModel usage;
    private final TaskStatus status;
    private final MessageBar messages;
    private final ObservableValue<PriceCatalog> catalog;
    private File lastFolder;

    UsageImport(UsageViewModel usage, TaskStatus status, MessageBar messages, ObservableValue<PriceCatalog> catalog) {
        this.usage = usage;
        this.status = status;
        this.messages = messages;
        this.catalog = catalog;
    }

    /** Asks for the files and their columns, then imports them with days in {@code zone}. */
    void choose(Window owner, ZoneId zone) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import usage logs");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Usage logs (CSV, JSON Lines)", "*.csv", "*.jsonl", "*.ndjson", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*"));
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        List<File> chosen = chooser.showOpenMultipleDialog(owner);
        if (chosen == null || chosen.isEmpty()) {
            return;
        }
        lastFolder = chosen.get(0).getParentFile();
        List<Path> files = chosen.stream().map(File::toPath).toList();
        mappings(owner, files).ifPresent(columns -> start(columns, zone));
    }

    /** Each file's mapping, asked for when the guess lacks a required column; empty when cancelled or unreadable. */
    private Optional<Map<Path, UsageColumns>> mappings(Window owner, List<Path> files) {
        Map<Path, UsageColumns> mappings = new LinkedHashMap<>();
        for (Path file : files) {
            List<String> columns;
            try {
                columns = UsageLogReader.columnsOf(file, UsageLogReader.Format.of(file));
            } catch (ScenarioFileException unreadable) {
                messages.showError("Could not import " + unreadable.getMessage());
                return Optional.empty();
            }
            UsageColumns guessed = UsageColumns.guess(columns);
            if (guessed.missingRequired().isEmpty()) {
                mappings.put(file, guessed);
            } else {
                Optional<UsageColumns> chosen = ColumnMappingDialog.ask(owner, file.getFileName().toString(), columns, guessed);
                if (chosen.isEmpty()) {
                    return Optional.empty();
                }
                mappings.put(file, chosen.get());
            }
        }
        return Optional.of(mappings);
    }

    /**
     * Reads the files in the background, in order, into a new aggregator with days in {@code zone}.
     *
     * @param mappings each file with a mapping that has every required field
     */
    Task<UsageAggregator> start(Map<Path, UsageColumns> mappings, ZoneId zone) {
        PriceCatalog prices = catalog.getValue();
        Map<Path, UsageColumns> files = new LinkedHashMap<>(mappings);
        String names = files.keySet().stream().map(file -> file.getFileName().toString()).collect(Collectors.joining(", "));
        Task<UsageAggregator> task = new Task<>() {
            @Override
            protected UsageAggregator call() throws Exception {
                long total = 0;
                for (Path file : files.keySet()) {
                    total += size(file);
                }
                long allBytes = Math.max(1, total);
                UsageAggregator aggregator = new UsageAggregator(zone);
                long done = 0;
                for (Map.Entry<Path, UsageColumns> entry : files.entrySet()) {
                    Path file = entry.getKey();
                    updateMessage("Importing " + file.getFileName() + "...");
                    long before = done;
                    new UsageLogReader(entry.getValue(), zone, prices).read(file, UsageLogReader.Format.of(file), aggregator,
                            (read, size) -> updateProgress(before + read, allBytes), this::isCancelled);
                    done += size(file);
                }
                return aggregator;
            }
        };
        Background.run(task, status, aggregator -> {
            usage.show(aggregator, names);
            ImportSummary rows = aggregator.importSummary();
            messages.showInfo("Imported " + names + ": " + Money.count(rows.rowsRead()) + " rows, "
                    + Money.count(rows.rowsAccepted()) + " accepted, " + Money.count(rows.rowsRejected()) + " rejected");
        }, failure -> messages.showError("Could not import " + (failure instanceof ScenarioFileException
                ? failure.getMessage() : names + ": " + ChartActions.describe(failure))));
        return task;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException unreadable) {
            return 0;
        }
    }
}
