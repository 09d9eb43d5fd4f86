package org.llmcostplanner.ui;

import javafx.concurrent.Task;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.model.ScenarioInput;
import org.llmcostplanner.model.ScenarioInputs;
import org.llmcostplanner.model.plan.GoalSeek;
import org.llmcostplanner.model.plan.GoalSeekResult;
import org.llmcostplanner.model.plan.Metric;

/**
 * Goal seek on the Plan tab: an output, the value wanted, and one input to vary within its valid
 * range; Solve runs in the background (a grid scan and a root finder, a few hundred evaluations)
 * and says what it found: the value, the closest a step allows, or why there is none with the
 * range the output can reach. Apply sets the input (one undo step). An edit of the plan after a
 * solve makes its answer stale, so Apply is disabled until the next Solve. FX-thread only.
 */
final class GoalSeekPanel extends VBox {
    private final PlannerViewModel viewModel;
    private final TaskStatus status;
    private final ComboBox<Metric> metric = new ComboBox<>();
    private final TextField target = new TextField();
    private final ComboBox<ScenarioInput> input = new ComboBox<>();
    private final Button solve = new Button("Solve");
    private final Button apply = new Button("Apply");
    private final Label answer = FormParts.figures("goal-seek-answer");
    private final Label unit = new Label();
    /** The last answer with a value, and the plan it was found for; null when there is none to apply. */
    private GoalSeekResult found;
    private Scenario foundFor;

    GoalSeekPanel(PlannerViewModel viewModel, TaskStatus status) {
        super(8);
        this.viewModel = viewModel;
        this.status = status;
        metric.setId("goal-seek-metric");
        metric.getItems().setAll(Metric.values());
        metric.setValue(Metric.MONTHLY_TCO);
        metric.setConverter(ChoiceNames.of(metric.getItems(), Metric::label));
        target.setId("goal-seek-target");
        target.setPrefColumnCount(10);
        target.setPromptText("e.g. 10000");
        input.setId("goal-seek-input");
        input.getItems().setAll(ScenarioInputs.ALL);
        input.setValue(ScenarioInputs.QUERIES_PER_DAY);
        input.setConverter(ChoiceNames.of(input.getItems(), ScenarioInput::label));
        input.setVisibleRowCount(16);
        solve.setId("goal-seek-solve");
        solve.setDefaultButton(false);
        solve.setOnAction(event -> solve());
        target.setOnAction(event -> solve());
        apply.setId("goal-seek-apply");
        apply.setTooltip(new Tooltip("Set the input to the value found"));
        apply.setDisable(true);
        apply.setOnAction(event -> apply());
        answer.setWrapText(true);
        metric.valueProperty().addListener((obs, old, chosen) -> showUnit());
        viewModel.scenarioProperty().addListener((obs, old, scenario) -> apply.setDisable(found == null || scenario != foundFor));

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        unit.setId("goal-seek-unit");
        form.addRow(0, new Label("Output"), metric);
        form.addRow(1, new Label("Target"), FormParts.row(target, unit));
        form.addRow(2, new Label("By varying"), input);
        getChildren().addAll(form, FormParts.row(solve, apply), answer);
        showUnit();
    }

    private void showUnit() {
        unit.setText(metric.getValue().unit());
    }

    private void solve() {
        Metric output = metric.getValue();
        ScenarioInput varied = input.getValue();
        double wanted;
        try {
            wanted = NumberText.parse(target.getText().strip().replace("%", "").replace("$", ""));
        } catch (NumberFormatException notANumber) {
            answer.setText("Target: " + notANumber.getMessage());
            return;
        }
        Scenario scenario = viewModel.getScenario();
        found = null;
        apply.setDisable(true);
        answer.setText("Solving...");
        Task<GoalSeekResult> task = new Task<>() {
            @Override
            protected GoalSeekResult call() {
                updateMessage("Goal seek: " + output.label() + " by " + varied.label() + "...");
                return GoalSeek.seek(scenario, varied, output, wanted);
            }
        };
        Background.run(task, status, result -> show(result, scenario),
                failure -> answer.setText("Goal seek failed: " + ChartActions.describe(failure)));
    }

    private void show(GoalSeekResult result, Scenario scenario) {
        answer.setText(result.explanation());
        boolean applicable = result.value().isPresent() && result.outcome() != GoalSeekResult.Outcome.UNREACHABLE
                && result.outcome() != GoalSeekResult.Outcome.UNDEFINED;
        found = applicable ? result : null;
        foundFor = scenario;
        apply.setDisable(!applicable || viewModel.getScenario() != scenario);
    }

    private void apply() {
        if (found != null && viewModel.getScenario() == foundFor) {
            GoalSeekResult result = found;
            viewModel.edit(scenario -> result.applyTo(scenario).orElse(scenario));
            apply.setDisable(true);
            found = null;
        }
    }
}
