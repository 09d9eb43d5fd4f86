package org.llmcostplanner.model.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.llmcostplanner.model.usage.UsageRecords.call;
import static org.llmcostplanner.model.usage.UsageRecords.retry;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.model.TestScenarios;
import org.llmcostplanner.model.Workload;
import org.llmcostplanner.model.routing.RoutingStrategy;
import org.llmcostplanner.model.routing.RoutingTier;

/**
 * Calibration and plan vs actual by hand, on saas-support's router tiers (fine-tuned-bert,
 * gpt-4o-mini, gpt-4o at 70/20/10, routing off) and logs over 1 to 3 March (the 2nd without calls):
 * four gpt-4o-mini queries of 400 + 100 tokens at $0.0001, two gpt-4o queries of 1,000 + 300 tokens
 * at $0.0055 and one retry of those.
 */
class UsageCalibrationTest {
    private static List<UsageRecord> logs() {
        List<UsageRecord> records = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            records.add(call("2026-03-0" + (i < 2 ? 1 : 3) + "T10:00:00Z", "gpt-4o-mini", "chat", "", 400, 100, 300, 0.0001));
        }
        records.add(call("2026-03-01T11:00:00Z", "gpt-4o", "chat", "", 1000, 300, 900, 0.0055));
        records.add(call("2026-03-03T11:00:00Z", "gpt-4o", "chat", "", 1000, 300, 900, 0.0055));
        records.add(retry(call("2026-03-03T11:01:00Z", "gpt-4o", "chat", "", 1000, 300, 900, 0.0055)));
        return records;
    }

    private static UsageDashboard dashboard(List<UsageRecord> records) {
        return UsageRecords.aggregate(ZoneOffset.UTC, records).dashboard(UsageFilter.ALL, 10);
    }

    private static Scenario routedPlan() {
        return TestScenarios.saasSupport().withRouting(TestScenarios.saasSupportRouting());
    }

    @Test
    void proposesTheWorkloadAndTheRoutersSharesByHand() {
        // 6 queries over 3 days: 2 a day. Input (4 x 400 + 2 x 1,000) / 6 = 600; output (4 x 100 + 2 x 300) / 6 = 166.67.
        // Shares: gpt-4o-mini 4 / 6, gpt-4o 2 / 6, fine-tuned-bert none.
        CalibrationPreview preview = UsageCalibration.propose(dashboard(logs()), routedPlan());

        List<CalibrationChange> expected = List.of(
                new CalibrationChange("workload.queriesPerDay", "Queries per day", "queries / day", 10_000, 2),
                new CalibrationChange("workload.inputTokensPerQuery", "Input tokens per query", "tokens", 500, 600),
                new CalibrationChange("workload.outputTokensPerQuery", "Output tokens per query", "tokens", 200, 1000 / 6.0),
                new CalibrationChange("routing.tiers[0].share", "Tier 'Easy: fine-tuned BERT' share", "%", 70, 0),
                new CalibrationChange("routing.tiers[1].share", "Tier 'Medium: GPT-4o-mini' share", "%", 20, 400 / 6.0),
                new CalibrationChange("routing.tiers[2].share", "Tier 'Hard: GPT-4o' share", "%", 10, 200 / 6.0));
        assertChanges(expected, preview.changes());
        assertEquals(List.of(new ModelShare("gpt-4o", 2, 2 / 6.0, OptionalInt.of(2)),
                new ModelShare("gpt-4o-mini", 4, 4 / 6.0, OptionalInt.of(1))), preview.modelShares());
        assertEquals(List.of("Retries (1 call, 32.5% of the cost) are not counted as queries; plan vs actual shows their cost.",
                "Routing is off in the plan: the shares take effect when it is switched on."), preview.notes());
    }

    /** Everything exactly but the proposed values, to 1e-9: 1000 / 6 computed two ways may differ in the last bit. */
    private static void assertChanges(List<CalibrationChange> expected, List<CalibrationChange> actual) {
        assertEquals(expected.size(), actual.size(), actual.toString());
        for (int i = 0; i < expected.size(); i++) {
            CalibrationChange want = expected.get(i);
            CalibrationChange got = actual.get(i);
            assertEquals(List.of(want.path(), want.label(), want.unit()), List.of(got.path(), got.label(), got.unit()));
            assertEquals(want.currentValue(), got.currentValue());
            assertEquals(want.proposedValue(), got.proposedValue(), 1e-9, want.path());
        }
    }

    @Test
    void applyingSetsTheWorkloadAndTheShares() {
        Scenario calibrated = UsageCalibration.propose(dashboard(logs()), routedPlan()).applyTo(routedPlan());

        Workload workload = calibrated.workload();
        assertEquals(2, workload.queriesPerDay(), 1e-12);
        assertEquals(600, workload.inputTokensPerQuery(), 1e-12);
        assertEquals(1000 / 6.0, workload.outputTokensPerQuery(), 1e-12);
        assertEquals(30, workload.daysPerMonth());
        assertEquals(List.of(0.0, 4 / 6.0, 2 / 6.0), calibrated.routing().tiers().stream().map(RoutingTier::share).toList());
        assertEquals(routedPlan().routing().enabled(), calibrated.routing().enabled(), "routing stays as it was");
        assertEquals(routedPlan().referenceModel(), calibrated.referenceModel());
    }

    @Test
    void applyingOnlyTheTickedChanges() {
        Scenario calibrated = UsageCalibration.propose(dashboard(logs()), routedPlan())
                .applyOnly(routedPlan(), Set.of("workload.queriesPerDay", "routing.tiers[2].share"));

        assertEquals(new Workload(2, 500, 200, 30), calibrated.workload());
        assertEquals(List.of(0.70, 0.20, 2 / 6.0), calibrated.routing().tiers().stream().map(RoutingTier::share).toList());
    }

    @Test
    void aPlanWithFewerTiersThanThePreviewIsRefused() {
        CalibrationPreview preview = UsageCalibration.propose(dashboard(logs()), routedPlan());
        Scenario twoTiers = routedPlan().withRouting(routedPlan().routing().withTiers(routedPlan().routing().tiers().subList(0, 2)));

        assertThrows(IllegalArgumentException.class, () -> preview.applyTo(twoTiers));
    }

    @Test
    void modelNamesMatchIgnoringCaseAndSpaces() {
        List<UsageRecord> records = logs().stream().map(r -> r.model().equals("gpt-4o")
                ? new UsageRecord(r.timestamp(), "", " GPT-4o ", r.feature(), r.userId(), r.inputTokens(), r.outputTokens(),
                r.cachedTokens(), r.latencyMs(), r.costUsd(), false, 200, r.retry()) : r).toList();

        CalibrationPreview preview = UsageCalibration.propose(dashboard(records), routedPlan());

        assertEquals(OptionalInt.of(2), preview.modelShares().get(0).tier());
        assertEquals(6, preview.changes().size());
    }

    @Test
    void aModelWithoutATierLeavesTheSharesReportedOnly() {
        List<UsageRecord> records = new ArrayList<>(logs());
        records.add(call("2026-03-02T10:00:00Z", "claude-opus", "chat", "", 100, 100, 100, 0.01));

        CalibrationPreview preview = UsageCalibration.propose(dashboard(records), routedPlan());

        assertTrue(preview.changes().stream().allMatch(change -> change.path().startsWith("workload.")));
        assertEquals(3, preview.modelShares().size());
        // By cost: gpt-4o $0.0165, claude-opus $0.01, gpt-4o-mini $0.0004; 7 queries in all.
        assertEquals(List.of(new ModelShare("gpt-4o", 2, 2 / 7.0, OptionalInt.of(2)),
                new ModelShare("claude-opus", 1, 1 / 7.0, OptionalInt.empty()),
                new ModelShare("gpt-4o-mini", 4, 4 / 7.0, OptionalInt.of(1))), preview.modelShares());
        assertTrue(preview.notes().contains("No single router tier for claude-opus: the shares by model are reported, not applied."));
    }

    @Test
    void aCascadeOrAPlanWithoutTiersGetsNoShares() {
        Scenario cascade = routedPlan().withRouting(routedPlan().routing().withStrategy(RoutingStrategy.CASCADE));
        CalibrationPreview forCascade = UsageCalibration.propose(dashboard(logs()), cascade);
        assertEquals(3, forCascade.changes().size());
        assertTrue(forCascade.notes().get(forCascade.notes().size() - 1).startsWith("The plan is a cascade"));

        CalibrationPreview noTiers = UsageCalibration.propose(dashboard(logs()), TestScenarios.chapterExample());
        assertEquals(3, noTiers.changes().size());
        assertEquals(2, noTiers.modelShares().size());
        assertTrue(noTiers.notes().contains("The plan has no routing tiers: the shares by model are reported, not applied."));
    }

    @Test
    void valuesOutOfRangeAreLeftOutWithANote() {
        // One query on 1 March and a retry of it on the 3rd: a third of a query a day, under the input's minimum of 1.
        UsageRecord query = call("2026-03-01T10:00:00Z", "gpt-4o", "chat", "", 10, 5, 100, 0.001);
        UsageRecord laterRetry = retry(call("2026-03-03T10:00:00Z", "gpt-4o", "chat", "", 10, 5, 100, 0.001));

        CalibrationPreview thin = UsageCalibration.propose(dashboard(List.of(query, laterRetry)), TestScenarios.chapterExample());

        assertEquals(List.of("workload.inputTokensPerQuery", "workload.outputTokensPerQuery"),
                thin.changes().stream().map(CalibrationChange::path).toList());
        assertTrue(thin.notes().stream().anyMatch(note -> note.startsWith("Queries per day from the logs, 0.333333, is not used: "
                + "must be between 1 and")), thin.notes().toString());
        // The same query alone is one a day, which is valid.
        assertEquals(3, UsageCalibration.propose(dashboard(List.of(query)), TestScenarios.chapterExample()).changes().size());
    }

    @Test
    void nothingToCalibrateFromGivesNoChanges() {
        CalibrationPreview empty = UsageCalibration.propose(dashboard(List.of()), routedPlan());
        assertTrue(empty.isEmpty());
        assertEquals(List.of("No calls under the filter: nothing to calibrate from."), empty.notes());
        assertEquals(routedPlan(), empty.applyTo(routedPlan()));

        CalibrationPreview retriesOnly = UsageCalibration.propose(dashboard(List.of(retry(logs().get(0)))), routedPlan());
        assertTrue(retriesOnly.isEmpty());
    }

    @Test
    void aPlanAlreadyCalibratedHasNothingToChange() {
        Scenario calibrated = UsageCalibration.propose(dashboard(logs()), routedPlan()).applyTo(routedPlan());

        assertTrue(UsageCalibration.propose(dashboard(logs()), calibrated).isEmpty());
    }

    @Test
    void planVsActualByHand() {
        Scenario plan = UsageCalibration.propose(dashboard(logs()), routedPlan()).applyTo(routedPlan());
        plan = plan.withRouting(plan.routing().withEnabled(true));

        PlanVsActual comparison = PlanVsActual.of(dashboard(logs()), plan);

        // Plan: 2 x 30 = 60 queries. Per query: 2/3 of gpt-4o-mini (600 x 0.15 + 166.67 x 0.60) / 1M = 0.00019
        // plus 1/3 of gpt-4o (600 x 2.50 + 166.67 x 10) / 1M = 0.0031667, the router free: 0.0011822.
        double perQuery = 2 / 3.0 * 0.00019 + 1 / 3.0 * (1500 + 10_000 / 6.0) / 1e6;
        assertEquals(3, comparison.days());
        assertEquals(30, comparison.daysPerMonth());
        assertEquals(60, comparison.plan().queriesPerMonth(), 1e-9);
        assertEquals(perQuery, comparison.plan().apiUsdPerQuery(), 1e-15);
        assertEquals(60 * perQuery, comparison.plan().apiUsdPerMonth(), 1e-12);
        assertEquals(60 * 600, comparison.plan().inputTokensPerMonth(), 1e-9);
        assertEquals(10_000, comparison.plan().outputTokensPerMonth(), 1e-9);
        // Actual over 3 days, times 30 / 3: 6 queries -> 60; $0.0169 -> $0.169 (the retry included), $0.0169 / 6 a query;
        // tokens 4,600 in and 1,300 out, retry included -> 46,000 and 13,000.
        assertEquals(60, comparison.actual().queriesPerMonth(), 1e-9);
        assertEquals(0.169, comparison.actual().apiUsdPerMonth(), 1e-12);
        assertEquals(0.0169 / 6, comparison.actual().apiUsdPerQuery(), 1e-15);
        assertEquals(46_000, comparison.actual().inputTokensPerMonth(), 1e-9);
        assertEquals(13_000, comparison.actual().outputTokensPerMonth(), 1e-9);

        PlanVsActual.Row cost = comparison.rows().get(1);
        assertEquals("API cost per month", cost.label());
        assertEquals(0.169 / (60 * perQuery) - 1, cost.difference(), 1e-9);
    }

    @Test
    void planVsActualWithoutCallsHasZeroActuals() {
        PlanVsActual comparison = PlanVsActual.of(dashboard(List.of()), TestScenarios.chapterExample());

        assertEquals(0, comparison.days());
        assertEquals(new PlanVsActual.MonthFigures(0, 0, 0, 0, 0), comparison.actual());
        assertEquals(975.00, comparison.plan().apiUsdPerMonth(), 1e-9); // the chapter's API line
    }
}
