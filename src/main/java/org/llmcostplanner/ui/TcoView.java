package org.llmcostplanner.ui;

import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.llmcostplanner.chart.Charts;
import org.llmcostplanner.model.CostCategory;
import org.llmcostplanner.model.EngineeringTask;
import org.llmcostplanner.model.LineItem;
import org.llmcostplanner.model.format.Money;
import org.llmcostplanner.model.ScenarioInputs;

/**
 * The TCO tab: the fixed-cost categories as editable tables on the left, the pie and the
 * share-versus-volume chart on the right.
 */
final class TcoView extends SplitPane {
    private final List<ChartPane> charts;

    TcoView(PlannerViewModel viewModel, ChartActions actions) {
        VBox editors = new VBox(14,
                lineTable(viewModel, CostCategory.INFRASTRUCTURE, "infrastructure", "Infrastructure"),
                engineering(viewModel),
                lineTable(viewModel, CostCategory.QUALITY, "quality", "Quality / eval"),
                lineTable(viewModel, CostCategory.OPERATIONAL, "operational", "Operational"));
        editors.setPadding(new Insets(12));
        editors.getStyleClass().add("tco-editors");
        ScrollPane scroll = new UncachedScrollPane(editors);
        scroll.setFitToWidth(true);
        scroll.setMinWidth(470);

        charts = List.of(new ChartPane(Charts.TCO_PIE, viewModel, actions),
                new ChartPane(Charts.SHARE_VS_VOLUME, viewModel, actions));
        VBox chartColumn = new VBox(12);
        chartColumn.setPadding(new Insets(12));
        for (ChartPane chart : charts) {
            VBox.setVgrow(chart, Priority.ALWAYS);
            chartColumn.getChildren().add(chart);
        }
        getItems().addAll(scroll, chartColumn);
        setDividerPositions(0.45);
    }

    private static VBox lineTable(PlannerViewModel viewModel, CostCategory category, String id, String title) {
        ItemTableSpec<LineItem> spec = new ItemTableSpec<>(id, title, "USD / month", 2,
                scenario -> scenario.fixedCosts().lines(category),
                (scenario, lines) -> scenario.withFixedCosts(scenario.fixedCosts().withLines(category, lines)),
                LineItem::name, LineItem::usdPerMonth, LineItem::withName, LineItem::withUsdPerMonth,
                ScenarioInputs::lineAmountProblem, new LineItem("New line", 0), null);
        return withSubtotal(viewModel, new ItemTable<>(spec, viewModel), category);
    }

    private static VBox engineering(PlannerViewModel viewModel) {
        ItemTableSpec<EngineeringTask> spec = new ItemTableSpec<>("engineering", "Engineering", "Hours / month", 1,
                scenario -> scenario.fixedCosts().engineering().tasks(),
                (scenario, tasks) -> scenario.withFixedCosts(
                        scenario.fixedCosts().withEngineering(scenario.fixedCosts().engineering().withTasks(tasks))),
                EngineeringTask::name, EngineeringTask::hoursPerMonth, EngineeringTask::withName,
                EngineeringTask::withHoursPerMonth, ScenarioInputs::taskHoursProblem, new EngineeringTask("New task", 0),
                (scenario, task) -> scenario.fixedCosts().engineering().usdPerMonth(task));
        VBox box = withSubtotal(viewModel, new ItemTable<>(spec, viewModel), CostCategory.ENGINEERING);
        box.getChildren().add(1, new NumberInput(ScenarioInputs.HOURLY_RATE, viewModel));
        return box;
    }

    private static VBox withSubtotal(PlannerViewModel viewModel, ItemTable<?> table, CostCategory category) {
        Label subtotal = new Label();
        subtotal.setId(category.name().toLowerCase(java.util.Locale.ROOT) + "-subtotal");
        subtotal.getStyleClass().add("subtotal");
        subtotal.textProperty().bind(Bindings.createStringBinding(() -> {
            var monthly = viewModel.getEvaluation().monthly();
            return "Subtotal " + Money.usd(monthly.get(category)) + " per month ("
                    + Money.percent(monthly.share(category)) + " of TCO)";
        }, viewModel.evaluationProperty()));
        return new VBox(4, table, subtotal);
    }

    List<ChartPane> charts() {
        return charts;
    }
}
