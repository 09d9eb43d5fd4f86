package org.llmcostplanner.model;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;

import org.llmcostplanner.model.format.Percent;
import org.llmcostplanner.model.format.Ranges;
import org.llmcostplanner.model.pareto.ParetoInputs;
import org.llmcostplanner.model.pareto.ParetoLimit;
import org.llmcostplanner.model.routing.RoutingInputs;

/** The scalar inputs of a scenario, in the order the window shows them. */
public final class ScenarioInputs {
    private ScenarioInputs() {
    }

    public static final ScenarioInput QUERIES_PER_DAY = new ScenarioInput(
            "workload.queriesPerDay", "Queries per day", "queries / day",
            1, 1e10, 1_000, 10_000_000, true, 0,
            s -> s.workload().queriesPerDay(),
            (s, v) -> s.withWorkload(s.workload().withQueriesPerDay(v)));

    public static final ScenarioInput INPUT_TOKENS = new ScenarioInput(
            "workload.inputTokensPerQuery", "Input tokens per query", "tokens",
            0, 10_000_000, 0, 8_000, false, 0,
            s -> s.workload().inputTokensPerQuery(),
            (s, v) -> s.withWorkload(s.workload().withInputTokensPerQuery(v)));

    public static final ScenarioInput OUTPUT_TOKENS = new ScenarioInput(
            "workload.outputTokensPerQuery", "Output tokens per query", "tokens",
            0, 10_000_000, 0, 4_000, false, 0,
            s -> s.workload().outputTokensPerQuery(),
            (s, v) -> s.withWorkload(s.workload().withOutputTokensPerQuery(v)));

    public static final ScenarioInput DAYS_PER_MONTH = new ScenarioInput(
            "workload.daysPerMonth", "Days per month", "days",
            1, 31, 1, 31, false, 2,
            s -> s.workload().daysPerMonth(),
            (s, v) -> s.withWorkload(s.workload().withDaysPerMonth(v)));

    public static final ScenarioInput INPUT_PRICE = new ScenarioInput(
            "referenceModel.inputUsdPer1MTokens", "Input price", "USD / 1M tokens",
            0, 10_000, 0.01, 200, true, 3,
            s -> s.referenceModel().inputUsdPer1MTokens(),
            (s, v) -> s.withReferenceModel(s.referenceModel().withInputUsdPer1MTokens(v)));

    public static final ScenarioInput OUTPUT_PRICE = new ScenarioInput(
            "referenceModel.outputUsdPer1MTokens", "Output price", "USD / 1M tokens",
            0, 10_000, 0.01, 600, true, 3,
            s -> s.referenceModel().outputUsdPer1MTokens(),
            (s, v) -> s.withReferenceModel(s.referenceModel().withOutputUsdPer1MTokens(v)));

    public static final ScenarioInput HOURLY_RATE = new ScenarioInput(
            "fixedCosts.engineering.hourlyRateUsd", "Engineering hourly rate", "USD / hour",
            0, 10_000, 0, 400, false, 2,
            s -> s.fixedCosts().engineering().hourlyRateUsd(),
            (s, v) -> s.withFixedCosts(s.fixedCosts().withEngineering(s.fixedCosts().engineering().withHourlyRateUsd(v))));

    public static final ScenarioInput MIN_QUALITY = percentOf(SwitchableValue.MIN_QUALITY,
            "pareto.constraints.minQuality.value", "Minimum quality");

    public static final ScenarioInput MAX_LATENCY = valueOf(SwitchableValue.MAX_LATENCY,
            "pareto.constraints.maxLatencyMs.value", "Maximum p50 latency", "ms",
            ParetoInputs.MAX_LATENCY_MS, 10, 10_000, 0);

    public static final ScenarioInput MAX_COST = valueOf(SwitchableValue.MAX_COST,
            "pareto.constraints.maxCostPerQueryUsd.value", "Maximum cost per query", "USD / query",
            ParetoInputs.MAX_COST_PER_QUERY_USD, 0.00001, 1, 6);

    public static final ScenarioInput PLAN_QUALITY = percentOf(SwitchableValue.PLAN_QUALITY,
            "pareto.plan.quality.value", "Quality");

    public static final ScenarioInput PLAN_LATENCY = valueOf(SwitchableValue.PLAN_LATENCY,
            "pareto.plan.latencyMs.value", "p50 latency", "ms",
            ParetoInputs.MAX_LATENCY_MS, 10, 10_000, 0);

    public static final ScenarioInput ROUTING_TARGET = percentOf(SwitchableValue.ROUTING_TARGET,
            "routing.targetQuality.value", "Quality target");

    public static final ScenarioInput ROUTING_MAX_LATENCY = valueOf(SwitchableValue.ROUTING_MAX_LATENCY,
            "routing.maxLatencyMs.value", "Mean latency cap", "ms", RoutingInputs.MAX_LATENCY_MS, 10, 10_000, 0);

    public static final ScenarioInput ROUTER_COST = new ScenarioInput(
            "routing.router.usdPerQuery", "Router cost", "USD / query",
            0, RoutingInputs.MAX_USD_PER_QUERY, 0, 0.001, false, 6,
            s -> s.routing().router().usdPerQuery(),
            (s, v) -> s.withRouting(s.routing().withRouter(s.routing().router().withUsdPerQuery(v))));

    public static final ScenarioInput ROUTER_LATENCY = new ScenarioInput(
            "routing.router.latencyMs", "Router latency", "ms",
            0, RoutingInputs.MAX_LATENCY_MS, 0, 200, false, 1,
            s -> s.routing().router().latencyMs(),
            (s, v) -> s.withRouting(s.routing().withRouter(s.routing().router().withLatencyMs(v))));

    public static final ScenarioInput PROMPT_SHARE = new ScenarioInput(
            "prompts.inputTokenShare", "Share of input tokens", "%",
            0, 100, 0, 100, false, 1,
            s -> Percent.fromFraction(s.prompts().inputTokenShare()),
            (s, v) -> s.withPrompts(s.prompts().withInputTokenShare(Percent.toFraction(v))));

    public static final ScenarioInput CACHE_EXACT_RATE = percent("caching.exactHitRate", "Exact-match hit rate", 100,
            s -> s.caching().exactHitRate(), (s, v) -> s.withCaching(s.caching().withExactHitRate(v)));

    public static final ScenarioInput CACHE_THRESHOLD = new ScenarioInput(
            "caching.semantic.threshold", "Similarity threshold", "cosine",
            0, 1, 0.8, 1, false, 3,
            s -> s.caching().semantic().threshold(),
            (s, v) -> s.withCaching(s.caching().withSemantic(s.caching().semantic().withThreshold(v))));

    public static final ScenarioInput CACHE_EMBEDDING_USD = new ScenarioInput(
            "caching.semantic.embeddingUsdPerQuery", "Embedding and lookup", "USD / query",
            0, 1_000, 0, 0.001, false, 6,
            s -> s.caching().semantic().embeddingUsdPerQuery(),
            (s, v) -> s.withCaching(s.caching().withSemantic(s.caching().semantic().withEmbeddingUsdPerQuery(v))));

    public static final ScenarioInput CACHE_EMBEDDING_MS = new ScenarioInput(
            "caching.semantic.embeddingLatencyMs", "Lookup latency", "ms",
            0, 3.6e6, 0, 200, false, 1,
            s -> s.caching().semantic().embeddingLatencyMs(),
            (s, v) -> s.withCaching(s.caching().withSemantic(s.caching().semantic().withEmbeddingLatencyMs(v))));

    public static final ScenarioInput CACHE_FALSE_HIT_USD = new ScenarioInput(
            "caching.semantic.falseHitUsd", "Cost of a wrong answer", "USD",
            0, 1e7, 0, 20, false, 2,
            s -> s.caching().semantic().falseHitUsd(),
            (s, v) -> s.withCaching(s.caching().withSemantic(s.caching().semantic().withFalseHitUsd(v))));

    public static final ScenarioInput PROVIDER_PREFIX = new ScenarioInput(
            "caching.provider.prefixTokens", "Cacheable prefix", "tokens / call",
            0, 10_000_000, 0, 8_000, false, 0,
            s -> s.caching().provider().prefixTokens(),
            (s, v) -> s.withCaching(s.caching().withProvider(s.caching().provider().withPrefixTokens(v))));

    public static final ScenarioInput PROVIDER_HIT_SHARE = percent("caching.provider.hitShare", "Calls finding it cached", 100,
            s -> s.caching().provider().hitShare(), (s, v) -> s.withCaching(s.caching().withProvider(s.caching().provider().withHitShare(v))));

    public static final ScenarioInput PROVIDER_READ = new ScenarioInput(
            "caching.provider.readMultiplier", "Cached read price", "x input price",
            0, 10, 0, 1, false, 3,
            s -> s.caching().provider().readMultiplier(),
            (s, v) -> s.withCaching(s.caching().withProvider(s.caching().provider().withReadMultiplier(v))));

    public static final ScenarioInput PROVIDER_WRITE = new ScenarioInput(
            "caching.provider.writeMultiplier", "Cache write price", "x input price",
            0, 10, 1, 2, false, 3,
            s -> s.caching().provider().writeMultiplier(),
            (s, v) -> s.withCaching(s.caching().withProvider(s.caching().provider().withWriteMultiplier(v))));

    public static final ScenarioInput BATCH_SHARE = percent("batching.offlineShare", "Offline share of calls", 100,
            s -> s.batching().offlineShare(), (s, v) -> s.withBatching(s.batching().withOfflineShare(v)));

    public static final ScenarioInput BATCH_DISCOUNT = percent("batching.discount", "Batch API discount", 100,
            s -> s.batching().discount(), (s, v) -> s.withBatching(s.batching().withDiscount(v)));

    public static final ScenarioInput BATCH_ITEMS = new ScenarioInput(
            "batching.itemsPerPrompt", "Items per prompt", "items",
            1, 10_000, 1, 50, false, 0,
            s -> s.batching().itemsPerPrompt(), (s, v) -> s.withBatching(s.batching().withItemsPerPrompt(v)));

    public static final ScenarioInput BATCH_SYSTEM_TOKENS = new ScenarioInput(
            "batching.systemPromptTokens", "Shared system prompt", "tokens",
            0, 10_000_000, 0, 4_000, false, 0,
            s -> s.batching().systemPromptTokens(), (s, v) -> s.withBatching(s.batching().withSystemPromptTokens(v)));

    public static final ScenarioInput BATCH_FAILURE = percent("batching.itemFailureRate", "Items failing", 99,
            s -> s.batching().itemFailureRate(), (s, v) -> s.withBatching(s.batching().withItemFailureRate(v)));

    public static final ScenarioInput BATCH_WINDOW = new ScenarioInput(
            "batching.windowHours", "Batch window", "hours",
            0, 720, 0, 48, false, 1,
            s -> s.batching().windowHours(), (s, v) -> s.withBatching(s.batching().withWindowHours(v)));

    /** A fraction in the file edited in percent, valid from 0 to {@code mostPercent}, on a 0..100 slider. */
    private static ScenarioInput percent(String path, String label, double mostPercent,
                                         ToDoubleFunction<Scenario> fraction, BiFunction<Scenario, Double, Scenario> setFraction) {
        return new ScenarioInput(path, label, "%", 0, mostPercent, 0, Math.min(100, mostPercent), false, 1,
                s -> Percent.fromFraction(fraction.applyAsDouble(s)),
                (s, v) -> setFraction.apply(s, Percent.toFraction(v)));
    }

    /** A quality (0..1 in the file) edited in percent; setting it leaves its switch as it was. */
    private static ScenarioInput percentOf(SwitchableValue value, String path, String label) {
        return new ScenarioInput(path, label, "%", 0, 100, 50, 100, false, 1,
                s -> Percent.fromFraction(value.get(s).value()),
                (s, v) -> value.set(s, new ParetoLimit(value.isOn(s), Percent.toFraction(v))));
    }

    /** A switchable value from 0, on a log slider; setting it leaves its switch as it was. */
    private static ScenarioInput valueOf(SwitchableValue value, String path, String label, String unit, double validMax,
                                         double sliderMin, double sliderMax, int decimals) {
        return new ScenarioInput(path, label, unit, 0, validMax, sliderMin, sliderMax, true, decimals,
                s -> value.get(s).value(),
                (s, v) -> value.set(s, new ParetoLimit(value.isOn(s), v)));
    }

    /** Largest monthly amount a line item may hold (USD) and hours an engineering task may take. */
    public static final double MAX_LINE_USD_PER_MONTH = 1e9;
    public static final double MAX_TASK_HOURS_PER_MONTH = 1e6;

    public static final List<ScenarioInput> WORKLOAD = List.of(QUERIES_PER_DAY, INPUT_TOKENS, OUTPUT_TOKENS, DAYS_PER_MONTH);
    public static final List<ScenarioInput> REFERENCE_MODEL = List.of(INPUT_PRICE, OUTPUT_PRICE);
    /** The Pareto tab's limits and the current plan's measurements; each has a switch besides its value. */
    public static final List<ScenarioInput> PARETO = List.of(MIN_QUALITY, MAX_LATENCY, MAX_COST, PLAN_QUALITY, PLAN_LATENCY);
    /** The Routing tab's optimiser limits (switchable) and the router's overhead. */
    public static final List<ScenarioInput> ROUTING = List.of(ROUTING_TARGET, ROUTING_MAX_LATENCY, ROUTER_COST, ROUTER_LATENCY);
    /** The Prompts tab's share of the workload's input tokens the prompt stands for. */
    public static final List<ScenarioInput> PROMPTS = List.of(PROMPT_SHARE);
    /** The Caching tab's inputs: the caches, then the provider's prompt cache. */
    public static final List<ScenarioInput> CACHING = List.of(CACHE_EXACT_RATE, CACHE_THRESHOLD, CACHE_EMBEDDING_USD,
            CACHE_EMBEDDING_MS, CACHE_FALSE_HIT_USD, PROVIDER_PREFIX, PROVIDER_HIT_SHARE, PROVIDER_READ, PROVIDER_WRITE);
    /** The batching inputs. */
    public static final List<ScenarioInput> BATCHING = List.of(BATCH_SHARE, BATCH_DISCOUNT, BATCH_ITEMS, BATCH_SYSTEM_TOKENS,
            BATCH_FAILURE, BATCH_WINDOW);
    public static final List<ScenarioInput> ALL = Stream.concat(Stream.of(
            QUERIES_PER_DAY, INPUT_TOKENS, OUTPUT_TOKENS, DAYS_PER_MONTH, INPUT_PRICE, OUTPUT_PRICE, HOURLY_RATE,
            MIN_QUALITY, MAX_LATENCY, MAX_COST, PLAN_QUALITY, PLAN_LATENCY,
            ROUTING_TARGET, ROUTING_MAX_LATENCY, ROUTER_COST, ROUTER_LATENCY, PROMPT_SHARE,
            CACHE_EXACT_RATE, CACHE_THRESHOLD, CACHE_EMBEDDING_USD, CACHE_EMBEDDING_MS, CACHE_FALSE_HIT_USD,
            PROVIDER_PREFIX, PROVIDER_HIT_SHARE, PROVIDER_READ, PROVIDER_WRITE,
            BATCH_SHARE, BATCH_DISCOUNT, BATCH_ITEMS, BATCH_SYSTEM_TOKENS, BATCH_FAILURE, BATCH_WINDOW),
            SelfHostInputs.ALL.stream()).toList();

    /**
     * The inputs that take whole numbers only (the validator refuses fractions): goal seek and
     * sensitivity move them in whole steps.
     */
    public static final List<ScenarioInput> WHOLE_NUMBERS = List.of(BATCH_ITEMS, SelfHostInputs.MIN_REPLICAS);

    public static boolean isWholeNumber(ScenarioInput input) {
        return WHOLE_NUMBERS.contains(input);
    }

    public static Optional<ScenarioInput> byPath(String path) {
        return ALL.stream().filter(input -> input.path().equals(path)).findFirst();
    }

    /** Why a line item's monthly USD amount is invalid, or empty. */
    public static Optional<String> lineAmountProblem(double usdPerMonth) {
        return Ranges.problem(usdPerMonth, 0, MAX_LINE_USD_PER_MONTH);
    }

    /** Why an engineering task's hours per month are invalid, or empty. */
    public static Optional<String> taskHoursProblem(double hoursPerMonth) {
        return Ranges.problem(hoursPerMonth, 0, MAX_TASK_HOURS_PER_MONTH);
    }
}
