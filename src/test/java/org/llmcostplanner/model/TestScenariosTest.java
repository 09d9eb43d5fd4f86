package org.llmcostplanner.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.llmcostplanner.model.routing.RoutingSection;
import org.llmcostplanner.model.routing.RoutingTier;
import org.llmcostplanner.model.price.ModelPrice;

/** The scenarios the pinned tests use are the ones the product ships. */
class TestScenariosTest {

    private static List<LineItem> lines(JsonNode array) {
        List<LineItem> lines = new ArrayList<>();
        array.forEach(line -> lines.add(new LineItem(line.get("name").asText(), line.get("usdPerMonth").asDouble())));
        return lines;
    }

    @Test
    void saasSupportIsTheRepositoryScenarioFile() throws IOException {
        // Read with a plain JSON tree, not the io package's reader, so this checks the file's figures only.
        JsonNode root = new ObjectMapper().readTree(Path.of("scenarios", "saas-support.json").toFile());
        JsonNode workload = root.get("workload");
        JsonNode model = root.get("referenceModel");
        JsonNode fixed = root.get("fixedCosts");
        List<EngineeringTask> tasks = new ArrayList<>();
        fixed.get("engineering").get("tasks").forEach(task ->
                tasks.add(new EngineeringTask(task.get("name").asText(), task.get("hoursPerMonth").asDouble())));
        Scenario fromFile = new Scenario(root.get("name").asText(), "",
                new Workload(workload.get("queriesPerDay").asDouble(), workload.get("inputTokensPerQuery").asDouble(),
                        workload.get("outputTokensPerQuery").asDouble(), workload.get("daysPerMonth").asDouble()),
                new ModelPrice(model.get("name").asText(), model.get("inputUsdPer1MTokens").asDouble(),
                        model.get("outputUsdPer1MTokens").asDouble()),
                new FixedCosts(lines(fixed.get("infrastructure")),
                        new Engineering(fixed.get("engineering").get("hourlyRateUsd").asDouble(), tasks),
                        lines(fixed.get("quality")), lines(fixed.get("operational"))));

        assertEquals(fromFile, TestScenarios.saasSupport());
    }

    @Test
    void saasSupportRoutingIsTheRepositoryScenarioFiles() throws IOException {
        JsonNode routing = new ObjectMapper().readTree(Path.of("scenarios", "saas-support.json").toFile()).get("routing");
        RoutingSection expected = TestScenarios.saasSupportRouting();

        assertEquals(expected.enabled(), routing.get("enabled").asBoolean());
        assertEquals(expected.router().latencyMs(), routing.get("router").get("latencyMs").asDouble());
        assertEquals(expected.targetQuality().value(), routing.get("targetQuality").get("value").asDouble());
        assertEquals(expected.tiers().size(), routing.get("tiers").size());
        for (int i = 0; i < expected.tiers().size(); i++) {
            RoutingTier tier = expected.tiers().get(i);
            JsonNode node = routing.get("tiers").get(i);
            assertEquals(tier.name(), node.get("name").asText());
            assertEquals(tier.model().name(), node.get("model").get("name").asText());
            assertEquals(tier.model().inputUsdPer1MTokens(), node.get("model").get("inputUsdPer1MTokens").asDouble());
            assertEquals(tier.model().outputUsdPer1MTokens(), node.get("model").get("outputUsdPer1MTokens").asDouble());
            assertEquals(tier.usdPerQueryFlat(), node.get("usdPerQueryFlat").asDouble());
            assertEquals(tier.share(), node.get("share").asDouble());
            assertEquals(tier.quality(), node.get("quality").asDouble());
            assertEquals(tier.latencyMs(), node.get("latencyMs").asDouble());
            assertEquals(tier.escalationRate(), node.get("escalationRate").asDouble());
        }
    }

    @Test
    void chapterExampleIsTheUntitledScenarioApartFromNames() {
        Scenario untitled = Scenario.untitled();
        Scenario chapter = TestScenarios.chapterExample();

        assertEquals(untitled.workload(), chapter.workload());
        assertEquals(untitled.referenceModel(), chapter.referenceModel());
        assertEquals(ScenarioEvaluator.evaluate(untitled), ScenarioEvaluator.evaluate(chapter));
    }
}
