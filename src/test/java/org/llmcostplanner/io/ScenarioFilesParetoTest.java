package org.llmcostplanner.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.model.pareto.ParetoAnalysis;
import org.llmcostplanner.model.pareto.ParetoConfiguration;
import org.llmcostplanner.model.pareto.ParetoLimit;
import org.llmcostplanner.model.pareto.ParetoPlan;
import org.llmcostplanner.model.pareto.ParetoSection;
import org.llmcostplanner.model.price.ModelPrice;
import org.llmcostplanner.model.batching.BatchingSection;
import org.llmcostplanner.model.caching.CachingSection;
import org.llmcostplanner.model.prompt.PromptsSection;
import org.llmcostplanner.model.routing.RoutingSection;
import org.llmcostplanner.model.selfhost.SelfHostSection;

class ScenarioFilesParetoTest {
    private static final Path BUNDLED = Path.of("scenarios", "saas-support.json");

    @Test
    void theBundledScenarioCarriesTheChaptersTenConfigurationsAndRecommendsTheHybrid() throws Exception {
        ParetoSection pareto = ScenarioFiles.read(BUNDLED).pareto();
        assertEquals(10, pareto.configurations().size());
        ParetoAnalysis analysis = pareto.analyse();
        assertEquals(List.of("TF-IDF + LogReg", "Fine-tuned DistilBERT", "Fine-tuned BERT-base", "Hybrid (BERT + GPT-4o)",
                "GPT-4o (few-shot)", "Claude Opus (few-shot)"),
                analysis.frontier().stream().map(ParetoConfiguration::name).toList());
        assertEquals("Hybrid (BERT + GPT-4o)", pareto.configurations().get(analysis.recommended().orElseThrow()).name());
    }

    @Test
    void aVersionOneFileOpensWithAnEmptyParetoSectionAndSavesAsTheCurrentVersion() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = (ObjectNode) mapper.readTree(Files.readString(BUNDLED));
        root.remove("pareto");
        withoutVersion4(root);
        root.put("schemaVersion", 1);
        Scenario old = ScenarioFiles.read(mapper.writeValueAsString(root), "old.json");
        assertEquals(ParetoSection.EMPTY, old.pareto());
        assertEquals(asVersion3(ScenarioFiles.read(BUNDLED)).withPareto(ParetoSection.EMPTY), old);
        assertTrue(ScenarioFiles.toJson(old).startsWith("{\n  \"schemaVersion\" : 7,"));
    }

    @Test
    void aVersionTwoFileOpensWithThePlanNotMeasured() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = (ObjectNode) mapper.readTree(Files.readString(BUNDLED));
        ((ObjectNode) root.get("pareto")).remove("plan");
        withoutVersion4(root);
        root.put("schemaVersion", 2);
        Scenario old = ScenarioFiles.read(mapper.writeValueAsString(root), "old.json");
        Scenario bundled = asVersion3(ScenarioFiles.read(BUNDLED));
        assertEquals(new ParetoPlan(ParetoLimit.off(0.90), ParetoLimit.off(500)), old.pareto().plan());
        assertEquals(bundled.withPareto(bundled.pareto().withPlan(ParetoPlan.UNMEASURED)), old);
    }

    @Test
    void aVersionThreeFileOpensWithoutRoutingAndWithHandTypedReferencePrices() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = (ObjectNode) mapper.readTree(Files.readString(BUNDLED));
        withoutVersion4(root);
        root.put("schemaVersion", 3);

        Scenario old = ScenarioFiles.read(mapper.writeValueAsString(root), "old.json");

        assertEquals(RoutingSection.EMPTY, old.routing());
        assertEquals(Optional.empty(), old.referenceModel().pricesAsOf());
        assertEquals(asVersion3(ScenarioFiles.read(BUNDLED)), old);
    }

    @Test
    void aVersionFourFileOpensWithThePromptsSectionOffAndEmpty() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = (ObjectNode) mapper.readTree(Files.readString(BUNDLED));
        root.remove("prompts");
        root.remove("caching");
        root.remove("batching");
        root.remove("selfHost");
        root.put("schemaVersion", 4);

        Scenario old = ScenarioFiles.read(mapper.writeValueAsString(root), "old.json");

        assertEquals(PromptsSection.EMPTY, old.prompts());
        assertEquals(ScenarioFiles.read(BUNDLED).withPrompts(PromptsSection.EMPTY).withCaching(CachingSection.EMPTY)
                .withBatching(BatchingSection.EMPTY), old);
    }

    @Test
    void aVersionFiveFileOpensWithCachingAndBatchingOff() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = (ObjectNode) mapper.readTree(Files.readString(BUNDLED));
        root.remove("caching");
        root.remove("batching");
        root.remove("selfHost");
        root.put("schemaVersion", 5);

        Scenario old = ScenarioFiles.read(mapper.writeValueAsString(root), "old.json");

        assertEquals(CachingSection.EMPTY, old.caching());
        assertEquals(BatchingSection.EMPTY, old.batching());
        assertEquals(ScenarioFiles.read(BUNDLED).withCaching(CachingSection.EMPTY).withBatching(BatchingSection.EMPTY), old);
    }

    @Test
    void aVersionSixFileOpensWithTheDefaultSelfHostSection() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = (ObjectNode) mapper.readTree(Files.readString(BUNDLED));
        root.remove("selfHost");
        root.put("schemaVersion", 6);

        Scenario old = ScenarioFiles.read(mapper.writeValueAsString(root), "old.json");

        assertEquals(SelfHostSection.DEFAULT, old.selfHost());
        assertEquals(ScenarioFiles.read(BUNDLED).withSelfHost(SelfHostSection.DEFAULT), old);
        assertTrue(ScenarioFiles.toJson(old).startsWith("{\n  \"schemaVersion\" : 7,"));
    }

    /** Takes out what schemas 4 to 7 added: routing, the reference model's price date, prompts, caching, batching, self-hosting. */
    private static void withoutVersion4(ObjectNode root) {
        root.remove("routing");
        root.remove("prompts");
        root.remove("caching");
        root.remove("batching");
        root.remove("selfHost");
        ((ObjectNode) root.get("referenceModel")).remove("pricesAsOf");
    }

    /** The scenario a version-3 file of the same plan opens as. */
    private static Scenario asVersion3(Scenario current) {
        ModelPrice reference = current.referenceModel();
        return current.withRouting(RoutingSection.EMPTY).withPrompts(PromptsSection.EMPTY).withCaching(CachingSection.EMPTY)
                .withBatching(BatchingSection.EMPTY).withReferenceModel(
                new ModelPrice(reference.name(), reference.inputUsdPer1MTokens(), reference.outputUsdPer1MTokens()));
    }

    @Test
    void theBundledPlanCarriesTheChaptersGpt4oMeasurement() throws Exception {
        assertEquals(new ParetoPlan(ParetoLimit.of(0.93), ParetoLimit.of(600)), ScenarioFiles.read(BUNDLED).pareto().plan());
    }

    @Test
    void badParetoValuesAreRefusedWithTheirPathAndLine() throws Exception {
        String good = Files.readString(BUNDLED);
        ScenarioFileException quality = fails(good.replaceFirst("\"quality\" : 0.72", "\"quality\" : 72"));
        assertEquals("pareto.configurations[0].quality", quality.field());
        assertTrue(quality.reason().contains("must be between 0 and 1 (was 72)"), quality.reason());
        assertTrue(quality.line() > 70, "points at the configuration, line " + quality.line());

        ScenarioFileException objectives = fails(good.replace("\"objectives\" : \"cost,quality\"", "\"objectives\" : \"speed\""));
        assertEquals("pareto.objectives", objectives.field());
        assertTrue(objectives.reason().contains("must be one of cost,quality or cost,quality,latency, not 'speed'"),
                objectives.reason());

        ScenarioFileException rule = fails(good.replace("\"rule\" : \"cheapest\"", "\"rule\" : \"fastest\""));
        assertEquals("pareto.rule", rule.field());
        assertTrue(rule.reason().contains("must be \"cheapest\" or \"highest-quality\", not 'fastest'"), rule.reason());
    }

    private static ScenarioFileException fails(String json) {
        return assertThrows(ScenarioFileException.class, () -> ScenarioFiles.read(json, "bad.json"));
    }
}
