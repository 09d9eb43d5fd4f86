package org.llmcostplanner.ui;

import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.llmcostplanner.chart.Charts;
import org.llmcostplanner.model.SwitchableValue;
import org.llmcostplanner.model.pareto.ParetoAnalysis;
import org.llmcostplanner.model.pareto.ParetoObjectives;
import org.llmcostplanner.model.pareto.PlanComparison;

/**
 * The Pareto tab: what the frontier is taken over, the limits and rule that pick the
 * recommendation, the current plan's measurements, and the configurations table on the left;
 * the summary and the scatter on the right.
 */
final class ParetoView extends SplitPane {
    private final List<ChartPane> charts;
    private final ParetoTable table;

    ParetoView(PlannerViewModel viewModel, ChartActions actions, ParetoFiles files) {
        table = new ParetoTable(viewModel, files::importCsv, files::exportCsv);
        VBox left = new VBox(12, choices(viewModel), limits(viewModel), table);
        VBox.setVgrow(table, Priority.ALWAYS);
        left.setPadding(new Insets(12));
        left.setMinWidth(520);

        Label plan = new Label();
        plan.setId("pareto-plan");
        plan.setWrapText(true);
        plan.textProperty().bind(Bindings.createStringBinding(() -> PlanComparison.describe(viewModel.getParetoAnalysis(),
                viewModel.getScenario().planName(), viewModel.getEvaluation().apiUsdPerQuery(),
                viewModel.getScenario().planMeasurements()), viewModel.scenarioProperty()));
        ChartPane chart = new ChartPane(Charts.PARETO_SCATTER, viewModel, actions);
        charts = List.of(chart);
        VBox right = new VBox(8, plan(viewModel), plan, chart);
        VBox.setVgrow(chart, Priority.ALWAYS);
        right.setPadding(new Insets(12));
        right.setMinWidth(360);
        getItems().addAll(left, right);
        setDividerPositions(0.5);
    }

    private static GridPane choices(PlannerViewModel viewModel) {
        ChoiceBox<ParetoObjectives> objectives = new ChoiceBox<>();
        objectives.setId("pareto-objectives");
        objectives.getItems().setAll(ParetoObjectives.values());
        objectives.setConverter(ChoiceNames.of(objectives.getItems(),
                o -> o == ParetoObjectives.COST_QUALITY ? "Cost and quality" : "Cost, quality and latency"));
        ChoiceBox<ParetoAnalysis.Rule> rule = new ChoiceBox<>();
        rule.setId("pareto-rule");
        rule.getItems().setAll(ParetoAnalysis.Rule.values());
        rule.setConverter(ChoiceNames.of(rule.getItems(), r -> r == ParetoAnalysis.Rule.CHEAPEST
                ? "The cheapest within the limits" : "The highest quality within the limits"));
        Runnable show = () -> {
            objectives.setValue(viewModel.getScenario().pareto().objectives());
            rule.setValue(viewModel.getScenario().pareto().rule());
        };
        show.run();
        viewModel.scenarioProperty().addListener((obs, old, scenario) -> show.run());
        objectives.valueProperty().addListener((obs, old, chosen) -> {
            if (chosen != null && chosen != viewModel.getScenario().pareto().objectives()) {
                viewModel.edit(scenario -> scenario.withPareto(scenario.pareto().withObjectives(chosen)));
            }
        });
        rule.valueProperty().addListener((obs, old, chosen) -> {
            if (chosen != null && chosen != viewModel.getScenario().pareto().rule()) {
                viewModel.edit(scenario -> scenario.withPareto(scenario.pareto().withRule(chosen)));
            }
        });
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label("Frontier over"), objectives);
        grid.addRow(1, new Label("Recommend"), rule);
        objectives.setPrefWidth(260);
        rule.setPrefWidth(260);
        return grid;
    }

    private static VBox limits(PlannerViewModel viewModel) {
        String limitTip = "Apply this limit to the recommendation";
        SwitchedInput minQuality = new SwitchedInput(SwitchableValue.MIN_QUALITY, limitTip, viewModel);
        SwitchedInput maxLatency = new SwitchedInput(SwitchableValue.MAX_LATENCY, limitTip, viewModel);
        SwitchedInput maxCost = new SwitchedInput(SwitchableValue.MAX_COST, limitTip, viewModel);
        Label title = new Label("Limits for the recommendation");
        title.getStyleClass().add("section-title");
        return new VBox(4, title, minQuality, maxLatency, maxCost);
    }

    /** The current plan's measured quality and latency, side by side over the chart that shows them. */
    private static GridPane plan(PlannerViewModel viewModel) {
        String measuredTip = "Measured on the same evaluation as the configurations; switch off when not measured";
        SwitchedInput planQuality = new SwitchedInput(SwitchableValue.PLAN_QUALITY, measuredTip, viewModel);
        SwitchedInput planLatency = new SwitchedInput(SwitchableValue.PLAN_LATENCY, measuredTip, viewModel);
        Label title = new Label();
        title.setId("pareto-plan-title");
        title.setWrapText(true);
        title.textProperty().bind(Bindings.createStringBinding(() -> viewModel.getScenario().routing().applies()
                ? "The reference model as measured (the plan is routed: its point comes from the Routing tab's mix)"
                : "Current plan (the reference model), as measured on the same evaluation", viewModel.scenarioProperty()));
        title.getStyleClass().add("section-title");
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(4);
        grid.add(title, 0, 0, 2, 1);
        grid.addRow(1, planQuality, planLatency);
        for (int column = 0; column < 2; column++) {
            javafx.scene.layout.ColumnConstraints half = new javafx.scene.layout.ColumnConstraints();
            half.setPercentWidth(50);
            grid.getColumnConstraints().add(half);
        }
        return grid;
    }

    List<ChartPane> charts() {
        return charts;
    }

    ParetoTable table() {
        return table;
    }
}
