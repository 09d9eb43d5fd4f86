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
 * The Overview tab: the KPI strip over the four headline charts, two by two: the Pareto scatter and
 * the TCO pie, then the semantic cache's threshold curves and the self-host breakeven.
 */
final class OverviewView extends VBox {
    private final List<ChartPane> charts;

    OverviewView(PlannerViewModel viewModel, ChartActions actions) {
        super(12);
        setPadding(new Insets(12));
        ChartPane pareto = new ChartPane(Charts.PARETO_SCATTER, viewModel, actions);
        ChartPane pie = new ChartPane(Charts.TCO_PIE, viewModel, actions);
        ChartPane breakeven = new ChartPane(Charts.SELF_HOST_BREAKEVEN, viewModel, actions);
        ChartPane cache = new ChartPane(Charts.CACHE_THRESHOLD, viewModel, actions);
        charts = List.of(pareto, pie, cache, breakeven);
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(12);
        grid.add(pareto, 0, 0);
        grid.add(pie, 1, 0);
        grid.add(cache, 0, 1);
        grid.add(breakeven, 1, 1);
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
