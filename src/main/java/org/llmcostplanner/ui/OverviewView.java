package org.llmcostplanner.ui;

import java.util.List;

import javafx.geometry.Insets;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;

import org.llmcostplanner.chart.Charts;

/**
 * The Overview tab: the KPI strip over the headline charts that exist so far: the Pareto scatter
 * on the left, where its labels have room, and the TCO pie over the share-versus-volume chart on
 * the right.
 */
final class OverviewView extends VBox {
    private final List<ChartPane> charts;

    OverviewView(PlannerViewModel viewModel, ChartActions actions) {
        super(12);
        setPadding(new Insets(12));
        ChartPane pareto = new ChartPane(Charts.PARETO_SCATTER, viewModel, actions);
        ChartPane pie = new ChartPane(Charts.TCO_PIE, viewModel, actions);
        ChartPane share = new ChartPane(Charts.SHARE_VS_VOLUME, viewModel, actions);
        charts = List.of(pareto, pie, share);
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(12);
        grid.add(pareto, 0, 0, 1, 2);
        grid.add(pie, 1, 0);
        grid.add(share, 1, 1);
        for (ChartPane chart : charts) {
            GridPane.setHgrow(chart, Priority.ALWAYS);
            GridPane.setVgrow(chart, Priority.ALWAYS);
        }
        for (int i = 0; i < 2; i++) {
            ColumnConstraints half = new ColumnConstraints();
            half.setPercentWidth(50);
            grid.getColumnConstraints().add(half);
            RowConstraints halfHeight = new RowConstraints();
            halfHeight.setPercentHeight(50);
            grid.getRowConstraints().add(halfHeight);
        }
        VBox.setVgrow(grid, Priority.ALWAYS);
        getChildren().addAll(new KpiStrip(viewModel), grid);
    }

    List<ChartPane> charts() {
        return charts;
    }
}
