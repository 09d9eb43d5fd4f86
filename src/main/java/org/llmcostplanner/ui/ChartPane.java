package org.llmcostplanner.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.StackPane;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.llmcostplanner.chart.ChartBuilder;

/**
 * One live chart: the JFreeChart of a {@link ChartBuilder}, updated in place on every edit while
 * its tab is active (inactive charts catch up when shown), with Export PNG, Export SVG and Copy
 * in its context menu.
 */
final class ChartPane extends StackPane {
    private final ChartBuilder builder;
    private final PlannerViewModel viewModel;
    private final JFreeChart chart;
    private final ChartViewer viewer;
    private final BooleanProperty active = new SimpleBooleanProperty(this, "active", true);
    private boolean stale;

    ChartPane(ChartBuilder builder, PlannerViewModel viewModel, ChartActions actions) {
        this.builder = builder;
        this.viewModel = viewModel;
        this.chart = builder.build(viewModel.getScenario(), viewModel.getEvaluation());
        this.viewer = new ChartViewer(chart, false);
        createView(actions);
        initListeners();
    }

    private void createView(ChartActions actions) {
        setId(builder.id() + "-chart");
        viewer.getCanvas().setDomainZoomable(false);
        viewer.getCanvas().setRangeZoomable(false);
        MenuItem png = new MenuItem("Export PNG...");
        png.setOnAction(event -> actions.exportOne(builder, org.llmcostplanner.chart.ChartExport.Format.PNG));
        MenuItem svg = new MenuItem("Export SVG...");
        svg.setOnAction(event -> actions.exportOne(builder, org.llmcostplanner.chart.ChartExport.Format.SVG));
        MenuItem copy = new MenuItem("Copy to clipboard");
        copy.setOnAction(event -> actions.copyToClipboard(builder));
        ContextMenu menu = new ContextMenu(png, svg, copy);
        viewer.setOnContextMenuRequested(event -> menu.show(viewer, event.getScreenX(), event.getScreenY()));
        viewer.setMinSize(200, 150);
        getChildren().add(viewer);
        getStyleClass().add("chart-pane");
    }

    private void initListeners() {
        viewModel.evaluationProperty().addListener((obs, old, evaluation) -> {
            if (active.get()) {
                redraw();
            } else {
                stale = true;
            }
        });
        active.addListener((obs, was, isActive) -> {
            if (isActive && stale) {
                redraw();
            }
        });
    }

    private void redraw() {
        stale = false;
        builder.update(chart, viewModel.getScenario(), viewModel.getEvaluation());
    }

    /** Whether edits redraw this chart at once (its tab is showing). */
    BooleanProperty activeProperty() {
        return active;
    }

    JFreeChart chart() {
        return chart;
    }
}
