package org.llmcostplanner.ui;

import java.util.List;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.model.ScenarioInput;
import org.llmcostplanner.model.ScenarioInputs;
import org.llmcostplanner.model.plan.InputText;
import org.llmcostplanner.model.plan.Metric;
import org.llmcostplanner.model.plan.Sensitivity;
import org.llmcostplanner.model.plan.Sweep;
import org.llmcostplanner.model.plan.SweepPoint;
import org.llmcostplanner.model.plan.SweepTable;

/**
 * The Plan tab's sensitivity settings: the output the tornado and the sweep chart, how far each
 * input moves (20% by default), and the input the sweep varies over its slider's range; below
 * them the sweep as a data table. A change of settings hands (metric, share moved, input) to the
 * tab, which draws new charts. The table follows the plan while the tab shows, computed off the
 * FX thread (a sweep is {@value Sweep#DEFAULT_POINTS} evaluations) once edits pause for
 * {@value #SETTLE_MS} ms: refilled on every step of a slider drag, its repaint alone took more
 * than a frame; only the newest result is shown.
 */
final class SensitivityPanel extends VBox {
    /** What the charts show. */
    record Settings(Metric metric, double delta, ScenarioInput sweepInput) {
    }

    private final PlannerViewModel viewModel;
    private final ComboBox<Metric> metric = new ComboBox<>();
    private final TextField percent = new TextField("20");
    private final ComboBox<ScenarioInput> sweepInput = new ComboBox<>();
    private final Label error = FormParts.figures("sensitivity-error");
    private final Label sweepNote = FormParts.figures("sweep-note");
    private final TableView<SweepPoint> table = new TableView<>();
    private final BooleanProperty active = new SimpleBooleanProperty(this, "active", true);
    private final Consumer<Settings> onChange;
    private Settings settings = new Settings(Metric.MONTHLY_TCO, Sensitivity.DEFAULT_DELTA, ScenarioInputs.QUERIES_PER_DAY);
    private long latest;
    static final int SETTLE_MS = 150;
    private final javafx.animation.PauseTransition settle = new javafx.animation.PauseTransition(
            javafx.util.Duration.millis(SETTLE_MS));

    /** @param onChange receives the settings after each accepted change */
    SensitivityPanel(PlannerViewModel viewModel, Consumer<Settings> onChange) {
        super(8);
        this.viewModel = viewModel;
        this.onChange = onChange;
        metric.setId("sensitivity-metric");
        metric.getItems().setAll(Metric.values());
        metric.setValue(settings.metric());
        metric.setConverter(ChoiceNames.of(metric.getItems(), Metric::label));
        percent.setId("sensitivity-percent");
        percent.setPrefColumnCount(5);
        percent.setTooltip(new Tooltip("How far each input moves down and up, in % of its value (1 to 100)"));
        sweepInput.setId("sweep-input");
        sweepInput.getItems().setAll(ScenarioInputs.ALL);
        sweepInput.setValue(settings.sweepInput());
        sweepInput.setConverter(ChoiceNames.of(sweepInput.getItems(), ScenarioInput::label));
        sweepInput.setVisibleRowCount(16);
        error.setStyle("-fx-text-fill: #b3261e;");
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        sweepNote.setWrapText(true);

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, new Label("Output"), metric);
        form.addRow(1, new Label("Move each input by"), FormParts.row(new Label("+/-"), percent, new Label("%")));
        form.addRow(2, new Label("Sweep"), sweepInput);
        createTable();
        getChildren().addAll(form, error, FormParts.title("Sweep as a table"), sweepNote, table);

        metric.valueProperty().addListener((obs, old, chosen) -> change());
        sweepInput.valueProperty().addListener((obs, old, chosen) -> change());
        percent.setOnAction(event -> change());
        percent.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                change();
            }
        });
        settle.setOnFinished(event -> refreshTable());
        viewModel.scenarioProperty().addListener((obs, old, scenario) -> settle.playFromStart());
        active.addListener((obs, was, isActive) -> refreshTable());
    }

    private void createTable() {
        table.setId("sweep-table");
        table.setPrefHeight(260);
        table.setPlaceholder(new Label("No valid values to show"));
        TableColumn<SweepPoint, String> x = new TableColumn<>();
        x.setId("sweep-column-input");
        x.setCellValueFactory(row -> new ReadOnlyStringWrapper(InputText.number(settings.sweepInput(), row.getValue().inputValue())));
        TableColumn<SweepPoint, String> y = new TableColumn<>();
        y.setId("sweep-column-metric");
        y.setCellValueFactory(row -> new ReadOnlyStringWrapper(settings.metric().format(row.getValue().metricValue())));
        for (TableColumn<SweepPoint, String> column : List.of(x, y)) {
            column.setSortable(false);
            column.setPrefWidth(200);
            column.setStyle("-fx-alignment: CENTER-RIGHT;");
        }
        table.getColumns().setAll(List.of(x, y));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        showHeaders();
    }

    private void showHeaders() {
        ScenarioInput input = settings.sweepInput();
        table.getColumns().get(0).setText(input.label()); // the note above names the unit
        table.getColumns().get(1).setText(settings.metric().label() + " (" + settings.metric().unit() + ")");
    }

    /** Reads the controls; a share out of range is named and the settings in force stay. */
    private void change() {
        double delta;
        try {
            double typed = NumberText.parse(percent.getText().strip().replace("%", ""));
            if (!(typed >= 1 && typed <= 100)) {
                throw new NumberFormatException("must be between 1 and 100 (was " + percent.getText().strip() + ")");
            }
            delta = typed / 100;
        } catch (NumberFormatException invalid) {
            error.setText("Move each input by: " + invalid.getMessage());
            return;
        }
        error.setText("");
        Settings next = new Settings(metric.getValue(), delta, sweepInput.getValue());
        if (!next.equals(settings)) {
            settings = next;
            showHeaders();
            refreshTable();
            onChange.accept(next);
        }
    }

    /** The sweep of the plan now, computed in the background while the tab shows. */
    private void refreshTable() {
        if (!active.get()) {
            return; // the tab's return asks again
        }
        Scenario scenario = viewModel.getScenario();
        Settings asked = settings;
        long request = ++latest;
        Background.compute(() -> {
            SweepTable sweep = Sweep.overSlider(scenario, asked.sweepInput(), asked.metric(), Sweep.DEFAULT_POINTS);
            Platform.runLater(() -> {
                if (request == latest) {
                    table.getItems().setAll(sweep.points());
                    sweepNote.setText(note(sweep));
                }
            });
        });
    }

    private static String note(SweepTable sweep) {
        String unit = sweep.input().unit().isEmpty() ? "" : " " + sweep.input().unit();
        String range = InputText.number(sweep.input(), sweep.from()) + " to " + InputText.number(sweep.input(), sweep.to()) + unit
                + (sweep.logSpaced() ? ", evenly spaced in powers of ten" : "");
        return sweep.points().size() + " values from " + range + (sweep.leftOut() == 0 ? ""
                : "; " + sweep.leftOut() + " left out" + sweep.leftOutReason().map(reason -> " (" + reason + ")").orElse(""));
    }

    Settings settings() {
        return settings;
    }

    /** Whether the table follows edits (its tab shows). */
    BooleanProperty activeProperty() {
        return active;
    }

    TableView<SweepPoint> table() {
        return table;
    }
}
