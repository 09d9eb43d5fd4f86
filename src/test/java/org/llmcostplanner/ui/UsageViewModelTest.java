package org.llmcostplanner.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.llmcostplanner.model.usage.BudgetAlert;
import org.llmcostplanner.model.usage.Budgets;
import org.llmcostplanner.model.usage.UsageAggregator;
import org.llmcostplanner.model.usage.UsageFilter;
import org.llmcostplanner.model.usage.UsageRecord;

/**
 * The Usage tab's view model without a toolkit, on three calls: March 1 gpt-4o $3 (chat) and
 * gpt-4o-mini $1 (search), March 2 gpt-4o $1 (chat).
 */
class UsageViewModelTest {
    private static UsageRecord call(String at, String model, String feature, double costUsd) {
        return new UsageRecord(Instant.parse(at), "", model, feature, "u1", 100, 10, 0, 500, costUsd, false, 200, false);
    }

    private static UsageAggregator threeCalls() {
        UsageAggregator aggregator = new UsageAggregator(ZoneOffset.UTC);
        List.of(call("2026-03-01T09:00:00Z", "gpt-4o", "chat", 3), call("2026-03-01T10:00:00Z", "gpt-4o-mini", "search", 1),
                call("2026-03-02T10:00:00Z", "gpt-4o", "chat", 1)).forEach(aggregator::accept);
        return aggregator;
    }

    @Test
    void nothingIsShownBeforeTheFirstImport() {
        UsageViewModel usage = new UsageViewModel(Runnable::run, Runnable::run);
        usage.filter(null, null, "gpt-4o", null);
        assertNull(usage.getDashboard());
        assertEquals(List.of(), usage.alertsProperty().get());
    }

    @Test
    void filtersNarrowTheDashboardAndANewImportClearsThem() {
        UsageViewModel usage = new UsageViewModel(Runnable::run, Runnable::run);
        usage.show(threeCalls(), "a.csv");
        assertEquals(5, usage.getDashboard().totalCostUsd(), 1e-12);
        usage.filter(null, null, "gpt-4o", null);
        assertEquals(4, usage.getDashboard().totalCostUsd(), 1e-12);
        usage.filter(LocalDate.of(2026, 3, 2), null, null, "chat");
        assertEquals(1, usage.getDashboard().totalCostUsd(), 1e-12);
        usage.show(threeCalls(), "b.csv");
        assertSame(UsageFilter.ALL, usage.filterProperty().get());
        assertEquals(5, usage.getDashboard().totalCostUsd(), 1e-12);
        assertEquals("b.csv", usage.sourceProperty().get());
        assertEquals(5, usage.unfilteredProperty().get().totalCostUsd(), 1e-12);
    }

    @Test
    void aDailyBudgetAlertsAtEachThresholdAndMarksTheDaysAtTheTopOne() {
        UsageViewModel usage = new UsageViewModel(Runnable::run, Runnable::run);
        usage.show(threeCalls(), "a.csv");
        // $3.50 a day: March 1 ($4) crosses 50%, 80% and 100%; March 2 ($1) none.
        usage.budget(Budgets.daily(3.5));
        List<BudgetAlert> alerts = usage.alertsProperty().get();
        assertEquals(3, alerts.size());
        assertTrue(alerts.stream().allMatch(alert -> alert.day().equals(LocalDate.of(2026, 3, 1))));
        assertEquals(Set.of(LocalDate.of(2026, 3, 1)), usage.topAlertDays());
        // At $5 only 50% and 80% fire: no day reaches the top threshold.
        usage.budget(Budgets.daily(5.0));
        assertEquals(2, usage.alertsProperty().get().size());
        assertEquals(Set.of(), usage.topAlertDays());
        usage.budget(Budgets.NONE);
        assertEquals(List.of(), usage.alertsProperty().get());
    }
}
