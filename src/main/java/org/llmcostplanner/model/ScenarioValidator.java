package org.llmcostplanner.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.llmcostplanner.model.batching.BatchingSection;
import org.llmcostplanner.model.caching.CachePoint;
import org.llmcostplanner.model.caching.CachingSection;
import org.llmcostplanner.model.caching.PromptCaching;
import org.llmcostplanner.model.caching.SemanticCache;
import org.llmcostplanner.model.format.Money;
import org.llmcostplanner.model.format.Percent;
import org.llmcostplanner.model.format.Ranges;
import org.llmcostplanner.model.pareto.ParetoConfiguration;
import org.llmcostplanner.model.pareto.ParetoConstraints;
import org.llmcostplanner.model.pareto.ParetoInputs;
import org.llmcostplanner.model.pareto.ParetoSection;
import org.llmcostplanner.model.prompt.PromptTemplate;
import org.llmcostplanner.model.prompt.PromptsSection;
import org.llmcostplanner.model.routing.RoutingInputs;
import org.llmcostplanner.model.routing.RoutingSection;
import org.llmcostplanner.model.routing.RoutingTier;
import org.llmcostplanner.model.selfhost.ThroughputBasis;

/** Checks every value of a scenario against the ranges of {@link ScenarioInputs}. */
public final class ScenarioValidator {
    private ScenarioValidator() {
    }

    /**
     * The first problem {@code after} has that {@code before} did not, as a sentence naming the
     * input (e.g. "Items per prompt is too many at ..."): what an edit would break beyond its own
     * field's range, such as a pack size that is fine alone but not at the failure rate entered.
     */
    public static Optional<String> introduced(Scenario before, Scenario after) {
        return firstNew(problems(withoutSameLists(before, after)), before, after);
    }

    /**
     * {@link #introduced} for many edits of one scenario (goal seek and sensitivity try hundreds):
     * {@code before}'s own problems are found once for each set of list sections an edit shares
     * with it, not on every call. The function is not thread-safe.
     */
    public static Function<Scenario, Optional<String>> introducedBy(Scenario before) {
        Map<List<Boolean>, List<Problem>> old = new HashMap<>();
        return after -> {
            List<Boolean> shared = List.of(before.pareto() == after.pareto(), before.routing() == after.routing(),
                    before.prompts() == after.prompts());
            return firstNew(old.computeIfAbsent(shared, key -> problems(withoutSameLists(before, after))), before, after);
        };
    }

    private static Optional<String> firstNew(List<Problem> old, Scenario before, Scenario after) {
        return problems(withoutSameLists(after, before)).stream().filter(problem -> !old.contains(problem)).findFirst()
                .map(problem -> ScenarioInputs.ALL.stream().filter(input -> input.path().equals(problem.path()))
                        .map(ScenarioInput::label).findFirst().orElse(problem.path()) + " " + problem.message());
    }

    /**
     * {@code scenario} without the list-holding sections it shares with {@code other}: their
     * problems are the same on both sides, and a slider drag must not check a million Pareto rows.
     */
    private static Scenario withoutSameLists(Scenario scenario, Scenario other) {
        Scenario trimmed = scenario;
        if (scenario.pareto() == other.pareto()) {
            trimmed = trimmed.withPareto(ParetoSection.EMPTY);
        }
        if (scenario.routing() == other.routing()) {
            trimmed = trimmed.withRouting(RoutingSection.EMPTY);
        }
        if (scenario.prompts() == other.prompts()) {
            trimmed = trimmed.withPrompts(PromptsSection.EMPTY);
        }
        return trimmed;
    }

    /** The least throughput (tokens or requests a second) a replica may have: keeps replica counts finite. */
    static final double MIN_THROUGHPUT = 0.01;

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
        checkCaching(problems, scenario.caching());
        checkBatching(problems, scenario.batching());
        checkSelfHost(problems, scenario);
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

    private static void checkCaching(List<Problem> problems, CachingSection caching) {
        check(problems, "caching.exactHitRate", Ranges.problem(caching.exactHitRate(), 0, 1));
        SemanticCache semantic = caching.semantic();
        check(problems, "caching.semantic.threshold", Ranges.problem(semantic.threshold(), 0, 1));
        check(problems, "caching.semantic.embeddingUsdPerQuery", Ranges.problem(semantic.embeddingUsdPerQuery(), 0, 1_000));
        check(problems, "caching.semantic.embeddingLatencyMs", Ranges.problem(semantic.embeddingLatencyMs(), 0, 3.6e6));
        check(problems, "caching.semantic.falseHitUsd", Ranges.problem(semantic.falseHitUsd(), 0, 1e7));
        List<CachePoint> points = semantic.curve().points();
        for (int i = 0; i < points.size(); i++) {
            CachePoint point = points.get(i);
            String path = "caching.semantic.curve[" + i + "]";
            check(problems, path + ".threshold", Ranges.problem(point.threshold(), 0, 1));
            check(problems, path + ".hitRate", Ranges.problem(point.hitRate(), 0, 1));
            check(problems, path + ".falseHitRate", Ranges.problem(point.falseHitRate(), 0, 1));
            if (point.falseHitRate() > point.hitRate()) {
                problems.add(new Problem(path + ".falseHitRate", "must not be above the hit rate ("
                        + point.hitRate() + "): a false hit is a hit that gave a wrong answer"));
            }
            if (i > 0 && point.threshold() == points.get(i - 1).threshold()) {
                problems.add(new Problem(path + ".threshold", "appears twice (" + point.threshold() + ")"));
            }
        }
        PromptCaching provider = caching.provider();
        check(problems, "caching.provider.prefixTokens", Ranges.problem(provider.prefixTokens(), 0, 10_000_000));
        check(problems, "caching.provider.hitShare", Ranges.problem(provider.hitShare(), 0, 1));
        check(problems, "caching.provider.readMultiplier", Ranges.problem(provider.readMultiplier(), 0, 10));
        check(problems, "caching.provider.writeMultiplier", Ranges.problem(provider.writeMultiplier(), 0, 10));
    }

    private static void checkBatching(List<Problem> problems, BatchingSection batching) {
        check(problems, "batching.offlineShare", Ranges.problem(batching.offlineShare(), 0, 1));
        check(problems, "batching.discount", Ranges.problem(batching.discount(), 0, 1));
        check(problems, "batching.itemsPerPrompt", Ranges.problem(batching.itemsPerPrompt(), 1, 10_000));
        check(problems, "batching.systemPromptTokens", Ranges.problem(batching.systemPromptTokens(), 0, 10_000_000));
        check(problems, "batching.itemFailureRate", Ranges.problem(batching.itemFailureRate(), 0, 0.99));
        check(problems, "batching.windowHours", Ranges.problem(batching.windowHours(), 0, 720));
        if (batching.itemsPerPrompt() != Math.rint(batching.itemsPerPrompt()) && Double.isFinite(batching.itemsPerPrompt())) {
            problems.add(new Problem("batching.itemsPerPrompt", "must be a whole number (was "
                    + Money.plain(batching.itemsPerPrompt()) + ")"));
        }
        if (batching.itemFailureRate() < 0.99 && batching.itemsPerPrompt() >= 1
                && batching.promptFailureRate() > BatchingSection.MOST_PROMPT_FAILURE_RATE) {
            problems.add(new Problem("batching.itemsPerPrompt", "is too many at an item failure rate of "
                    + Money.percent(batching.itemFailureRate()) + ": " + Money.percent(batching.promptFailureRate())
                    + " of packed prompts would fail, each sent over 100 times on average; pack fewer items or lower"
                    + " the failure rate"));
        }
    }

    /**
     * The self-host section: a model name, every input of {@link SelfHostInputs} in its range (in
     * file order), throughput above 0 where the chosen basis counts it, whole minimum replicas.
     */
    private static void checkSelfHost(List<Problem> problems, Scenario scenario) {
        if (scenario.selfHost().modelName().isBlank()) {
            problems.add(new Problem("selfHost.modelName", "must not be empty"));
        }
        ThroughputBasis basis = scenario.selfHost().throughput().basis();
        for (ScenarioInput input : SelfHostInputs.ALL) {
            double value = input.get(scenario);
            Optional<String> outOfRange = fileRangeProblem(input, value);
            check(problems, input.path(), outOfRange);
            if (outOfRange.isEmpty() && value < MIN_THROUGHPUT && countedOn(basis, input)) {
                problems.add(new Problem(input.path(), value <= 0 ? "must be above 0: a replica with no throughput serves nothing"
                        : "must be at least " + Money.plain(MIN_THROUGHPUT) + " (was " + Money.plain(value)
                                + "): slower replicas would need more than any plan could count"));
            }
            if (input == SelfHostInputs.MIN_REPLICAS && Double.isFinite(value) && value != Math.rint(value)) {
                problems.add(new Problem(input.path(), "must be a whole number (was " + Money.plain(value) + ")"));
            }
        }
    }

    /**
     * {@code input.problem(value)}, but a percent input's range is stated in the fractions of 1 the
     * file holds (0.7, not 70): the file's reader shows this message beside the file's number.
     */
    private static Optional<String> fileRangeProblem(ScenarioInput input, double value) {
        if (!"%".equals(input.unit())) {
            return input.problem(value);
        }
        return Ranges.problem(Percent.toFraction(value), Percent.toFraction(input.validMin()),
                Percent.toFraction(input.validMax()));
    }

    /** Whether {@code input} is a throughput figure that {@code basis} sizes the replicas by. */
    private static boolean countedOn(ThroughputBasis basis, ScenarioInput input) {
        return basis == ThroughputBasis.TOKENS
                ? input == SelfHostInputs.INPUT_TOKENS_PER_SECOND || input == SelfHostInputs.OUTPUT_TOKENS_PER_SECOND
                : input == SelfHostInputs.REQUESTS_PER_SECOND;
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
