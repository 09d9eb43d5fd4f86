package org.llmcostplanner.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.llmcostplanner.model.pareto.ParetoLimit;
import org.llmcostplanner.model.price.ModelPrice;
import org.llmcostplanner.model.routing.RouterOverhead;
import org.llmcostplanner.model.routing.RoutingSection;
import org.llmcostplanner.model.routing.RoutingStrategy;
import org.llmcostplanner.model.routing.RoutingTier;

/**
 * Scenarios built in code for tests and benchmarks, independent of {@link Scenario#untitled()} so
 * that a change to the default scenario cannot silently change what the pinned tests check.
 */
public final class TestScenarios {
    private TestScenarios() {
    }

    /**
     * The chapter's TCO example (Section 12.4, TCOModel): 10,000 queries a day, 500 input and
     * 200 output tokens, GPT-4o at $2.50 / $10.00 per 1M tokens, 30 days; infrastructure
     * 200 + 50 + 100 + 30; 80 engineering hours at $100; quality 500 + 200; the operational
     * category the chapter's code leaves out, at zero.
     */
    public static Scenario chapterExample() {
        return new Scenario("Chapter example", "",
                new Workload(10_000, 500, 200, 30),
                new ModelPrice("gpt-4o", 2.50, 10.00),
                new FixedCosts(
                        List.of(new LineItem("Vector DB", 200), new LineItem("Cache", 50),
                                new LineItem("Logging", 100), new LineItem("Storage", 30)),
                        new Engineering(100, List.of(new EngineeringTask("Engineering", 80))),
                        List.of(new LineItem("Human evaluation", 500), new LineItem("LLM-as-judge", 200)),
                        List.of(new LineItem("Monitoring", 0), new LineItem("Alerting", 0),
                                new LineItem("Incident response", 0), new LineItem("Compliance", 0))));
    }

    /**
     * The repository's {@code scenarios/saas-support.json}: the chapter example with its
     * 80 engineering hours split into three tasks (30 + 25 + 25) and operational lines
     * 150 + 100 + 300 + 200 USD per month.
     */
    public static Scenario saasSupport() {
        return new Scenario("SaaS support classifier", "",
                new Workload(10_000, 500, 200, 30),
                new ModelPrice("gpt-4o", 2.5, 10),
                new FixedCosts(
                        List.of(new LineItem("Vector DB (Pinecone / Qdrant Cloud)", 200),
                                new LineItem("Cache (Redis / Upstash)", 50),
                                new LineItem("Logging (LangSmith / Datadog)", 100),
                                new LineItem("Storage (S3, embeddings)", 30)),
                        new Engineering(100, List.of(
                                new EngineeringTask("Prompt development and evaluation", 30),
                                new EngineeringTask("Pipeline code and integration", 25),
                                new EngineeringTask("Maintenance and debugging", 25))),
                        List.of(new LineItem("Human evaluation", 500), new LineItem("LLM-as-judge runs", 200)),
                        List.of(new LineItem("Monitoring and dashboards", 150),
                                new LineItem("Alerting and on-call tooling", 100),
                                new LineItem("Incident response (3 h at $100)", 300),
                                new LineItem("Compliance and audit tooling", 200))));
    }

    /**
     * The routing section of {@code scenarios/saas-support.json} (switched off there): exercise
     * 12.4.4's tiers at 70/20/10, the router at 5 ms, a 92% target.
     */
    public static RoutingSection saasSupportRouting() {
        LocalDate day = LocalDate.of(2026, 11, 28);
        return new RoutingSection(false, RoutingStrategy.ROUTER, List.of(
                new RoutingTier("Easy: fine-tuned BERT", new ModelPrice("fine-tuned-bert", 0, 0), 0.0001, 0.70, 0.85, 25,
                        0.30, 0, 1),
                new RoutingTier("Medium: GPT-4o-mini", new ModelPrice("gpt-4o-mini", 0.15, 0.60, Optional.of(day)), 0, 0.20,
                        0.88, 400, 0.40, 0, 1),
                new RoutingTier("Hard: GPT-4o", new ModelPrice("gpt-4o", 2.50, 10.00, Optional.of(day)), 0, 0.10, 0.95, 600,
                        0, 0, 1)),
                new RouterOverhead(0, 5), ParetoLimit.of(0.92), ParetoLimit.off(1000));
    }
}
