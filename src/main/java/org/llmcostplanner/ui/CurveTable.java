package org.llmcostplanner.ui;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javafx.concurrent.Task;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import org.llmcostplanner.io.CalibrationCsv;
import org.llmcostplanner.model.caching.CacheCalibration;
import org.llmcostplanner.model.caching.CachePoint;
import org.llmcostplanner.model.caching.CalibratedPoint;
import org.llmcostplanner.model.caching.CalibrationText;
import org.llmcostplanner.model.caching.ThresholdCurve;
import org.llmcostplanner.model.format.Money;
import org.llmcostplanner.model.format.Percent;
import org.llmcostplanner.model.format.Ranges;

/**
 * The semantic cache's threshold curve as an editable table (threshold, hit rate, false-hit rate),
 * kept in threshold order, and Calibrate from CSV..., which measures a curve from labelled queries
 * in the background, shows it with its sample size and 95% intervals, and replaces the table on
 * request.
 */
final class CurveTable extends VBox {
    /** The intervals' confidence level. */
    private static final double CONFIDENCE = 0.95;

    private final PlannerViewModel viewModel;
    private final TaskStatus status;
    private final MessageBar messages;
    private final ListTable<CachePoint> rows;
    private File lastFolder;

    CurveTable(PlannerViewModel viewModel, TaskStatus status, MessageBar messages) {
        super(6);
        this.viewModel = viewModel;
        this.status = status;
        this.messages = messages;
        this.rows = new ListTable<>("curve", () -> viewModel.getScenario().caching().semantic().curve().points(),
                points -> viewModel.edit(s -> s.withCaching(s.caching().withSemantic(
                        s.caching().semantic().withCurve(new ThresholdCurve(points))))),
                point -> "the point at " + Money.plain(point.threshold()));
        TableView<Integer> table = rows.table();
        table.setPlaceholder(new Label("No points: press Add, or calibrate from labelled queries"));
        table.setPrefHeight(6 * 30 + 32);
        table.getColumns().add(rows.textColumn("Threshold", 90, Pos.CENTER_RIGHT, p -> NumberText.format(p.threshold(), 3),
                (p, text) -> rows.number(p, text, "Threshold", v -> Ranges.problem(v, 0, 1).or(() -> taken(p, v)),
                        v -> new CachePoint(v, p.hitRate(), p.falseHitRate()))));
        table.getColumns().add(rows.textColumn("Hit rate (%)", 100, Pos.CENTER_RIGHT,
                p -> NumberText.format(Percent.fromFraction(p.hitRate()), 2),
                (p, text) -> rows.number(p, text, "Hit rate", v -> Ranges.problem(v, Percent.fromFraction(p.falseHitRate()), 100),
                        v -> new CachePoint(p.threshold(), Percent.toFraction(v), p.falseHitRate()))));
        table.getColumns().add(rows.textColumn("False-hit rate (%)", 130, Pos.CENTER_RIGHT,
                p -> NumberText.format(Percent.fromFraction(p.falseHitRate()), 2),
                (p, text) -> rows.number(p, text, "False-hit rate", v -> Ranges.problem(v, 0, Percent.fromFraction(p.hitRate())),
                        v -> new CachePoint(p.threshold(), p.hitRate(), Percent.toFraction(v)))));
        Label title = new Label("Threshold curve");
        title.getStyleClass().add("section-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button calibrate = ListTable.button("Calibrate from CSV...", "curve-calibrate",
                "Measure the curve from labelled query pairs (similarity, same_intent)", this::calibrate);
        Button add = ListTable.button("Add", "curve-add", "Add a point", this::addPoint);
        Button remove = ListTable.button("Remove", "curve-remove", "Remove the selected points (Delete)", rows::removeSelected);
        remove.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(table.getSelectionModel().getSelectedIndices()));
        HBox header = new HBox(6, title, spacer, calibrate, add, remove);
        header.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(header, table, rows.error());
        viewModel.scenarioProperty().addListener((obs, old, scenario) -> {
            if (old.caching().semantic().curve() != scenario.caching().semantic().curve()) {
                rows.showRows(scenario.caching().semantic().curve().points().size());
            }
        });
        rows.showRows(viewModel.getScenario().caching().semantic().curve().points().size());
    }

    private static CachePoint halfwayPast(CachePoint last) {
        return new CachePoint(Math.round((last.threshold() + 1) / 2 * 1000) / 1000.0, last.hitRate(), last.falseHitRate());
    }

    private static CachePoint halfwayBetween(CachePoint a, CachePoint b) {
        return new CachePoint((a.threshold() + b.threshold()) / 2, (a.hitRate() + b.hitRate()) / 2,
                (a.falseHitRate() + b.falseHitRate()) / 2);
    }

    /** Why another point than {@code edited} already at {@code threshold} forbids it; empty if none is. */
    private Optional<String> taken(CachePoint edited, double threshold) {
        return rows.items().stream().anyMatch(point -> point != edited && point.threshold() == threshold)
                ? Optional.of("must differ from the other points' thresholds (" + Money.plain(threshold) + " is one)")
                : Optional.empty();
    }

    /**
     * A point halfway past the last threshold (or at 0.9), at the last point's rates; when the last
     * point is at 1, halfway between the last two, at their mean rates.
     */
    private void addPoint() {
        List<CachePoint> points = rows.items();
        int size = points.size();
        CachePoint added = size == 0 ? new CachePoint(0.9, 0.5, 0.01) : halfwayPast(points.get(size - 1));
        if (size >= 2 && added.threshold() == points.get(size - 1).threshold()) {
            added = halfwayBetween(points.get(size - 2), points.get(size - 1));
        }
        double threshold = added.threshold();
        if (points.stream().anyMatch(point -> point.threshold() == threshold)) {
            messages.showError("No room for another point after " + Money.plain(points.get(size - 1).threshold())
                    + ": type a threshold into a row instead");
            return;
        }
        List<CachePoint> next = new ArrayList<>(points);
        next.add(added);
        viewModel.edit(s -> s.withCaching(s.caching().withSemantic(s.caching().semantic().withCurve(new ThresholdCurve(next)))));
    }

    private void calibrate() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Calibrate the threshold curve from labelled queries");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("CSV files", "*.csv"),
                new FileChooser.ExtensionFilter("All files", "*"));
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        File chosen = chooser.showOpenDialog(getScene().getWindow());
        if (chosen != null) {
            lastFolder = chosen.getParentFile();
            calibrate(chosen);
        }
    }

    /** Reads {@code file} in the background and offers its curve. */
    Task<List<CalibratedPoint>> calibrate(File file) {
        int generation = viewModel.documentGeneration();
        Task<List<CalibratedPoint>> task = new Task<>() {
            @Override
            protected List<CalibratedPoint> call() throws Exception {
                updateMessage("Calibrating from " + file.getName() + "...");
                updateProgress(-1, 1);
                return CacheCalibration.curve(CalibrationCsv.read(file.toPath()), CacheCalibration.DEFAULT_THRESHOLDS, CONFIDENCE);
            }
        };
        Background.run(task, status, points -> {
            if (viewModel.documentGeneration() == generation && confirm(file, points)) {
                ThresholdCurve curve = CacheCalibration.toCurve(points);
                viewModel.edit(s -> s.withCaching(s.caching().withSemantic(s.caching().semantic().withCurve(curve))));
                messages.showInfo("The threshold curve now comes from " + file.getName() + " (" + points.get(0).sampleSize()
                        + " labelled queries)");
            }
        }, failure -> messages.showError("Could not calibrate from " + failure.getMessage()));
        return task;
    }

    private boolean confirm(File file, List<CalibratedPoint> points) {
        TextArea table = new TextArea(String.join("\n", CalibrationText.lines(points, CONFIDENCE)));
        table.setEditable(false);
        table.setStyle("-fx-font-family: monospace;");
        table.setPrefRowCount(Math.min(22, points.size() + 1));
        table.setPrefColumnCount(70);
        ButtonType replace = new ButtonType("Replace the curve", ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", replace, ButtonType.CANCEL);
        alert.initOwner(getScene().getWindow());
        alert.setTitle("Calibrated threshold curve");
        int n = points.get(0).sampleSize();
        alert.setHeaderText(file.getName() + ": " + n + " labelled queries" + (n < 100
                ? " (fewer than 100: the intervals are wide)" : "") + ". The rates are shares of these queries:"
                + " your traffic's if they are a random sample of it.\nReplace the curve with these " + points.size()
                + " points?");
        alert.getDialogPane().setContent(table);
        return alert.showAndWait().filter(replace::equals).isPresent();
    }

    TableView<Integer> table() {
        return rows.table();
    }
}
