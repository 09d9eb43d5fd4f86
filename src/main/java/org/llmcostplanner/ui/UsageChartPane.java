package org.llmcostplanner.ui;

import javafx.scene.layout.StackPane;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.llmcostplanner.chart.UsageChart;

/**
 * One {@link UsageChart} in a ChartViewer, updated in place whenever {@link #show} is called (the
 * viewer redraws on the chart's change event), with Export PNG..., Export SVG... and Copy to
 * clipboard on right-click, as the scenario's charts have; exports draw the figures shown.
 */
final class UsageChartPane extends StackPane {
    private final UsageChart builder;
    private final JFreeChart chart;
    private UsageChart.Input shown;

    UsageChartPane(UsageChart builder, UsageChart.Input initial, ChartActions actions) {
        this.builder = builder;
        this.chart = builder.build(initial);
        this.shown = initial;
        ChartViewer viewer = new ChartViewer(chart, false);
        viewer.getCanvas().setDomainZoomable(false);
        viewer.getCanvas().setRangeZoomable(false);
        viewer.setMinSize(200, 150);
        ChartActions.addMenu(viewer, format -> actions.exportOne(builder, shown, format),
                () -> actions.copyToClipboard(builder, shown));
        setId(builder.id() + "-chart");
        getStyleClass().add("chart-pane");
        getChildren().add(viewer);
    }

    void show(UsageChart.Input input) {
        shown = input;
        builder.update(chart, input);
    }

    JFreeChart chart() {
        return chart;
    }
}
