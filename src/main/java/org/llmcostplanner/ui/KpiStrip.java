package org.llmcostplanner.ui;

import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.llmcostplanner.model.Evaluation;
import org.llmcostplanner.model.format.Money;

/** The headline figures of the plan, each a label bound to the evaluation. */
final class KpiStrip extends HBox {

    KpiStrip(PlannerViewModel viewModel) {
        super(12);
        getStyleClass().add("kpi-strip");
        getChildren().addAll(
                tile(viewModel, "kpi-total", "Monthly TCO", e -> Money.usd(e.totalUsdPerMonth())),
                tile(viewModel, "kpi-cost-per-query", "Cost per query", e -> Money.usdPrecise(e.costPerQueryUsd())),
                tile(viewModel, "kpi-api-share", "API share of TCO", e -> Money.percent(e.apiShare())),
                tile(viewModel, "kpi-api-cost", "API cost per month", e -> Money.usd(e.monthly().api())),
                tile(viewModel, "kpi-queries", "Queries per month", e -> Money.count(e.queriesPerMonth())));
    }

    private static VBox tile(PlannerViewModel viewModel, String id, String title, Function<Evaluation, String> value) {
        Label heading = new Label(title);
        heading.getStyleClass().add("kpi-title");
        Label figure = new Label();
        figure.setId(id);
        figure.getStyleClass().add("kpi-value");
        figure.textProperty().bind(Bindings.createStringBinding(
                () -> value.apply(viewModel.getEvaluation()), viewModel.evaluationProperty()));
        VBox tile = new VBox(2, heading, figure);
        tile.getStyleClass().add("kpi-tile");
        HBox.setHgrow(tile, Priority.ALWAYS);
        tile.setMaxWidth(Double.MAX_VALUE);
        return tile;
    }
}
