package org.llmcostplanner.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Checks every value of a scenario against the ranges of {@link ScenarioInputs}. */
public final class ScenarioValidator {
    private ScenarioValidator() {
    }

    /** Every problem, in file order; empty when the scenario is valid. */
    public static List<Problem> problems(Scenario scenario) {
        List<Problem> problems = new ArrayList<>();
        if (scenario.name().isBlank()) {
            problems.add(new Problem("name", "must not be empty"));
        }
        for (ScenarioInput input : ScenarioInputs.WORKLOAD) {
            check(problems, input.path(), input.problem(input.get(scenario)));
        }
        if (scenario.referenceModel().name().isBlank()) {
            problems.add(new Problem("referenceModel.name", "must not be empty"));
        }
        for (ScenarioInput input : ScenarioInputs.REFERENCE_MODEL) {
            check(problems, input.path(), input.problem(input.get(scenario)));
        }
        FixedCosts fixed = scenario.fixedCosts();
        checkLines(problems, "fixedCosts.infrastructure", fixed.infrastructure());
        check(problems, ScenarioInputs.HOURLY_RATE.path(),
                ScenarioInputs.HOURLY_RATE.problem(ScenarioInputs.HOURLY_RATE.get(scenario)));
        List<EngineeringTask> tasks = fixed.engineering().tasks();
        for (int i = 0; i < tasks.size(); i++) {
            String path = "fixedCosts.engineering.tasks[" + i + "]";
            checkName(problems, path, tasks.get(i).name());
            check(problems, path + ".hoursPerMonth", ScenarioInputs.taskHoursProblem(tasks.get(i).hoursPerMonth()));
        }
        checkLines(problems, "fixedCosts.quality", fixed.quality());
        checkLines(problems, "fixedCosts.operational", fixed.operational());
        return problems;
    }

    private static void checkLines(List<Problem> problems, String listPath, List<LineItem> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String path = listPath + "[" + i + "]";
            checkName(problems, path, lines.get(i).name());
            check(problems, path + ".usdPerMonth", ScenarioInputs.lineAmountProblem(lines.get(i).usdPerMonth()));
        }
    }

    private static void checkName(List<Problem> problems, String itemPath, String name) {
        if (name.isBlank()) {
            problems.add(new Problem(itemPath + ".name", "must not be empty"));
        }
    }

    private static void check(List<Problem> problems, String path, Optional<String> reason) {
        reason.ifPresent(message -> problems.add(new Problem(path, message)));
    }
}
