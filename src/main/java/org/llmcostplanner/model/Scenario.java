package org.llmcostplanner.model;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

import org.llmcostplanner.model.batching.BatchingSection;
import org.llmcostplanner.model.caching.CachingFigures;
import org.llmcostplanner.model.caching.CachingSection;
import org.llmcostplanner.model.pareto.ParetoLimit;
import org.llmcostplanner.model.pareto.ParetoPlan;
import org.llmcostplanner.model.pareto.ParetoSection;
import org.llmcostplanner.model.price.ModelPrice;
import org.llmcostplanner.model.prompt.PromptFigures;
import org.llmcostplanner.model.prompt.PromptsSection;
import org.llmcostplanner.model.routing.RoutingFigures;
import org.llmcostplanner.model.routing.RoutingMix;
import org.llmcostplanner.model.routing.RoutingSection;
import org.llmcostplanner.model.routing.RoutingStrategy;
import org.llmcostplanner.model.selfhost.ApiBasis;
import org.llmcostplanner.model.selfhost.Breakeven;
import org.llmcostplanner.model.selfhost.SelfHostCosts;
import org.llmcostplanner.model.selfhost.SelfHostFigures;
import org.llmcostplanner.model.selfhost.SelfHostSection;

/**
 * The whole plan a user edits: one immutable document. Every edit produces a new Scenario, so
 * undo, comparison and goal seek need nothing more than holding on to old values.
 *
 * @param name           shown in the window title and on reports; never null
 * @param description    where the figures come from; never null, may be empty
 * @param workload       traffic before optimisation
 * @param referenceModel the model all traffic goes to in the baseline
 * @param fixedCosts     the non-API TCO categories
 * @param pareto         benchmarked configurations and their frontier settings
 * @param routing        the routing lever: tiers, shares, router overhead, optimiser target
 * @param prompts        the compression lever: an original prompt, its compressed variant, their counts
 * @param caching        the caching lever: exact-match and semantic caches, the provider's prompt cache
 * @param batching       the batching lever: the offline share through a batch API, items packed per prompt
 * @param selfHost       serving an open model on GPUs instead, for the breakeven against the API
 */
public record Scenario(String name, String description, Workload workload, ModelPrice referenceModel,
                       FixedCosts fixedCosts, ParetoSection pareto, RoutingSection routing, PromptsSection prompts,
                       CachingSection caching, BatchingSection batching, SelfHostSection selfHost) {
    public Scenario {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(workload, "workload");
        Objects.requireNonNull(referenceModel, "referenceModel");
        Objects.requireNonNull(fixedCosts, "fixedCosts");
        Objects.requireNonNull(pareto, "pareto");
        Objects.requireNonNull(routing, "routing");
        Objects.requireNonNull(prompts, "prompts");
        Objects.requireNonNull(caching, "caching");
        Objects.requireNonNull(batching, "batching");
        Objects.requireNonNull(selfHost, "selfHost");
    }

    /** A scenario with no Pareto configurations and no levers yet. */
    public Scenario(String name, String description, Workload workload, ModelPrice referenceModel, FixedCosts fixedCosts) {
        this(name, description, workload, referenceModel, fixedCosts, ParetoSection.EMPTY, RoutingSection.EMPTY,
                PromptsSection.EMPTY, CachingSection.EMPTY, BatchingSection.EMPTY, SelfHostSection.DEFAULT);
    }

    /**
     * What File &gt; New starts from: the chapter's TCO example (GPT-4o prices, the four
     * infrastructure lines, 80 engineering hours at $100, human and LLM-judge evaluation) with
     * the operational lines the chapter forgot, at zero until the user prices them.
     */
    public static Scenario untitled() {
        return new Scenario("Untitled", "",
                new Workload(10_000, 500, 200, 30),
                new ModelPrice("gpt-4o", 2.50, 10.00),
                new FixedCosts(
                        List.of(new LineItem("Vector DB", 200), new LineItem("Cache", 50),
                                new LineItem("Logging", 100), new LineItem("Storage", 30)),
                        new Engineering(100, List.of(new EngineeringTask("Prompts, evaluation, pipeline, maintenance", 80))),
                        List.of(new LineItem("Human evaluation", 500), new LineItem("LLM-as-judge", 200)),
                        List.of(new LineItem("Monitoring", 0), new LineItem("Alerting", 0),
                                new LineItem("Incident response", 0), new LineItem("Compliance", 0))));
    }

    public Scenario withName(String value) {
        return new Scenario(value, description, workload, referenceModel, fixedCosts, pareto, routing, prompts, caching, batching, selfHost);
    }

    public Scenario withDescription(String value) {
        return new Scenario(name, value, workload, referenceModel, fixedCosts, pareto, routing, prompts, caching, batching, selfHost);
    }

    public Scenario withWorkload(Workload value) {
        return new Scenario(name, description, value, referenceModel, fixedCosts, pareto, routing, prompts, caching, batching, selfHost);
    }

    public Scenario withReferenceModel(ModelPrice value) {
        return new Scenario(name, description, workload, value, fixedCosts, pareto, routing, prompts, caching, batching, selfHost);
    }

    public Scenario withFixedCosts(FixedCosts value) {
        return new Scenario(name, description, workload, referenceModel, value, pareto, routing, prompts, caching, batching, selfHost);
    }

    public Scenario withPareto(ParetoSection value) {
        return new Scenario(name, description, workload, referenceModel, fixedCosts, value, routing, prompts, caching, batching, selfHost);
    }

    public Scenario withRouting(RoutingSection value) {
        return new Scenario(name, description, workload, referenceModel, fixedCosts, pareto, value, prompts, caching, batching, selfHost);
    }

    public Scenario withPrompts(PromptsSection value) {
        return new Scenario(name, description, workload, referenceModel, fixedCosts, pareto, routing, value, caching, batching, selfHost);
    }

    public Scenario withCaching(CachingSection value) {
        return new Scenario(name, description, workload, referenceModel, fixedCosts, pareto, routing, prompts, value, batching, selfHost);
    }

    public Scenario withBatching(BatchingSection value) {
        return new Scenario(name, description, workload, referenceModel, fixedCosts, pareto, routing, prompts, caching, value, selfHost);
    }

    public Scenario withSelfHost(SelfHostSection value) {
        return new Scenario(name, description, workload, referenceModel, fixedCosts, pareto, routing, prompts, caching, batching, value);
    }

    /**
     * What the current plan is called on the Pareto chart: the reference model, or the routing mix
     * when routing applies.
     */
    public String planName() {
        if (!routing.applies()) {
            return referenceModel.name();
        }
        int tiers = routing.tiers().size();
        return (routing.strategy() == RoutingStrategy.ROUTER ? "routed over " : "cascade over ") + tiers
                + (tiers == 1 ? " tier" : " tiers");
    }

    /**
     * The current plan's quality and latency for the Pareto chart: the routing mix's blended quality
     * and mean latency when routing applies (computed from the tiers, so always known); otherwise
     * the reference model's, as the user measured them. With the caches on, a wrong cached answer
     * counts as a failure, a cached answer takes no model time, and the semantic layer's lookup adds
     * its latency to every query that reaches it.
     */
    public ParetoPlan planMeasurements() {
        ParetoPlan model;
        if (routing.applies()) {
            RoutingMix mix = routing.mix(workload.inputTokensPerQuery(), workload.outputTokensPerQuery());
            model = new ParetoPlan(ParetoLimit.of(mix.quality()), ParetoLimit.of(mix.meanLatencyMs()));
        } else {
            model = pareto.plan();
        }
        if (!caching.enabled()) {
            return model;
        }
        ParetoLimit quality = model.quality();
        ParetoLimit latency = model.latencyMs();
        return new ParetoPlan(
                new ParetoLimit(quality.enabled(), quality.value() * (1 - caching.wrongShare())),
                new ParetoLimit(latency.enabled(), latency.value() * (1 - caching.servedShare())
                        + caching.embeddedShare() * caching.semantic().embeddingLatencyMs()));
    }

    /** The routing section's figures at this workload's tokens, against this reference model. */
    public RoutingFigures routingFigures() {
        double in = workload.inputTokensPerQuery();
        double out = workload.outputTokensPerQuery();
        return RoutingFigures.of(routing, in, out, referenceModel.usdPerCall(in, out));
    }

    /**
     * The API cost of one query of this plan before compression, caching and batching: the routing
     * mix when routing applies, otherwise the reference model. Affine in both token counts.
     */
    public double routedUsdPerQuery(double inputTokens, double outputTokens) {
        return routing.applies() ? routing.mix(inputTokens, outputTokens).usdPerQuery()
                : referenceModel.usdPerCall(inputTokens, outputTokens);
    }

    /** The prompts' counts and what each costs at this plan's volume and input price. */
    public PromptFigures promptFigures() {
        double in = workload.inputTokensPerQuery();
        double out = workload.outputTokensPerQuery();
        double usdPerInputToken = routedUsdPerQuery(1, 0) - routedUsdPerQuery(0, 0);
        double leverSavingPerQuery = routedUsdPerQuery(in, out) - routedUsdPerQuery(in * prompts.compressionFactor(), out);
        return new PromptFigures(prompts.tokens(), workload.queriesPerMonth(), usdPerInputToken,
                in * prompts.inputTokenShare(), workload.queriesPerMonth() * leverSavingPerQuery);
    }

    /**
     * The API cost of one call that reaches the model, after the levers before the caches and the
     * ones on the call itself: routing, compression, the provider's prompt cache and, for the
     * offline share, the batch API with packed prompts (the provider's cache is not counted on
     * batched calls: the discount is the batch API's).
     */
    public double usdPerModelCall() {
        double online = usdPerOnlineCall();
        double batched = batching.batchedShare();
        return batched == 0 ? online : (1 - batched) * online + batched * usdPerBatchedItem(batching.itemsPerPrompt());
    }

    /**
     * The API cost of one batched item at {@code itemsPerPrompt} items a prompt, all else as in this
     * plan (routing, compression, the batch discount on the tokens, retries of failed prompts).
     */
    public double usdPerBatchedItem(double itemsPerPrompt) {
        double in = compressedInputTokens();
        double out = workload.outputTokensPerQuery();
        double fixed = routedUsdPerQuery(0, 0);
        return batching.withItemsPerPrompt(itemsPerPrompt).usdPerItem(tokens -> routedUsdPerQuery(tokens, out) - fixed, fixed, in);
    }

    /** The API cost of one call sent at once, not batched (after routing, compression and the provider's cache). */
    public double usdPerOnlineCall() {
        return routedUsdPerQuery(caching.billedInputTokens(compressedInputTokens()), workload.outputTokensPerQuery());
    }

    /** Input tokens per call after the compression lever. */
    public double compressedInputTokens() {
        return workload.inputTokensPerQuery() * prompts.inputTokenFactor();
    }

    /** The caches' figures at this plan's volume and call cost. */
    public CachingFigures cachingFigures() {
        Scenario on = withCaching(caching.withEnabled(true));
        Scenario off = withCaching(caching.withEnabled(false));
        double saving = ScenarioEvaluator.evaluate(off).totalUsdPerMonth() - ScenarioEvaluator.evaluate(on).totalUsdPerMonth();
        return new CachingFigures(workload.queriesPerMonth() * (1 - caching.exactHitRate()), on.usdPerModelCall(),
                caching.semantic(), saving);
    }

    /** What batching takes off the monthly API cost when on, whether or not it is. */
    public double batchingSavingUsdPerMonth() {
        return ScenarioEvaluator.evaluate(withBatching(batching.withEnabled(false))).api().optimisedUsdPerMonth()
                - ScenarioEvaluator.evaluate(withBatching(batching.withEnabled(true))).api().optimisedUsdPerMonth();
    }

    /**
     * Self-hosting against the API on the same traffic. On the plan's basis the API side is the
     * optimised cost per query, and the self-hosted model sits behind the plan's caches and
     * compressed prompt as the API does: it serves only the calls that reach a model, every query
     * still pays the cache lookup, and wrong cached answers lower both sides' quality. On the
     * reference basis the API side is the reference model with no levers, and so is the traffic.
     */
    public SelfHostFigures selfHostFigures(Evaluation evaluation) {
        boolean plan = selfHost.apiBasis() == ApiBasis.PLAN;
        double queries = workload.queriesPerMonth();
        double in = plan ? compressedInputTokens() : workload.inputTokensPerQuery();
        double out = workload.outputTokensPerQuery();
        double apiPerQuery = plan ? (queries > 0 ? evaluation.api().optimisedUsdPerMonth() / queries : usdPerModelCall())
                : referenceModel.usdPerCall(in, out);
        double modelShare = plan ? 1 - caching.servedShare() : 1;
        double lookupPerQuery = plan ? caching.embeddedShare() * caching.semantic().embeddingUsdPerQuery() : 0;
        SelfHostCosts costs = SelfHostCosts.of(selfHost, in, out, workload.daysPerMonth(),
                fixedCosts.engineering().hourlyRateUsd(), modelShare, lookupPerQuery);
        ParetoLimit apiQuality = plan ? planMeasurements().quality() : pareto.plan().quality();
        double selfQuality = plan ? selfHost.quality() * (1 - caching.wrongShare()) : selfHost.quality();
        return new SelfHostFigures(selfHost, queries, apiPerQuery, costs, Breakeven.of(costs, apiPerQuery),
                modelShare * (in + out), selfQuality,
                apiQuality.enabled() ? OptionalDouble.of(apiQuality.value()) : OptionalDouble.empty());
    }
}
