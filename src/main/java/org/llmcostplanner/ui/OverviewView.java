package org.llmcostplanner.ui;

import java.util.List;

import javafx.geometry.Insets;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.llmcostplanner.chart.Charts;

/** The Overview tab: the KPI strip over the headline charts that exist so far, side by side. */
final class OverviewView extends VBox {
    private final List<ChartPane> charts;

    OverviewView(PlannerViewModel viewModel, ChartActions actions) {
        super(12);
        setPadding(new Insets(12));
        charts = List.of(new ChartPane(Charts.TCO_PIE, viewModel, actions),
                new ChartPane(Charts.SHARE_VS_VOLUME, viewModel, actions));
        GridPane grid = new GridPane();
        grid.setHgap(12);
        for (int column = 0; column < charts.size(); column++) {
            ChartPane chart = charts.get(column);
            GridPane.setHgrow(chart, Priority.ALWAYS);
            GridPane.setVgrow(chart, Priority.ALWAYS);
            grid.add(chart, column, 0);
        }
        javafx.scene.layout.ColumnConstraints half = new javafx.scene.layout.ColumnConstraints();
        half.setPercentWidth(100.0 / charts.size());
        for (int column = 0; column < charts.size(); column++) {
            grid.getColumnConstraints().add(half);
        }
        VBox.setVgrow(grid, Priority.ALWAYS);
        getChildren().addAll(new KpiStrip(viewModel), grid);
    }

    List<ChartPane> charts() {
        return charts;
    }
}
