package org.llmcostplanner.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.llmcostplanner.model.pareto.ParetoConfiguration;
import org.llmcostplanner.model.pareto.ParetoConstraints;
import org.llmcostplanner.model.pareto.ParetoInputs;
import org.llmcostplanner.model.pareto.ParetoSection;
import org.llmcostplanner.model.prompt.PromptTemplate;
import org.llmcostplanner.model.prompt.PromptsSection;
import org.llmcostplanner.model.routing.RoutingInputs;
import org.llmcostplanner.model.routing.RoutingSection;
import org.llmcostplanner.model.routing.RoutingTier;

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
        checkRouting(problems, scenario.routing());
        checkPrompts(problems, scenario.prompts());
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

    private static void checkRouting(List<Problem> problems, RoutingSection routing) {
        check(problems, "routing.router.usdPerQuery", RoutingInputs.usdPerQueryProblem(routing.router().usdPerQuery()));
        check(problems, "routing.router.latencyMs", RoutingInputs.latencyProblem(routing.router().latencyMs()));
        check(problems, "routing.targetQuality.value", RoutingInputs.fractionProblem(routing.targetQuality().value()));
        check(problems, "routing.maxLatencyMs.value", RoutingInputs.latencyProblem(routing.maxLatencyMs().value()));
        List<RoutingTier> tiers = routing.tiers();
        for (int i = 0; i < tiers.size(); i++) {
            String path = "routing.tiers[" + i + "]";
            RoutingTier tier = tiers.get(i);
            checkName(problems, path, tier.name());
            if (tier.model().name().isBlank()) {
                problems.add(new Problem(path + ".model.name", "must not be empty"));
            }
            check(problems, path + ".model.inputUsdPer1MTokens", RoutingInputs.priceProblem(tier.model().inputUsdPer1MTokens()));
            check(problems, path + ".model.outputUsdPer1MTokens", RoutingInputs.priceProblem(tier.model().outputUsdPer1MTokens()));
            check(problems, path + ".usdPerQueryFlat", RoutingInputs.usdPerQueryProblem(tier.usdPerQueryFlat()));
            check(problems, path + ".share", RoutingInputs.fractionProblem(tier.share()));
            check(problems, path + ".quality", RoutingInputs.fractionProblem(tier.quality()));
            check(problems, path + ".latencyMs", RoutingInputs.latencyProblem(tier.latencyMs()));
            check(problems, path + ".escalationRate", RoutingInputs.fractionProblem(tier.escalationRate()));
            check(problems, path + ".minShare", RoutingInputs.fractionProblem(tier.minShare()));
            check(problems, path + ".maxShare", RoutingInputs.fractionProblem(tier.maxShare()));
        }
    }

    private static void checkPrompts(List<Problem> problems, PromptsSection prompts) {
        if (prompts.model().isBlank()) {
            problems.add(new Problem("prompts.model", "must not be empty"));
        }
        check(problems, "prompts.inputTokenShare", RoutingInputs.fractionProblem(prompts.inputTokenShare()));
        checkName(problems, "prompts.original", prompts.original().name());
        checkName(problems, "prompts.compressed", prompts.compressed().name());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < prompts.samples().size(); i++) {
            String placeholder = prompts.samples().get(i).placeholder();
            String path = "prompts.samples[" + i + "].placeholder";
            if (!PromptTemplate.isPlaceholderName(placeholder)) {
                problems.add(new Problem(path, "'" + placeholder + "' is not a placeholder name: use letters, digits"
                        + " and _, not starting with a digit, without the braces"));
            } else if (!seen.add(placeholder)) {
                problems.add(new Problem(path, "'" + placeholder + "' has a sample value already"));
            }
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
