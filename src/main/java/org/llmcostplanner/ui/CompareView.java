package org.llmcostplanner.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.llmcostplanner.chart.ChartBuilder;
import org.llmcostplanner.chart.Charts;
import org.llmcostplanner.chart.ComparedChart;
import org.llmcostplanner.chart.ComparedChart.Side;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.model.plan.KpiDelta;

/**
 * The Compare tab: plan A (pinned from the document or read from a file) against plan B, the plan
 * being edited, live. A header names both plans and holds the verbs; below, every figure with its
 * change, and the savings waterfalls and TCO pies of A and B side by side. Before A is set, a
 * placeholder says what to do.
 *
 * <p>The charts are live charts ({@link ChartPane}) of {@link ComparedChart}s, which hold A: they
 * are made again when A or the waterfalls' shared scale changes, and the old ones disposed.
 */
final class CompareView extends VBox {
    /** The charts shown for each plan, A's left of B's. */
    private static final List<ChartBuilder> PAIRED = List.of(Charts.SAVINGS_WATERFALL, Charts.TCO_PIE);

    private final PlannerViewModel viewModel;
    private final CompareViewModel compare;
    private final ChartActions actions;
    private final FileCommands files;
    /** Gap between the table and the charts, px. */
    private static final double GAP = 10;

    /** A's and B's savings waterfalls. */
    private final GridPane waterfallRow = new GridPane();
    /** The figures, then A's and B's TCO pies. */
    private final GridPane lowerRow = new GridPane();
    private List<ChartPane> charts = List.of();
    /** A large file being read as plan A, or null; cancelling one that is done does nothing. */
    private Task<Scenario> pendingRead;

    CompareView(PlannerViewModel viewModel, ChartActions actions, FileCommands files) {
        super(10);
        this.viewModel = viewModel;
        this.compare = new CompareViewModel(viewModel, Clock.systemDefaultZone());
        this.actions = actions;
        this.files = files;
        createView();
        initListeners();
    }

    private void createView() {
        setId("compare-view");
        setPadding(new Insets(12));
        StackPane body = new StackPane(placeholder(), content());
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().addAll(header(), body);
    }

    private void initListeners() {
        compare.planAProperty().addListener((obs, old, planA) -> showCharts());
        compare.sameScaleProperty().addListener((obs, was, same) -> showCharts());
    }

    private VBox header() {
        Label aName = bold("compare-a-name");
        aName.textProperty().bind(Bindings.createStringBinding(() -> compare.planAProperty().get() == null ? "(not set)"
                : compare.planAProperty().get().scenario().name(), compare.planAProperty()));
        Label aOrigin = muted("compare-a-origin");
        aOrigin.textProperty().bind(Bindings.createStringBinding(() -> compare.planAProperty().get() == null ? ""
                : compare.planAProperty().get().origin(), compare.planAProperty()));
        aOrigin.tooltipProperty().bind(Bindings.createObjectBinding(() -> {
            PlanA planA = compare.planAProperty().get();
            return planA == null || planA.file() == null ? null : new Tooltip(planA.file().toString());
        }, compare.planAProperty()));
        Button pin = button("compare-pin", "Pin current plan as A", this::pin);
        Button open = button("compare-open", "Open A from file...", this::chooseFile);
        Button clear = button("compare-clear", "Clear A", this::clear);
        clear.disableProperty().bind(Bindings.not(compare.hasPlanAProperty()));
        Label bName = bold("compare-b-name");
        bName.textProperty().bind(Bindings.createStringBinding(() -> viewModel.getScenario().name(),
                viewModel.scenarioProperty()));
        CheckBox sameScale = new CheckBox("Same scale for both waterfalls");
        sameScale.setId("compare-same-scale");
        sameScale.selectedProperty().bindBidirectional(compare.sameScaleProperty());
        sameScale.setTooltip(new Tooltip("One value axis for A's and B's savings waterfalls, so their bars compare"
                + " at a glance; off, each waterfall fills its chart"));
        HBox rowA = row(side("A"), aName, aOrigin, spacer(), pin, open, clear);
        HBox rowB = row(side("B"), bName, muted(null, "the plan you are editing, live"), spacer(), sameScale);
        return new VBox(6, rowA, rowB);
    }

    private Node placeholder() {
        Label text = new Label("No plan A yet. Pin the plan you are editing as A, then change it: B is always the plan"
                + " being edited, and this tab shows every figure of A and B with the change, and their savings"
                + " waterfalls and TCO pies side by side. Or open A from a scenario file, such as a colleague's plan.");
        text.setId("compare-placeholder");
        text.setWrapText(true);
        text.setMaxWidth(640);
        text.getStyleClass().add("compare-placeholder");
        text.visibleProperty().bind(Bindings.not(compare.hasPlanAProperty()));
        StackPane.setAlignment(text, Pos.TOP_CENTER);
        StackPane.setMargin(text, new Insets(60, 0, 0, 0));
        return text;
    }

    /**
     * The waterfalls need width for six labelled bars, so they share the top row; the figures and
     * the two pies share the bottom one.
     */
    private Node content() {
        Label key = new Label("Blue: B is better than A (a cost or latency lower, a saving or quality higher);"
                + " orange: worse. Change is B \u2212 A in % of A, blank when A is 0 or a figure is unknown.");
        key.setId("compare-key");
        key.setWrapText(true);
        key.getStyleClass().add("compare-key");
        TableView<KpiDelta> table = CompareTable.of(compare.comparisonProperty());
        VBox figures = new VBox(4, table, key);
        VBox.setVgrow(table, Priority.ALWAYS);
        figures.setMinWidth(CompareTable.WIDTH);
        figures.setMaxWidth(CompareTable.WIDTH);
        lowerRow.add(figures, 0, 0);
        lowerRow.getColumnConstraints().addAll(new ColumnConstraints(), growing(), growing());
        waterfallRow.getColumnConstraints().addAll(growing(), growing());
        GridPane content = new GridPane();
        content.setId("compare-content");
        content.setVgap(GAP);
        content.add(waterfallRow, 0, 0);
        content.add(lowerRow, 0, 1);
        content.getColumnConstraints().add(growing());
        content.getRowConstraints().addAll(share(39), share(61)); // the 21 figures fit below at 1920 x 1080
        for (GridPane row : List.of(waterfallRow, lowerRow)) {
            row.setHgap(GAP);
            row.getRowConstraints().add(share(100));
        }
        content.visibleProperty().bind(compare.hasPlanAProperty());
        return content;
    }

    /** A column that shares the width left with the other such columns. */
    private static ColumnConstraints growing() {
        ColumnConstraints column = new ColumnConstraints();
        column.setHgrow(Priority.ALWAYS);
        return column;
    }

    private static RowConstraints share(double percent) {
        RowConstraints row = new RowConstraints();
        row.setPercentHeight(percent);
        return row;
    }

    /** Replaces the charts with those of the current plan A, or none; disposes the old ones. */
    private void showCharts() {
        charts.forEach(ChartPane::dispose);
        waterfallRow.getChildren().removeAll(charts);
        lowerRow.getChildren().removeAll(charts);
        PlanA planA = compare.planAProperty().get();
        List<ChartPane> made = new ArrayList<>();
        if (planA != null) {
            for (ChartBuilder paired : PAIRED) {
                for (Side side : Side.values()) {
                    ChartPane pane = new ChartPane(ComparedChart.of(paired, side, planA.scenario(), planA.evaluation(),
                            compare.sameScaleProperty().get()), viewModel, actions);
                    pane.activeProperty().bind(compare.activeProperty());
                    GridPane.setHgrow(pane, Priority.ALWAYS);
                    GridPane.setVgrow(pane, Priority.ALWAYS);
                    made.add(pane);
                }
            }
            waterfallRow.addRow(0, made.get(0), made.get(1));
            lowerRow.add(made.get(2), 1, 0);
            lowerRow.add(made.get(3), 2, 0);
        }
        charts = List.copyOf(made);
    }

    private void pin() {
        cancelPendingRead();
        PendingEdit.commit(getScene() == null ? null : getScene().getWindow());
        compare.pinDocument();
    }

    private void chooseFile() {
        Path chosen = files.chooseFile("Open plan A");
        if (chosen != null) {
            readPlanA(chosen);
        }
    }

    /**
     * Reads {@code file} as plan A (a large one in the background); a refused file is named in the
     * message bar and A stays as it was. Returns false when it was refused at once.
     */
    boolean readPlanA(Path file) {
        cancelPendingRead();
        return files.read(file, started -> pendingRead = started, read -> compare.useFile(read, file));
    }

    private void clear() {
        cancelPendingRead();
        compare.clear();
    }

    private void cancelPendingRead() {
        if (pendingRead != null) {
            pendingRead.cancel();
            pendingRead = null;
        }
    }

    /** The charts on screen: A's waterfall, B's waterfall, A's pie, B's pie; none without plan A. */
    List<ChartPane> charts() {
        return charts;
    }

    /** Whether the tab shows: the window binds it; the figures and charts work only then. */
    BooleanProperty activeProperty() {
        return compare.activeProperty();
    }

    CompareViewModel compare() {
        return compare;
    }

    private static HBox row(Node... children) {
        HBox row = new HBox(10, children);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static Label side(String name) {
        Label side = new Label(name);
        side.getStyleClass().add("compare-side");
        side.setMinWidth(Region.USE_PREF_SIZE);
        return side;
    }

    private static Label bold(String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("compare-plan-name");
        return label;
    }

    private static Label muted(String id) {
        return muted(id, "");
    }

    private static Label muted(String id, String text) {
        Label label = new Label(text);
        label.setId(id);
        label.getStyleClass().add("subtotal");
        return label;
    }

    private static Region spacer() {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return spacer;
    }

    private static Button button(String id, String text, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setMnemonicParsing(false);
        button.setOnAction(event -> action.run());
        return button;
    }
}
