package org.llmcostplanner.model.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.llmcostplanner.model.usage.UsageRecords.spend;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Budget alerts, starting from the chapter's simulation (Code Fragment 12.4.3): 200 calls costing
 * $2.6148 in all against a $50 daily budget. The chapter prints an 80% alert there; erratum 7.
 */
class BudgetAlertsTest {
    private static final LocalDate MARCH_1 = LocalDate.of(2026, 3, 1);
    private static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);
    /** The chapter's threshold (80%) and the budget itself. */
    private static final List<Double> CHAPTER_THRESHOLDS = List.of(0.8, 1.0);

    /**
     * The chapter's printed dashboard on 1 March: claude-opus $0.9930 in 63 calls, gpt-4o $0.8697
     * in 69, gpt-4o-mini $0.7521 in 68, over its four features in turn; $2.6148 in all.
     */
    private static List<UsageRecord> chapterDay() {
        List<UsageRecord> records = new ArrayList<>();
        String[] features = {"classification", "summarization", "extraction", "chat"};
        Object[][] models = {{"claude-opus", 0.9930, 63}, {"gpt-4o", 0.8697, 69}, {"gpt-4o-mini", 0.7521, 68}};
        int i = 0;
        for (Object[] model : models) {
            int calls = (Integer) model[2];
            double each = (Double) model[1] / calls;
            for (int call = 0; call < calls; call++) {
                String at = String.format("2026-03-01T%02d:%02d:00Z", 8 + i / 60, i % 60);
                records.add(UsageRecords.call(at, (String) model[0], features[i % 4], "", 1000, 200, 500, each));
                i++;
            }
        }
        return records;
    }

    private static UsageAggregator monitor(List<UsageRecord> records) {
        return UsageRecords.aggregate(ZoneOffset.UTC, records);
    }

    private static List<BudgetAlert> alerts(UsageAggregator aggregator, Budgets budgets) {
        return BudgetAlerts.check(aggregator, UsageFilter.ALL, budgets);
    }

    @Test
    void theChaptersTwoDollarsSixtyOneRaiseNoAlertAgainstFifty() {
        UsageAggregator aggregator = monitor(chapterDay());

        assertEquals(2.6148, aggregator.dashboard(UsageFilter.ALL, 0).totalCostUsd(), 1e-6);
        assertTrue(alerts(aggregator, Budgets.daily(50).withThresholds(CHAPTER_THRESHOLDS)).isEmpty());
        assertTrue(alerts(aggregator, Budgets.daily(50)).isEmpty(), "2.61 is under half of 50 too");
    }

    @Test
    void crossingEightyPercentGivesOneAlertAndCrossingTheBudgetOneMore() {
        Budgets budgets = Budgets.daily(50).withThresholds(CHAPTER_THRESHOLDS);
        UsageAggregator aggregator = monitor(chapterDay());

        aggregator.accept(spend("2026-03-01", "gpt-4o", "chat", 38)); // 40.6148 >= 40
        assertEquals(List.of(new BudgetAlert(MARCH_1, "daily", 0.8, 40.6148, 50)), rounded(alerts(aggregator, budgets)));

        // More calls on the day, still under the budget: still one alert, not one per call.
        for (int i = 0; i < 50; i++) {
            aggregator.accept(spend("2026-03-01", "gpt-4o-mini", "chat", 0.1)); // +5.00: 45.6148
        }
        assertEquals(1, alerts(aggregator, budgets).size());

        aggregator.accept(spend("2026-03-01", "gpt-4o", "chat", 5)); // 50.6148 >= 50
        assertEquals(List.of(new BudgetAlert(MARCH_1, "daily", 0.8, 50.6148, 50), new BudgetAlert(MARCH_1, "daily", 1.0, 50.6148, 50)),
                rounded(alerts(aggregator, budgets)));

        // A second day crossing both lines has its own two alerts; the first day's stay two.
        aggregator.accept(spend("2026-03-02", "gpt-4o", "chat", 60));
        List<BudgetAlert> alerts = rounded(alerts(aggregator, budgets));
        assertEquals(List.of(new BudgetAlert(MARCH_1, "daily", 0.8, 50.6148, 50), new BudgetAlert(MARCH_1, "daily", 1.0, 50.6148, 50),
                new BudgetAlert(MARCH_2, "daily", 0.8, 60, 50), new BudgetAlert(MARCH_2, "daily", 1.0, 60, 50)), alerts);
    }

    /** The spend to 4 decimals: the chapter day's costs are its per-model totals split over the calls. */
    private static List<BudgetAlert> rounded(List<BudgetAlert> alerts) {
        return alerts.stream().map(alert -> new BudgetAlert(alert.day(), alert.scope(), alert.threshold(),
                Math.round(alert.spendUsd() * 1e4) / 1e4, alert.budgetUsd())).toList();
    }

    @Test
    void theDefaultThresholdsFireOneByOne() {
        UsageAggregator aggregator = monitor(List.of(spend("2026-03-01", "m", "f", 24.99)));
        Budgets budgets = Budgets.daily(50);
        assertTrue(alerts(aggregator, budgets).isEmpty());

        aggregator.accept(spend("2026-03-01", "m", "f", 0.01)); // exactly 25.00: reaching the line counts
        assertEquals(List.of(0.5), thresholds(alerts(aggregator, budgets)));

        aggregator.accept(spend("2026-03-01", "m", "f", 14.999999999)); // 39.999999999: a nano-dollar short of 80%
        assertEquals(List.of(0.5), thresholds(alerts(aggregator, budgets)));

        aggregator.accept(spend("2026-03-01", "m", "f", 0.000000001)); // exactly 40
        assertEquals(List.of(0.5, 0.8), thresholds(alerts(aggregator, budgets)));

        aggregator.accept(spend("2026-03-01", "m", "f", 10)); // exactly 50
        assertEquals(List.of(0.5, 0.8, 1.0), thresholds(alerts(aggregator, budgets)));
        assertEquals(50.0, alerts(aggregator, budgets).get(2).spendUsd(), 1e-12);
    }

    private static List<Double> thresholds(List<BudgetAlert> alerts) {
        return alerts.stream().map(BudgetAlert::threshold).toList();
    }

    @Test
    void modelAndFeatureBudgetsHaveTheirOwnScopes() {
        UsageAggregator aggregator = monitor(List.of(
                spend("2026-03-01", "gpt-4o", "chat", 9), spend("2026-03-01", "gpt-4o", "search", 2),
                spend("2026-03-01", "gpt-4o-mini", "chat", 1), spend("2026-03-02", "gpt-4o-mini", "search", 3)));
        Budgets budgets = Budgets.NONE.withModel("gpt-4o", 10).withModel("gpt-4o-mini", 4).withFeature("chat", 20)
                .withFeature("search", 5).withThresholds(List.of(0.5, 1.0));

        // March 1: gpt-4o 11 of 10 (50%, 100%); gpt-4o-mini 1 of 4 (none); chat 10 of 20 (50%); search 2 of 5 (none).
        // March 2: gpt-4o-mini 3 of 4 (50%); search 3 of 5 (50%). No daily budget: no daily alerts.
        assertEquals(List.of("2026-03-01 model:gpt-4o 0.5", "2026-03-01 model:gpt-4o 1.0", "2026-03-01 feature:chat 0.5",
                        "2026-03-02 model:gpt-4o-mini 0.5", "2026-03-02 feature:search 0.5"),
                alerts(aggregator, budgets).stream().map(a -> a.day() + " " + a.scope() + " " + a.threshold()).toList());
        BudgetAlert first = alerts(aggregator, budgets).get(0);
        assertEquals(11, first.spendUsd(), 1e-12);
        assertEquals(10, first.budgetUsd());
    }

    @Test
    void theFilterLimitsTheDaysChecked() {
        UsageAggregator aggregator = monitor(List.of(spend("2026-03-01", "m", "f", 60), spend("2026-03-02", "m", "f", 60)));

        List<BudgetAlert> alerts = BudgetAlerts.check(aggregator, UsageFilter.ALL.withDays(MARCH_2, MARCH_2), Budgets.daily(50));

        assertEquals(3, alerts.size());
        assertTrue(alerts.stream().allMatch(alert -> alert.day().equals(MARCH_2)));
    }

    @Test
    void theAlertsDoNotDependOnTheOrderOfTheRows() {
        List<UsageRecord> records = new ArrayList<>(UsageRecords.random(5, 5_000, 10));
        Budgets budgets = Budgets.daily(12).withModel("gpt-4o", 5).withFeature("chat", 3);
        List<BudgetAlert> inOrder = alerts(monitor(records), budgets);
        Collections.shuffle(records, new Random(9));

        assertEquals(inOrder, alerts(monitor(records), budgets));
        assertTrue(inOrder.size() > 10, "the random days cross some lines: " + inOrder.size());
    }

    @Test
    void noBudgetNoAlerts() {
        assertTrue(alerts(monitor(List.of(spend("2026-03-01", "m", "f", 1e6))), Budgets.NONE).isEmpty());
    }

    @Test
    void budgetsAndThresholdsMustBeAboveZero() {
        assertThrows(IllegalArgumentException.class, () -> Budgets.daily(0));
        assertThrows(IllegalArgumentException.class, () -> Budgets.NONE.withModel("m", -1));
        assertThrows(IllegalArgumentException.class, () -> Budgets.daily(1).withThresholds(List.of(0.5, 0.0)));
        assertThrows(IllegalArgumentException.class, () -> Budgets.daily(Double.NaN));
        assertEquals(List.of(0.5, 0.8, 1.0), Budgets.daily(1).withThresholds(List.of(1.0, 0.5, 0.8, 0.5)).thresholds());
    }

    @Test
    void anAlertSaysWhatItMeans() {
        assertEquals("2026-03-01 daily: $40.61 spent, 81.2% of the $50.00 budget (80.0% threshold)",
                new BudgetAlert(MARCH_1, "daily", 0.8, 40.6148, 50).describe());
    }

    @Test
    void theLineIsComputedInDecimal() {
        assertEquals(40_000_000_000L, BudgetAlerts.lineNanoUsd(0.8, 50));
        assertEquals(57_000_000_000L, BudgetAlerts.lineNanoUsd(0.57, 100)); // 56.99999999999999 in binary
        assertEquals(3_300_000_000L, BudgetAlerts.lineNanoUsd(1.1, 3)); // 3.3000000000000003 in binary
    }
}
