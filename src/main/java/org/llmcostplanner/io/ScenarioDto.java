package org.llmcostplanner.io;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.llmcostplanner.model.Engineering;
import org.llmcostplanner.model.EngineeringTask;
import org.llmcostplanner.model.FixedCosts;
import org.llmcostplanner.model.LineItem;
import org.llmcostplanner.model.price.ModelPrice;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.model.Workload;
import org.llmcostplanner.model.batching.BatchingSection;
import org.llmcostplanner.model.caching.CachePoint;
import org.llmcostplanner.model.caching.CachingSection;
import org.llmcostplanner.model.caching.PromptCaching;
import org.llmcostplanner.model.caching.SemanticCache;
import org.llmcostplanner.model.caching.ThresholdCurve;
import org.llmcostplanner.model.pareto.ParetoAnalysis;
import org.llmcostplanner.model.pareto.ParetoConfiguration;
import org.llmcostplanner.model.pareto.ParetoConstraints;
import org.llmcostplanner.model.pareto.ParetoLimit;
import org.llmcostplanner.model.pareto.ParetoObjectives;
import org.llmcostplanner.model.pareto.ParetoPlan;
import org.llmcostplanner.model.pareto.ParetoSection;
import org.llmcostplanner.model.prompt.PromptSample;
import org.llmcostplanner.model.prompt.PromptTokens;
import org.llmcostplanner.model.prompt.PromptVariant;
import org.llmcostplanner.model.prompt.PromptsSection;
import org.llmcostplanner.model.prompt.TokenCounter;
import org.llmcostplanner.model.prompt.TokenEncoding;
import org.llmcostplanner.model.routing.RouterOverhead;
import org.llmcostplanner.model.routing.RoutingSection;
import org.llmcostplanner.model.routing.RoutingStrategy;
import org.llmcostplanner.model.routing.RoutingTier;
import org.llmcostplanner.model.selfhost.ApiBasis;
import org.llmcostplanner.model.selfhost.SelfHostSection;
import org.llmcostplanner.model.selfhost.Throughput;
import org.llmcostplanner.model.selfhost.ThroughputBasis;

/**
 * A scenario file of the current schema version, field for field. The key order here is the
 * order on disk; the model stays free of Jackson. Every field is required (the reader refuses
 * missing fields and nulls), so conversion to the model needs no defaults.
 */
@JsonPropertyOrder({"schemaVersion", "name", "description", "units", "workload", "referenceModel", "fixedCosts", "pareto",
        "routing", "prompts", "caching", "batching", "selfHost"})
record ScenarioDto(int schemaVersion, String name, String description, UnitsDto units, WorkloadDto workload,
                   ModelPriceDto referenceModel, FixedCostsDto fixedCosts, ParetoDto pareto, RoutingDto routing,
                   PromptsDto prompts, CachingDto caching, BatchingDto batching, SelfHostDto selfHost) {

    /** The units a file states its numbers in; only {@link #SUPPORTED} is accepted. */
    @JsonPropertyOrder({"currency", "tokenPrices", "fixedCosts"})
    record UnitsDto(String currency, String tokenPrices, String fixedCosts) {
        static final UnitsDto SUPPORTED = new UnitsDto("USD", "per 1M tokens", "per month");
    }

    @JsonPropertyOrder({"queriesPerDay", "inputTokensPerQuery", "outputTokensPerQuery", "daysPerMonth"})
    record WorkloadDto(double queriesPerDay, double inputTokensPerQuery, double outputTokensPerQuery,
                       double daysPerMonth) {
    }

    /** {@code pricesAsOf}: the catalog date of the prices ("2026-11-28"), or "" for prices typed by hand. */
    @JsonPropertyOrder({"name", "inputUsdPer1MTokens", "outputUsdPer1MTokens", "pricesAsOf"})
    record ModelPriceDto(String name, double inputUsdPer1MTokens, double outputUsdPer1MTokens, String pricesAsOf) {
        static ModelPriceDto from(ModelPrice model) {
            return new ModelPriceDto(model.name(), model.inputUsdPer1MTokens(), model.outputUsdPer1MTokens(),
                    model.pricesAsOf().map(LocalDate::toString).orElse(""));
        }

        /** The reader has checked that {@code pricesAsOf} is empty or a date. */
        ModelPrice toModel() {
            return new ModelPrice(name, inputUsdPer1MTokens, outputUsdPer1MTokens,
                    pricesAsOf.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(pricesAsOf)));
        }
    }

    /** The routing section; {@code strategy} is a {@link RoutingStrategy#id()}, checked by the reader. */
    @JsonPropertyOrder({"enabled", "strategy", "router", "targetQuality", "maxLatencyMs", "tiers"})
    record RoutingDto(boolean enabled, String strategy, RouterDto router, LimitDto targetQuality, LimitDto maxLatencyMs,
                      List<TierDto> tiers) {
        static final RoutingDto EMPTY = from(RoutingSection.EMPTY);

        static RoutingDto from(RoutingSection section) {
            return new RoutingDto(section.enabled(), section.strategy().id(),
                    new RouterDto(section.router().usdPerQuery(), section.router().latencyMs()),
                    ParetoDto.limit(section.targetQuality()), ParetoDto.limit(section.maxLatencyMs()),
                    section.tiers().stream().map(t -> new TierDto(t.name(), ModelPriceDto.from(t.model()), t.usdPerQueryFlat(),
                            t.share(), t.quality(), t.latencyMs(), t.escalationRate(), t.minShare(), t.maxShare())).toList());
        }

        RoutingSection toModel() {
            return new RoutingSection(enabled, RoutingStrategy.fromId(strategy).orElseThrow(),
                    tiers.stream().map(t -> new RoutingTier(t.name, t.model.toModel(), t.usdPerQueryFlat, t.share,
                            t.quality, t.latencyMs, t.escalationRate, t.minShare, t.maxShare)).toList(),
                    new RouterOverhead(router.usdPerQuery, router.latencyMs), targetQuality.toModel(),
                    maxLatencyMs.toModel());
        }
    }

    /**
     * The prompts section; {@code encoding} is a {@link TokenEncoding#id()}, checked by the reader.
     * Token counts are not stored: they are made again from the text on reading.
     */
    @JsonPropertyOrder({"enabled", "model", "encoding", "inputTokenShare", "original", "compressed", "samples"})
    record PromptsDto(boolean enabled, String model, String encoding, double inputTokenShare, PromptDto original,
                      PromptDto compressed, List<SampleDto> samples) {
        static final PromptsDto EMPTY = from(PromptsSection.EMPTY);

        static PromptsDto from(PromptsSection section) {
            return new PromptsDto(section.enabled(), section.model(), section.encoding().id(), section.inputTokenShare(),
                    new PromptDto(section.original().name(), section.original().template()),
                    new PromptDto(section.compressed().name(), section.compressed().template()),
                    section.samples().stream().map(x -> new SampleDto(x.placeholder(), x.value())).toList());
        }

        PromptsSection toModel(TokenCounter counter) {
            return new PromptsSection(enabled, model, TokenEncoding.fromId(encoding).orElseThrow(), inputTokenShare,
                    new PromptVariant(original.name, original.template), new PromptVariant(compressed.name, compressed.template),
                    samples.stream().map(x -> new PromptSample(x.placeholder, x.value)).toList(), PromptTokens.NONE)
                    .counted(counter);
        }
    }

    /** The caching section; rates and shares are fractions of 1. */
    @JsonPropertyOrder({"enabled", "exactHitRate", "semantic", "provider"})
    record CachingDto(boolean enabled, double exactHitRate, SemanticDto semantic, ProviderCacheDto provider) {
        static final CachingDto EMPTY = from(CachingSection.EMPTY);

        static CachingDto from(CachingSection section) {
            SemanticCache s = section.semantic();
            PromptCaching p = section.provider();
            return new CachingDto(section.enabled(), section.exactHitRate(),
                    new SemanticDto(s.enabled(), s.threshold(), s.embeddingUsdPerQuery(), s.embeddingLatencyMs(),
                            s.falseHitUsd(), s.curve().points().stream()
                            .map(x -> new CurvePointDto(x.threshold(), x.hitRate(), x.falseHitRate())).toList()),
                    new ProviderCacheDto(p.enabled(), p.prefixTokens(), p.hitShare(), p.readMultiplier(), p.writeMultiplier()));
        }

        CachingSection toModel() {
            return new CachingSection(enabled, exactHitRate,
                    new SemanticCache(semantic.enabled, new ThresholdCurve(semantic.curve.stream()
                            .map(x -> new CachePoint(x.threshold, x.hitRate, x.falseHitRate)).toList()),
                            semantic.threshold, semantic.embeddingUsdPerQuery, semantic.embeddingLatencyMs, semantic.falseHitUsd),
                    new PromptCaching(provider.enabled, provider.prefixTokens, provider.hitShare, provider.readMultiplier,
                            provider.writeMultiplier));
        }
    }

    @JsonPropertyOrder({"enabled", "threshold", "embeddingUsdPerQuery", "embeddingLatencyMs", "falseHitUsd", "curve"})
    record SemanticDto(boolean enabled, double threshold, double embeddingUsdPerQuery, double embeddingLatencyMs,
                       double falseHitUsd, List<CurvePointDto> curve) {
    }

    @JsonPropertyOrder({"threshold", "hitRate", "falseHitRate"})
    record CurvePointDto(double threshold, double hitRate, double falseHitRate) {
    }

    @JsonPropertyOrder({"enabled", "prefixTokens", "hitShare", "readMultiplier", "writeMultiplier"})
    record ProviderCacheDto(boolean enabled, double prefixTokens, double hitShare, double readMultiplier,
                            double writeMultiplier) {
    }

    @JsonPropertyOrder({"enabled", "offlineShare", "discount", "itemsPerPrompt", "systemPromptTokens", "itemFailureRate",
            "windowHours"})
    record BatchingDto(boolean enabled, double offlineShare, double discount, double itemsPerPrompt,
                       double systemPromptTokens, double itemFailureRate, double windowHours) {
        static final BatchingDto EMPTY = from(BatchingSection.EMPTY);

        static BatchingDto from(BatchingSection b) {
            return new BatchingDto(b.enabled(), b.offlineShare(), b.discount(), b.itemsPerPrompt(), b.systemPromptTokens(),
                    b.itemFailureRate(), b.windowHours());
        }

        BatchingSection toModel() {
            return new BatchingSection(enabled, offlineShare, discount, itemsPerPrompt, systemPromptTokens, itemFailureRate,
                    windowHours);
        }
    }

    /**
     * The self-host section; {@code apiBasis} is an {@link ApiBasis#id()}, checked by the reader.
     * Quality and target utilisation are fractions of 1; amounts are USD per GPU hour or per month.
     */
    @JsonPropertyOrder({"modelName", "quality", "gpuUsdPerHour", "gpusPerReplica", "throughput", "targetUtilisation",
            "peakToAverage", "minReplicas", "monitoringUsdPerMonth", "storageUsdPerMonth", "networkingUsdPerMonth",
            "engineeringHoursPerMonth", "apiBasis"})
    record SelfHostDto(String modelName, double quality, double gpuUsdPerHour, double gpusPerReplica,
                       ThroughputDto throughput, double targetUtilisation, double peakToAverage, double minReplicas,
                       double monitoringUsdPerMonth, double storageUsdPerMonth, double networkingUsdPerMonth,
                       double engineeringHoursPerMonth, String apiBasis) {
        static final SelfHostDto DEFAULT = from(SelfHostSection.DEFAULT);

        static SelfHostDto from(SelfHostSection h) {
            Throughput t = h.throughput();
            return new SelfHostDto(h.modelName(), h.quality(), h.gpuUsdPerHour(), h.gpusPerReplica(),
                    new ThroughputDto(t.basis().id(), t.inputTokensPerSecond(), t.outputTokensPerSecond(),
                            t.requestsPerSecond()),
                    h.targetUtilisation(), h.peakToAverage(), h.minReplicas(), h.monitoringUsdPerMonth(),
                    h.storageUsdPerMonth(), h.networkingUsdPerMonth(), h.engineeringHoursPerMonth(), h.apiBasis().id());
        }

        SelfHostSection toModel() {
            return new SelfHostSection(modelName, quality, gpuUsdPerHour, gpusPerReplica,
                    new Throughput(ThroughputBasis.fromId(throughput.basis).orElseThrow(), throughput.inputTokensPerSecond,
                            throughput.outputTokensPerSecond, throughput.requestsPerSecond),
                    targetUtilisation, peakToAverage, minReplicas, monitoringUsdPerMonth, storageUsdPerMonth,
                    networkingUsdPerMonth, engineeringHoursPerMonth, ApiBasis.fromId(apiBasis).orElseThrow());
        }
    }

    /** A replica's sustained throughput; {@code basis} is a {@link ThroughputBasis#id()}, checked by the reader. */
    @JsonPropertyOrder({"basis", "inputTokensPerSecond", "outputTokensPerSecond", "requestsPerSecond"})
    record ThroughputDto(String basis, double inputTokensPerSecond, double outputTokensPerSecond,
                         double requestsPerSecond) {
    }

    @JsonPropertyOrder({"name", "template"})
    record PromptDto(String name, String template) {
    }

    @JsonPropertyOrder({"placeholder", "value"})
    record SampleDto(String placeholder, String value) {
    }

    @JsonPropertyOrder({"usdPerQuery", "latencyMs"})
    record RouterDto(double usdPerQuery, double latencyMs) {
    }

    /** One tier; shares, quality and escalation rate are fractions of 1. */
    @JsonPropertyOrder({"name", "model", "usdPerQueryFlat", "share", "quality", "latencyMs", "escalationRate",
            "minShare", "maxShare"})
    record TierDto(String name, ModelPriceDto model, double usdPerQueryFlat, double share, double quality,
                   double latencyMs, double escalationRate, double minShare, double maxShare) {
    }

    @JsonPropertyOrder({"infrastructure", "engineering", "quality", "operational"})
    record FixedCostsDto(List<LineItemDto> infrastructure, EngineeringDto engineering, List<LineItemDto> quality,
                         List<LineItemDto> operational) {
    }

    @JsonPropertyOrder({"hourlyRateUsd", "tasks"})
    record EngineeringDto(double hourlyRateUsd, List<TaskDto> tasks) {
    }

    @JsonPropertyOrder({"name", "usdPerMonth"})
    record LineItemDto(String name, double usdPerMonth) {
    }

    @JsonPropertyOrder({"name", "hoursPerMonth"})
    record TaskDto(String name, double hoursPerMonth) {
    }

    /**
     * The Pareto section. {@code objectives} is a {@link ParetoObjectives#id()}, {@code rule} a
     * {@link ParetoAnalysis.Rule#id()}; the reader checks both before {@link #toModel()}.
     */
    @JsonPropertyOrder({"objectives", "rule", "constraints", "plan", "configurations"})
    record ParetoDto(String objectives, String rule, ConstraintsDto constraints, PlanDto plan,
                     List<ConfigurationDto> configurations) {
        static final ParetoDto EMPTY = ParetoDto.from(ParetoSection.EMPTY);

        static ParetoDto from(ParetoSection section) {
            ParetoConstraints c = section.constraints();
            return new ParetoDto(section.objectives().id(), section.rule().id(),
                    new ConstraintsDto(limit(c.minQuality()), limit(c.maxLatencyMs()), limit(c.maxCostPerQueryUsd())),
                    new PlanDto(limit(section.plan().quality()), limit(section.plan().latencyMs())),
                    section.configurations().stream().map(k -> new ConfigurationDto(k.name(), k.quality(),
                            k.costPerQueryUsd(), k.latencyMs(), k.notes())).toList());
        }

        ParetoSection toModel() {
            return new ParetoSection(
                    configurations.stream().map(k -> new ParetoConfiguration(k.name, k.quality, k.costPerQueryUsd,
                            k.latencyMs, k.notes)).toList(),
                    ParetoObjectives.fromId(objectives), new ParetoConstraints(constraints.minQuality.toModel(),
                            constraints.maxLatencyMs.toModel(), constraints.maxCostPerQueryUsd.toModel()),
                    ParetoAnalysis.Rule.fromId(rule).orElseThrow(),
                    new ParetoPlan(plan.quality.toModel(), plan.latencyMs.toModel()));
        }

        static LimitDto limit(ParetoLimit limit) {
            return new LimitDto(limit.enabled(), limit.value());
        }
    }

    @JsonPropertyOrder({"minQuality", "maxLatencyMs", "maxCostPerQueryUsd"})
    record ConstraintsDto(LimitDto minQuality, LimitDto maxLatencyMs, LimitDto maxCostPerQueryUsd) {
    }

    /** The current plan's measured quality (0..1) and p50 latency; a disabled value is not measured. */
    @JsonPropertyOrder({"quality", "latencyMs"})
    record PlanDto(LimitDto quality, LimitDto latencyMs) {
    }

    @JsonPropertyOrder({"enabled", "value"})
    record LimitDto(boolean enabled, double value) {
        ParetoLimit toModel() {
            return new ParetoLimit(enabled, value);
        }
    }

    @JsonPropertyOrder({"name", "quality", "costPerQueryUsd", "latencyMs", "notes"})
    record ConfigurationDto(String name, double quality, double costPerQueryUsd, double latencyMs, String notes) {
    }

    static ScenarioDto from(Scenario scenario) {
        Workload w = scenario.workload();
        ModelPrice m = scenario.referenceModel();
        FixedCosts f = scenario.fixedCosts();
        Engineering e = f.engineering();
        return new ScenarioDto(ScenarioFiles.CURRENT_SCHEMA_VERSION, scenario.name(), scenario.description(),
                UnitsDto.SUPPORTED,
                new WorkloadDto(w.queriesPerDay(), w.inputTokensPerQuery(), w.outputTokensPerQuery(), w.daysPerMonth()),
                ModelPriceDto.from(m),
                new FixedCostsDto(lines(f.infrastructure()),
                        new EngineeringDto(e.hourlyRateUsd(),
                                e.tasks().stream().map(t -> new TaskDto(t.name(), t.hoursPerMonth())).toList()),
                        lines(f.quality()), lines(f.operational())),
                ParetoDto.from(scenario.pareto()), RoutingDto.from(scenario.routing()),
                PromptsDto.from(scenario.prompts()), CachingDto.from(scenario.caching()),
                BatchingDto.from(scenario.batching()), SelfHostDto.from(scenario.selfHost()));
    }

    /** The model value, its prompts counted by {@code counter}; the caller has made sure no field is null. */
    Scenario toModel(TokenCounter counter) {
        return new Scenario(name, description,
                new Workload(workload.queriesPerDay, workload.inputTokensPerQuery, workload.outputTokensPerQuery,
                        workload.daysPerMonth),
                referenceModel.toModel(),
                new FixedCosts(items(fixedCosts.infrastructure),
                        new Engineering(fixedCosts.engineering.hourlyRateUsd,
                                fixedCosts.engineering.tasks.stream()
                                        .map(t -> new EngineeringTask(t.name, t.hoursPerMonth)).toList()),
                        items(fixedCosts.quality), items(fixedCosts.operational)),
                pareto.toModel(), routing.toModel(), prompts.toModel(counter), caching.toModel(), batching.toModel(),
                selfHost.toModel());
    }

    private static List<LineItemDto> lines(List<LineItem> items) {
        return items.stream().map(i -> new LineItemDto(i.name(), i.usdPerMonth())).toList();
    }

    private static List<LineItem> items(List<LineItemDto> lines) {
        return lines.stream().map(l -> new LineItem(l.name, l.usdPerMonth)).toList();
    }
}
