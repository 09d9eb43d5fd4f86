package org.llmcostplanner.chart;

import java.util.List;
import org.llmcostplanner.model.Engineering;
import org.llmcostplanner.model.EngineeringTask;
import org.llmcostplanner.model.FixedCosts;
import org.llmcostplanner.model.LineItem;
import org.llmcostplanner.model.price.ModelPrice;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.model.Workload;

/** Scenarios for chart tests, mirroring scenarios/saas-support.json without reading it. */
final class TestScenarios {
    private TestScenarios() {
    }

    /**
     * 10,000/day, 500 in / 200 out at $2.50 / $10: API $975, infra $380, eng $8,000, quality $700, ops $750;
     * the routing tiers of exercise 12.4.4 (switched off).
     */
    static Scenario saasSupport() {
        return new Scenario("SaaS support classifier", "",
                new Workload(10_000, 500, 200, 30),
                new ModelPrice("gpt-4o", 2.50, 10.00),
                new FixedCosts(
                        List.of(new LineItem("Vector DB", 200), new LineItem("Cache", 50),
                                new LineItem("Logging", 100), new LineItem("Storage", 30)),
                        new Engineering(100, List.of(new EngineeringTask("Prompt development and evaluation", 30),
                                new EngineeringTask("Pipeline code and integration", 25),
                                new EngineeringTask("Maintenance and debugging", 25))),
                        List.of(new LineItem("Human evaluation", 500), new LineItem("LLM-as-judge runs", 200)),
                        List.of(new LineItem("Monitoring and dashboards", 150), new LineItem("Alerting and on-call tooling", 100),
                                new LineItem("Incident response", 300), new LineItem("Compliance and audit tooling", 200))))
                .withRouting(org.llmcostplanner.model.TestScenarios.saasSupportRouting());
    }

    /** No traffic cost and no fixed cost: every category is zero. */
    static Scenario empty() {
        return new Scenario("Empty", "", new Workload(10_000, 0, 0, 30), new ModelPrice("free", 0, 0),
                new FixedCosts(List.of(), new Engineering(0, List.of()), List.of(), List.of()));
    }

    static Scenario atVolume(Scenario scenario, double queriesPerDay) {
        return scenario.withWorkload(scenario.workload().withQueriesPerDay(queriesPerDay));
    }
}
