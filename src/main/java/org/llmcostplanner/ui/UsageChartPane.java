package org.llmcostplanner.ui;

import java.io.File;
import java.io.IOException;

import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.llmcostplanner.chart.ChartExport;
import org.llmcostplanner.chart.UsageChart;

/**
 * One {@link UsageChart} in a ChartViewer, updated in place whenever {@link #show} is called (the
 * viewer redraws on the chart's change event), with Export PNG... at slide size on right-click.
 */
final class UsageChartPane extends StackPane {
    private final UsageChart builder;
    private final JFreeChart chart;
    private final MessageBar messages;

    UsageChartPane(UsageChart builder, UsageChart.Input initial, MessageBar messages) {
        this.builder = builder;
        this.chart = builder.build(initial);
        this.messages = messages;
        ChartViewer viewer = new ChartViewer(chart, false);
        viewer.getCanvas().setDomainZoomable(false);
        viewer.getCanvas().setRangeZoomable(false);
        viewer.setMinSize(200, 150);
        MenuItem png = new MenuItem("Export PNG...");
        png.setOnAction(event -> exportPng());
        ContextMenu menu = new ContextMenu(png);
        viewer.setOnContextMenuRequested(event -> menu.show(viewer, event.getScreenX(), event.getScreenY()));
        setId(builder.id() + "-chart");
        getStyleClass().add("chart-pane");
        getChildren().add(viewer);
    }

    void show(UsageChart.Input input) {
        builder.update(chart, input);
    }

    JFreeChart chart() {
        return chart;
    }

    private void exportPng() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export " + builder.title());
        chooser.setInitialFileName(builder.id() + ".png");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG images", "*.png"));
        File file = chooser.showSaveDialog(getScene().getWindow());
        if (file == null) {
            return;
        }
        try {
            ChartExport.writePng(chart, file.toPath(), ChartExport.DEFAULT_WIDTH, ChartExport.DEFAULT_HEIGHT, 1);
            messages.showInfo("Saved " + file.getName());
        } catch (IOException | RuntimeException failure) {
            messages.showError("Could not save " + file.getName() + ": " + ChartActions.describe(failure));
        }
    }
}
