package org.llmcostplanner.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.llmcostplanner.model.pareto.ParetoConfiguration;
import org.llmcostplanner.model.pareto.ParetoConstraints;
import org.llmcostplanner.model.pareto.ParetoInputs;
import org.llmcostplanner.model.pareto.ParetoSection;

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
        checkPareto(problems, scenario.pareto());
        return problems;
    }

    private static void checkPareto(List<Problem> problems, ParetoSection pareto) {
        List<ParetoConfiguration> configurations = pareto.configurations();
        ParetoConstraints limits = pareto.constraints();
        check(problems, "pareto.constraints.minQuality.value", ParetoInputs.qualityProblem(limits.minQuality().value()));
        check(problems, "pareto.constraints.maxLatencyMs.value", ParetoInputs.latencyProblem(limits.maxLatencyMs().value()));
        check(problems, "pareto.constraints.maxCostPerQueryUsd.value",
                ParetoInputs.costPerQueryProblem(limits.maxCostPerQueryUsd().value()));
        check(problems, "pareto.plan.quality.value", ParetoInputs.qualityProblem(pareto.plan().quality().value()));
        check(problems, "pareto.plan.latencyMs.value", ParetoInputs.latencyProblem(pareto.plan().latencyMs().value()));
        for (int i = 0; i < configurations.size(); i++) {
            String path = "pareto.configurations[" + i + "]";
            ParetoConfiguration configuration = configurations.get(i);
            checkName(problems, path, configuration.name());
            check(problems, path + ".quality", ParetoInputs.qualityProblem(configuration.quality()));
            check(problems, path + ".costPerQueryUsd", ParetoInputs.costPerQueryProblem(configuration.costPerQueryUsd()));
            check(problems, path + ".latencyMs", ParetoInputs.latencyProblem(configuration.latencyMs()));
        }
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
