package org.llmcostplanner.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.model.selfhost.ApiBasis;
import org.llmcostplanner.model.selfhost.SelfHostSection;
import org.llmcostplanner.model.selfhost.Throughput;
import org.llmcostplanner.model.selfhost.ThroughputBasis;

class ScenarioFilesRoundTripTest {

    static Stream<Path> bundledScenarios() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("scenarios"))) {
            List<Path> json = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
            assertFalse(json.isEmpty(), "the repository ships example scenarios");
            return json.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("bundledScenarios")
    void everyBundledScenarioSavesByteIdenticalAndReloadsEqual(Path file) throws Exception {
        Scenario loaded = ScenarioFiles.read(file);
        String saved = ScenarioFiles.toJson(loaded);

        assertEquals(Files.readString(file, StandardCharsets.UTF_8), saved);
        assertEquals(loaded, ScenarioFiles.read(saved, file.toString()));
        assertEquals(saved, ScenarioFiles.toJson(ScenarioFiles.read(saved, file.toString())));
    }

    @ParameterizedTest
    @MethodSource("bundledScenarios")
    void everyBundledScenarioIsPackedAsAResource(Path file) throws Exception {
        assertEquals(ScenarioFiles.read(file), ScenarioFiles.readResource("scenarios/" + file.getFileName()));
    }

    @Test
    void savedTextIsCanonical() {
        String json = ScenarioFiles.toJson(Scenario.untitled());

        assertTrue(json.startsWith("{\n  \"schemaVersion\" : 7,\n  \"name\" : \"Untitled\",\n"));
        assertTrue(json.endsWith("}\n"));
        assertFalse(json.contains("\r"));
        assertTrue(json.contains("\"queriesPerDay\" : 10000,"), "whole numbers have no fraction");
        assertTrue(json.contains("\"inputUsdPer1MTokens\" : 2.5,"));
    }

    @Test
    void theSelfHostSectionComesLastWithItsKeysInTheDocumentedOrder() {
        String json = ScenarioFiles.toJson(Scenario.untitled());

        assertTrue(json.endsWith("""
                  "selfHost" : {
                    "modelName" : "Llama 3.1 8B Instruct (vLLM)",
                    "quality" : 0.88,
                    "gpuUsdPerHour" : 1.2,
                    "gpusPerReplica" : 1,
                    "throughput" : {
                      "basis" : "tokens",
                      "inputTokensPerSecond" : 10000,
                      "outputTokensPerSecond" : 2000,
                      "requestsPerSecond" : 5
                    },
                    "targetUtilisation" : 0.7,
                    "peakToAverage" : 3,
                    "minReplicas" : 2,
                    "monitoringUsdPerMonth" : 150,
                    "storageUsdPerMonth" : 50,
                    "networkingUsdPerMonth" : 100,
                    "engineeringHoursPerMonth" : 20,
                    "apiBasis" : "plan"
                  }
                }
                """), json);
    }

    @Test
    void aSelfHostSectionOnRequestsAgainstTheReferenceModelReloadsEqual() throws Exception {
        SelfHostSection section = new SelfHostSection("Qwen2.5 72B (TGI)", 0.915, 2.49, 4,
                new Throughput(ThroughputBasis.REQUESTS, 0, 0, 12.5), 0.65, 4.5, 3, 0, 80.25, 0, 35, ApiBasis.REFERENCE);
        Scenario scenario = Scenario.untitled().withSelfHost(section);

        String json = ScenarioFiles.toJson(scenario);

        assertTrue(json.contains("\"basis\" : \"requests\","), json);
        assertTrue(json.contains("\"apiBasis\" : \"reference\""), json);
        assertEquals(scenario, ScenarioFiles.read(json, "t.json"));
    }

    @Test
    void numbersUseTheShortestFormThatReadsBackExactly() throws Exception {
        Scenario scenario = Scenario.untitled().withReferenceModel(
                Scenario.untitled().referenceModel().withInputUsdPer1MTokens(0.1 + 0.2).withOutputUsdPer1MTokens(0.15));
        String json = ScenarioFiles.toJson(scenario);

        assertTrue(json.contains("\"inputUsdPer1MTokens\" : 0.30000000000000004,"), json);
        assertTrue(json.contains("\"outputUsdPer1MTokens\" : 0.15,"), json);
        assertEquals(scenario, ScenarioFiles.read(json, "t.json"));
    }

    @Test
    void negativeZeroKeepsItsSignSoTheScenarioReloadsEqual() throws Exception {
        Scenario scenario = Scenario.untitled().withWorkload(Scenario.untitled().workload().withInputTokensPerQuery(-0.0));

        assertEquals(scenario, ScenarioFiles.read(ScenarioFiles.toJson(scenario), "t.json"));
    }

    @Test
    void nonAsciiTextIsWrittenAsUtf8AndReadBack() throws Exception {
        Path file = Files.createTempDirectory("io-test").resolve("ünïcode.json");
        Scenario scenario = Scenario.untitled().withName("Kundenservice – Zürich €").withDescription("line 1\nline \"2\"\t✓");

        ScenarioFiles.write(scenario, file);

        assertTrue(Files.readString(file, StandardCharsets.UTF_8).contains("\"Kundenservice – Zürich €\""));
        assertEquals(scenario, ScenarioFiles.read(file));
    }

    @Test
    void unknownKeysAreIgnored() throws Exception {
        String json = Files.readString(Path.of("scenarios/saas-support.json"))
                .replace("\"name\" : \"gpt-4o\",", "\"name\" : \"gpt-4o\", \"provider\" : {\"id\" : [1, 2]},");

        assertEquals(ScenarioFiles.read(Path.of("scenarios/saas-support.json")), ScenarioFiles.read(json, "x.json"));
    }

    @Test
    void aByteOrderMarkFromWindowsEditorsIsAccepted() throws Exception {
        String json = Files.readString(Path.of("scenarios/saas-support.json"));

        assertEquals(ScenarioFiles.read(json, "a.json"), ScenarioFiles.read("\uFEFF" + json, "b.json"));
    }
}
