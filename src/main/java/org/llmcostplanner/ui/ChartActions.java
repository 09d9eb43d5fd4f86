package org.llmcostplanner.ui;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.Locale;

import javafx.concurrent.Task;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.jfree.chart.JFreeChart;
import org.llmcostplanner.chart.ChartBuilder;
import org.llmcostplanner.chart.ChartExport;
import org.llmcostplanner.chart.Charts;
import org.llmcostplanner.chart.UsageChart;
import org.llmcostplanner.io.FileErrors;
import org.llmcostplanner.model.Evaluation;
import org.llmcostplanner.model.Scenario;

/**
 * Export and copy of charts. Each export builds a fresh chart from an immutable snapshot of the
 * scenario (or of the imported usage logs' figures) on a background thread, so the live chart on
 * screen is never touched off the FX thread.
 */
final class ChartActions {
    /**
     * A chart to write: its file-name stem, its title and how to build a fresh copy (off the FX
     * thread, from immutable inputs taken when the user asked).
     */
    private record Exportable(String id, String title, Supplier<JFreeChart> fresh) {
    }

    private final PlannerViewModel viewModel;
    private final Window owner;
    private final TaskStatus status;
    private final MessageBar messages;
    private ExportSettings settings = ExportSettings.SLIDE;
    private File lastFolder;
    /** The usage charts' figures now, empty before logs are imported; Export all adds their charts. */
    private Supplier<Optional<UsageChart.Input>> usageInput = Optional::empty;

    ChartActions(PlannerViewModel viewModel, Window owner, TaskStatus status, MessageBar messages) {
        this.viewModel = viewModel;
        this.owner = owner;
        this.status = status;
        this.messages = messages;
    }

    /** Export all also writes the usage charts of {@code input} when it has some. */
    void includeUsageCharts(Supplier<Optional<UsageChart.Input>> input) {
        usageInput = input;
    }

    void exportOne(ChartBuilder builder, ChartExport.Format format) {
        PendingEdit.commit(owner);
        exportOne(scenarioChart(builder), format);
    }

    /** A usage chart of {@code input} (the figures on screen when asked) as a file of the user's choosing. */
    void exportOne(UsageChart builder, UsageChart.Input input, ChartExport.Format format) {
        exportOne(new Exportable(builder.id(), builder.title(), () -> builder.build(input)), format);
    }

    void copyToClipboard(UsageChart builder, UsageChart.Input input) {
        copyToClipboard(new Exportable(builder.id(), builder.title(), () -> builder.build(input)));
    }

    private Exportable scenarioChart(ChartBuilder builder) {
        Scenario scenario = viewModel.getScenario();
        Evaluation evaluation = viewModel.getEvaluation();
        return new Exportable(builder.id(), builder.title(), () -> builder.build(scenario, evaluation));
    }

    private void exportOne(Exportable builder, ChartExport.Format format) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export " + builder.title() + " as " + format);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format + " image", "*." + format.extension()));
        chooser.setInitialFileName(builder.id() + "." + format.extension());
        if (lastFolder != null) {
            chooser.setInitialDirectory(lastFolder);
        }
        File chosen = chooser.showSaveDialog(owner);
        if (chosen == null) {
            return;
        }
        lastFolder = chosen.getParentFile();
        Path target = withExtension(chosen.toPath(), format);
        if (target.equals(chosen.toPath()) || FileCommands.confirmReplace(owner, target)) {
            exportOne(builder, format, target);
        }
    }

    /** Writes one chart at the current export size; reports the outcome in the message bar. */
    Task<Path> exportOne(ChartBuilder builder, ChartExport.Format format, Path target) {
        return exportOne(scenarioChart(builder), format, target);
    }

    private Task<Path> exportOne(Exportable builder, ChartExport.Format format, Path target) {
        ExportSettings size = settings;
        Task<Path> task = new Task<>() {
            @Override
            protected Path call() throws Exception {
                updateMessage("Exporting " + target.getFileName() + "...");
                ChartExport.write(builder.fresh().get(), target, format, size.width(), size.height(), size.scale());
                return target;
            }
        };
        return Background.run(task, status,
                path -> messages.showInfo("Exported " + path),
                failure -> messages.showError("Could not export " + target + ": " + describe(failure)));
    }

    void copyToClipboard(ChartBuilder builder) {
        copyToClipboard(scenarioChart(builder));
    }

    private void copyToClipboard(Exportable builder) {
        ExportSettings size = settings;
        Task<BufferedImage> task = new Task<>() {
            @Override
            protected BufferedImage call() {
                updateMessage("Rendering " + builder.title() + "...");
                return ChartExport.render(builder.fresh().get(), size.width(), size.height(), size.scale());
            }
        };
        Background.run(task, status, image -> {
            ClipboardContent content = new ClipboardContent();
            content.putImage(SwingFXUtils.toFXImage(image, null));
            Clipboard.getSystemClipboard().setContent(content);
            messages.showInfo("Copied " + builder.title() + " (" + image.getWidth() + "x" + image.getHeight() + ") to the clipboard");
        }, failure -> messages.showError("Could not copy the chart: " + describe(failure)));
    }

    /** File > Export all charts: asks for size and format, then a folder. */
    void exportAll() {
        PendingEdit.commit(owner);
        new ExportAllDialog(settings, owner).showAndWait().ifPresent(chosen -> {
            settings = chosen;
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Export all charts to folder");
            if (lastFolder != null) {
                chooser.setInitialDirectory(lastFolder);
            }
            File folder = chooser.showDialog(owner);
            if (folder != null) {
                lastFolder = folder;
                exportAll(folder.toPath(), chosen);
            }
        });
    }

    /** Every chart of the scenario, and the usage charts once logs are imported, into {@code folder}. */
    Task<List<Path>> exportAll(Path folder, ExportSettings chosen) {
        Scenario scenario = viewModel.getScenario();
        Evaluation evaluation = viewModel.getEvaluation();
        Optional<UsageChart.Input> usage = usageInput.get();
        Task<List<Path>> task = new Task<>() {
            @Override
            protected List<Path> call() throws Exception {
                updateMessage("Exporting " + (Charts.all().size() + (usage.isPresent() ? UsageChart.ALL.size() : 0))
                        + " charts...");
                List<Path> written = new ArrayList<>(ChartExport.exportAll(scenario, evaluation, folder, chosen.format(),
                        chosen.width(), chosen.height(), chosen.scale()));
                if (usage.isPresent()) {
                    written.addAll(ChartExport.exportUsage(usage.get(), folder, chosen.format(), chosen.width(),
                            chosen.height(), chosen.scale()));
                }
                return written;
            }
        };
        return Background.run(task, status,
                paths -> messages.showInfo("Exported " + paths.size() + " charts to " + folder),
                failure -> messages.showError("Could not export to " + folder + ": " + describe(failure)));
    }

    /**
     * The right-click menu of a chart on screen, shown over {@code viewer}: Export PNG..., Export
     * SVG... and Copy to clipboard.
     */
    static void addMenu(Node viewer, Consumer<ChartExport.Format> export, Runnable copy) {
        MenuItem png = new MenuItem("Export PNG...");
        png.setOnAction(event -> export.accept(ChartExport.Format.PNG));
        MenuItem svg = new MenuItem("Export SVG...");
        svg.setOnAction(event -> export.accept(ChartExport.Format.SVG));
        MenuItem copyItem = new MenuItem("Copy to clipboard");
        copyItem.setOnAction(event -> copy.run());
        ContextMenu menu = new ContextMenu(png, svg, copyItem);
        viewer.setOnContextMenuRequested(event -> menu.show(viewer, event.getScreenX(), event.getScreenY()));
    }

    /** A live chart could not be drawn; it keeps its last picture and tries again on the next edit. */
    void reportDrawingFailure(ChartBuilder builder, Throwable failure) {
        messages.showError("Could not draw " + builder.title() + ": " + describe(failure)
                + ". The chart shows the last picture it could draw.");
    }

    private static Path withExtension(Path path, ChartExport.Format format) {
        String name = path.getFileName().toString();
        String extension = "." + format.extension();
        return name.toLowerCase(Locale.ROOT).endsWith(extension) ? path : path.resolveSibling(name + extension);
    }

    static String describe(Throwable failure) {
        return FileErrors.describe(failure);
    }
}
