package org.llmcostplanner.ui;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.llmcostplanner.chart.ChartBuilder;
import org.llmcostplanner.chart.Charts;
import org.llmcostplanner.model.plan.Sweep;

/**
 * The Plan tab: goal seek and the sensitivity settings on the left; on the right the savings
 * waterfall (baseline, each lever in the plan's order, optimised), the tornado of the chosen
 * output and the one-input sweep, all live. A change of the sensitivity settings replaces the
 * tornado and sweep charts by charts of the new settings (a builder draws one configuration).
 */
final class PlanView extends SplitPane {
    private static final int TORNADO_BARS = 10;

    private final PlannerViewModel viewModel;
    private final ChartActions actions;
    private final BooleanProperty active = new SimpleBooleanProperty(this, "active", true);
    private final VBox chartColumn = new VBox(12);
    private final List<ChartPane> charts = new ArrayList<>();
    private final GoalSeekPanel goalSeek;
    private final SensitivityPanel sensitivity;

    PlanView(PlannerViewModel viewModel, ChartActions actions, TaskStatus status) {
        this.viewModel = viewModel;
        this.actions = actions;
        this.goalSeek = new GoalSeekPanel(viewModel, status);
        this.sensitivity = new SensitivityPanel(viewModel, this::showSensitivity);
        sensitivity.activeProperty().bind(active);

        VBox left = new VBox(10, FormParts.title("Goal seek"), goalSeek, FormParts.title("Sensitivity"), sensitivity);
        left.setPadding(new Insets(12));
        ScrollPane scroll = new UncachedScrollPane(left);
        scroll.setFitToWidth(true);
        scroll.setMinWidth(440);

        chartColumn.setPadding(new Insets(12));
        charts.add(pane(Charts.SAVINGS_WATERFALL));
        charts.add(pane(Charts.SENSITIVITY_TORNADO));
        charts.add(pane(Charts.SENSITIVITY_SWEEP));
        chartColumn.getChildren().setAll(charts);
        getItems().addAll(scroll, chartColumn);
        setDividerPositions(0.3);
    }

    private ChartPane pane(ChartBuilder builder) {
        ChartPane pane = new ChartPane(builder, viewModel, actions);
        pane.activeProperty().bind(active);
        VBox.setVgrow(pane, Priority.ALWAYS);
        return pane;
    }

    /** New tornado and sweep charts for {@code settings}, in place of the old ones. */
    private void showSensitivity(SensitivityPanel.Settings settings) {
        for (int index : List.of(1, 2)) {
            charts.get(index).dispose();
        }
        charts.set(1, pane(Charts.sensitivityTornado(settings.metric(), settings.delta(), TORNADO_BARS)));
        charts.set(2, pane(Charts.sensitivitySweep(settings.sweepInput(), settings.metric(), Sweep.DEFAULT_POINTS)));
        chartColumn.getChildren().setAll(charts);
    }

    /** Whether the tab shows: its charts and table follow edits only then. */
    BooleanProperty activeProperty() {
        return active;
    }

    /** The charts on the tab now: waterfall, tornado, sweep. */
    List<ChartPane> charts() {
        return List.copyOf(charts);
    }

    GoalSeekPanel goalSeek() {
        return goalSeek;
    }

    SensitivityPanel sensitivity() {
        return sensitivity;
    }
}
