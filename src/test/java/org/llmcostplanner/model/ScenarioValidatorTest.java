package org.llmcostplanner.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.llmcostplanner.model.price.ModelPrice;
import org.llmcostplanner.model.selfhost.SelfHostSection;
import org.llmcostplanner.model.selfhost.Throughput;
import org.llmcostplanner.model.selfhost.ThroughputBasis;

class ScenarioValidatorTest {

    private static Scenario valid() {
        return TestScenarios.saasSupport();
    }

    private static UnaryOperator<Scenario> workload(UnaryOperator<Workload> edit) {
        return s -> s.withWorkload(edit.apply(s.workload()));
    }

    private static UnaryOperator<Scenario> model(UnaryOperator<ModelPrice> edit) {
        return s -> s.withReferenceModel(edit.apply(s.referenceModel()));
    }

    private static UnaryOperator<Scenario> line(CostCategory category, int index, UnaryOperator<LineItem> edit) {
        return s -> {
            List<LineItem> lines = new ArrayList<>(s.fixedCosts().lines(category));
            lines.set(index, edit.apply(lines.get(index)));
            return s.withFixedCosts(s.fixedCosts().withLines(category, lines));
        };
    }

    private static UnaryOperator<Scenario> engineering(UnaryOperator<Engineering> edit) {
        return s -> s.withFixedCosts(s.fixedCosts().withEngineering(edit.apply(s.fixedCosts().engineering())));
    }

    private static UnaryOperator<Scenario> task(int index, UnaryOperator<EngineeringTask> edit) {
        return engineering(e -> {
            List<EngineeringTask> tasks = new ArrayList<>(e.tasks());
            tasks.set(index, edit.apply(tasks.get(index)));
            return e.withTasks(tasks);
        });
    }

    private static UnaryOperator<Scenario> selfHost(UnaryOperator<SelfHostSection> edit) {
        return s -> s.withSelfHost(edit.apply(s.selfHost()));
    }

    private static UnaryOperator<Scenario> throughput(UnaryOperator<Throughput> edit) {
        return selfHost(h -> h.withThroughput(edit.apply(h.throughput())));
    }

    static Stream<Arguments> invalidValues() {
        double nan = Double.NaN;
        double inf = Double.POSITIVE_INFINITY;
        return Stream.of(
                Arguments.of("name", (UnaryOperator<Scenario>) s -> s.withName("  "), "must not be empty"),
                Arguments.of("workload.queriesPerDay", workload(w -> w.withQueriesPerDay(0)), "must be between 1 and 10000000000 (was 0)"),
                Arguments.of("workload.queriesPerDay", workload(w -> w.withQueriesPerDay(nan)), "must be a finite number"),
                Arguments.of("workload.queriesPerDay", workload(w -> w.withQueriesPerDay(inf)), "must be a finite number"),
                Arguments.of("workload.queriesPerDay", workload(w -> w.withQueriesPerDay(2e10)), "must be between 1 and 10000000000 (was 20000000000)"),
                Arguments.of("workload.inputTokensPerQuery", workload(w -> w.withInputTokensPerQuery(-1)), "must not be negative (was -1)"),
                Arguments.of("workload.outputTokensPerQuery", workload(w -> w.withOutputTokensPerQuery(10_000_001)), "must be between 0 and 10000000 (was 10000001)"),
                Arguments.of("workload.outputTokensPerQuery", workload(w -> w.withOutputTokensPerQuery(Double.NEGATIVE_INFINITY)), "must be a finite number"),
                Arguments.of("workload.daysPerMonth", workload(w -> w.withDaysPerMonth(32)), "must be between 1 and 31 (was 32)"),
                Arguments.of("workload.daysPerMonth", workload(w -> w.withDaysPerMonth(0.5)), "must be between 1 and 31 (was 0.5)"),
                Arguments.of("referenceModel.name", model(m -> m.withName("")), "must not be empty"),
                Arguments.of("referenceModel.inputUsdPer1MTokens", model(m -> m.withInputUsdPer1MTokens(-2.5)), "must not be negative (was -2.5)"),
                Arguments.of("referenceModel.outputUsdPer1MTokens", model(m -> m.withOutputUsdPer1MTokens(nan)), "must be a finite number"),
                Arguments.of("referenceModel.outputUsdPer1MTokens", model(m -> m.withOutputUsdPer1MTokens(10_001)), "must be between 0 and 10000 (was 10001)"),
                Arguments.of("fixedCosts.infrastructure[0].name", line(CostCategory.INFRASTRUCTURE, 0, l -> l.withName("")), "must not be empty"),
                Arguments.of("fixedCosts.infrastructure[2].usdPerMonth", line(CostCategory.INFRASTRUCTURE, 2, l -> l.withUsdPerMonth(-100)), "must not be negative (was -100)"),
                Arguments.of("fixedCosts.engineering.hourlyRateUsd", engineering(e -> e.withHourlyRateUsd(-1)), "must not be negative (was -1)"),
                Arguments.of("fixedCosts.engineering.hourlyRateUsd", engineering(e -> e.withHourlyRateUsd(inf)), "must be a finite number"),
                Arguments.of("fixedCosts.engineering.tasks[1].name", task(1, t -> t.withName(" ")), "must not be empty"),
                Arguments.of("fixedCosts.engineering.tasks[2].hoursPerMonth", task(2, t -> t.withHoursPerMonth(-25)), "must not be negative (was -25)"),
                Arguments.of("fixedCosts.engineering.tasks[0].hoursPerMonth", task(0, t -> t.withHoursPerMonth(nan)), "must be a finite number"),
                Arguments.of("fixedCosts.engineering.tasks[0].hoursPerMonth", task(0, t -> t.withHoursPerMonth(1_000_001)), "must be between 0 and 1000000 (was 1000001)"),
                Arguments.of("fixedCosts.quality[1].usdPerMonth", line(CostCategory.QUALITY, 1, l -> l.withUsdPerMonth(-200)), "must not be negative (was -200)"),
                Arguments.of("fixedCosts.quality[1].usdPerMonth", line(CostCategory.QUALITY, 1, l -> l.withUsdPerMonth(nan)), "must be a finite number"),
                Arguments.of("fixedCosts.quality[0].name", line(CostCategory.QUALITY, 0, l -> l.withName("")), "must not be empty"),
                Arguments.of("fixedCosts.operational[3].usdPerMonth", line(CostCategory.OPERATIONAL, 3, l -> l.withUsdPerMonth(2e9)), "must be between 0 and 1000000000 (was 2000000000)"),
                Arguments.of("fixedCosts.operational[0].usdPerMonth", line(CostCategory.OPERATIONAL, 0, l -> l.withUsdPerMonth(Double.NEGATIVE_INFINITY)), "must be a finite number"),
                Arguments.of("selfHost.modelName", selfHost(h -> h.withModelName(" ")), "must not be empty"),
                Arguments.of("selfHost.quality", selfHost(h -> h.withQuality(1.5)), "must be between 0 and 1 (was 1.5)"),
                Arguments.of("selfHost.gpuUsdPerHour", selfHost(h -> h.withGpuUsdPerHour(-1)), "must not be negative (was -1)"),
                Arguments.of("selfHost.gpuUsdPerHour", selfHost(h -> h.withGpuUsdPerHour(nan)), "must be a finite number"),
                Arguments.of("selfHost.gpusPerReplica", selfHost(h -> h.withGpusPerReplica(2_000)), "must be between 0 and 1024 (was 2000)"),
                Arguments.of("selfHost.throughput.inputTokensPerSecond", throughput(t -> t.withInputTokensPerSecond(0)), "must be above 0: a replica with no throughput serves nothing"),
                Arguments.of("selfHost.throughput.outputTokensPerSecond", throughput(t -> t.withOutputTokensPerSecond(-0.0)), "must be above 0: a replica with no throughput serves nothing"),
                Arguments.of("selfHost.throughput.outputTokensPerSecond", throughput(t -> t.withOutputTokensPerSecond(-5)), "must not be negative (was -5)"),
                Arguments.of("selfHost.throughput.requestsPerSecond", throughput(t -> t.withBasis(ThroughputBasis.REQUESTS).withRequestsPerSecond(0)), "must be above 0: a replica with no throughput serves nothing"),
                Arguments.of("selfHost.throughput.requestsPerSecond", throughput(t -> t.withBasis(ThroughputBasis.REQUESTS).withRequestsPerSecond(0.005)), "must be at least 0.01 (was 0.005): slower replicas would need more than any plan could count"),
                Arguments.of("selfHost.throughput.requestsPerSecond", throughput(t -> t.withRequestsPerSecond(inf)), "must be a finite number"),
                Arguments.of("selfHost.targetUtilisation", selfHost(h -> h.withTargetUtilisation(0)), "must be between 0.01 and 1 (was 0)"),
                Arguments.of("selfHost.targetUtilisation", selfHost(h -> h.withTargetUtilisation(70)), "must be between 0.01 and 1 (was 70)"),
                Arguments.of("selfHost.peakToAverage", selfHost(h -> h.withPeakToAverage(0.5)), "must be between 1 and 1000 (was 0.5)"),
                Arguments.of("selfHost.minReplicas", selfHost(h -> h.withMinReplicas(1.5)), "must be a whole number (was 1.5)"),
                Arguments.of("selfHost.minReplicas", selfHost(h -> h.withMinReplicas(inf)), "must be a finite number"),
                Arguments.of("selfHost.storageUsdPerMonth", selfHost(h -> h.withStorageUsdPerMonth(-50)), "must not be negative (was -50)"),
                Arguments.of("selfHost.engineeringHoursPerMonth", selfHost(h -> h.withEngineeringHoursPerMonth(1_000_001)), "must be between 0 and 1000000 (was 1000001)"));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("invalidValues")
    void eachInvalidValueYieldsOneProblemAtItsPath(String path, UnaryOperator<Scenario> edit, String message) {
        List<Problem> problems = ScenarioValidator.problems(edit.apply(valid()));

        assertEquals(List.of(new Problem(path, message)), problems);
    }

    @Test
    void validScenariosHaveNoProblems() {
        assertEquals(List.of(), ScenarioValidator.problems(TestScenarios.saasSupport()));
        assertEquals(List.of(), ScenarioValidator.problems(TestScenarios.chapterExample()));
        assertEquals(List.of(), ScenarioValidator.problems(Scenario.untitled()));
    }

    @Test
    void boundaryValuesAreValid() {
        Scenario edges = valid()
                .withWorkload(new Workload(1, 0, 10_000_000, 31))
                .withReferenceModel(new ModelPrice("m", 0, 10_000));
        Scenario edges2 = edges.withWorkload(new Workload(1e10, 10_000_000, 0, 1))
                .withFixedCosts(new FixedCosts(List.of(new LineItem("x", 0)), new Engineering(10_000,
                        List.of(new EngineeringTask("t", 1e6))), List.of(new LineItem("q", 1e9)), List.of()));

        assertEquals(List.of(), ScenarioValidator.problems(edges));
        assertEquals(List.of(), ScenarioValidator.problems(edges2));
    }

    @Test
    void emptyListsAreValid() {
        Scenario bare = valid().withFixedCosts(new FixedCosts(List.of(), new Engineering(0, List.of()), List.of(), List.of()));

        assertTrue(ScenarioValidator.problems(bare).isEmpty());
    }

    @Test
    void problemsComeInFileOrder() {
        Scenario broken = line(CostCategory.OPERATIONAL, 0, l -> l.withUsdPerMonth(-1))
                .andThen(task(0, t -> t.withHoursPerMonth(-1)))
                .andThen(workload(w -> w.withDaysPerMonth(0)))
                .andThen(s -> s.withName(""))
                .apply(valid());

        List<String> paths = ScenarioValidator.problems(broken).stream().map(Problem::path).toList();

        assertEquals(List.of("name", "workload.daysPerMonth", "fixedCosts.engineering.tasks[0].hoursPerMonth",
                "fixedCosts.operational[0].usdPerMonth"), paths);
    }

    @Test
    void throughputTheChosenBasisDoesNotCountMayBeZero() {
        Scenario tokens = throughput(t -> t.withRequestsPerSecond(0)).apply(valid());
        Scenario requests = throughput(t -> t.withBasis(ThroughputBasis.REQUESTS).withInputTokensPerSecond(0)
                .withOutputTokensPerSecond(0)).apply(valid());

        assertEquals(List.of(), ScenarioValidator.problems(tokens));
        assertEquals(List.of(), ScenarioValidator.problems(requests));
    }

    @Test
    void selfHostProblemsComeInFileOrder() {
        Scenario broken = selfHost(h -> h.withMinReplicas(0.5).withTargetUtilisation(2).withModelName("")
                .withThroughput(h.throughput().withOutputTokensPerSecond(0))).apply(valid());

        List<String> paths = ScenarioValidator.problems(broken).stream().map(Problem::path).toList();

        assertEquals(List.of("selfHost.modelName", "selfHost.throughput.outputTokensPerSecond", "selfHost.targetUtilisation",
                "selfHost.minReplicas"), paths);
    }

    @Test
    void switchingTheBasisToAThroughputOfZeroIsAnEditsProblem() {
        Scenario noRequests = throughput(t -> t.withRequestsPerSecond(0)).apply(valid());

        assertEquals(java.util.Optional.of("Requests per second must be above 0: a replica with no throughput serves nothing"),
                ScenarioValidator.introduced(noRequests, throughput(t -> t.withBasis(ThroughputBasis.REQUESTS)).apply(noRequests)));
    }

    @Test
    void problemReadsAsPathColonMessage() {
        assertEquals("workload.daysPerMonth: must be between 1 and 31 (was 32)",
                new Problem("workload.daysPerMonth", "must be between 1 and 31 (was 32)").toString());
    }

    @Test
    void anEditIsJudgedByTheProblemsItAdds() {
        // 6 items at 50% failing is allowed; 7 is not, and neither is 60% failing at 6 items.
        Scenario six = Scenario.untitled().withBatching(new org.llmcostplanner.model.batching.BatchingSection(
                true, 1, 0.5, 6, 0, 0.5, 24));
        assertEquals(java.util.Optional.empty(), ScenarioValidator.introduced(six, six));
        String tooMany = "Items per prompt is too many at an item failure rate of 60.0%: 99.6% of packed prompts would"
                + " fail, each sent over 100 times on average; pack fewer items or lower the failure rate";
        assertEquals(java.util.Optional.of(tooMany),
                ScenarioValidator.introduced(six, six.withBatching(six.batching().withItemFailureRate(0.6))));
        // A problem the plan had already is not the edit's.
        Scenario unnamed = six.withName(" ");
        assertEquals(java.util.Optional.empty(), ScenarioValidator.introduced(unnamed,
                unnamed.withBatching(six.batching().withOfflineShare(0.5))));
    }
}
