package org.llmcostplanner.model.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.llmcostplanner.io.ScenarioFiles;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.model.ScenarioInput;
import org.llmcostplanner.model.ScenarioInputs;
import org.llmcostplanner.model.SelfHostInputs;
import org.llmcostplanner.model.batching.BatchingSection;

/**
 * The tornado of monthly TCO for scenarios/saas-support.json at +/-20%, worked out by hand: $10,805
 * = 9,830 fixed + 300,000 queries x $0.00325 (500 x $2.50 + 200 x $10 per 1M tokens).
 */
class SensitivityTest {
    private static Scenario saas() throws Exception {
        return ScenarioFiles.read(Path.of("scenarios/saas-support.json"));
    }

    private record Expected(ScenarioInput input, double low, double high, double tcoAtLow, double tcoAtHigh) {
    }

    @Test
    void saasSupportTornadoOfMonthlyTco() throws Exception {
        Tornado tornado = Sensitivity.tornado(saas(), Metric.MONTHLY_TCO, 0.2);

        assertEquals(10_805, tornado.baseMetric().getAsDouble(), 1e-9);
        List<Expected> expected = List.of(
                // 80 h at $80 / $120: engineering $6,400 / $9,600 instead of $8,000.
                new Expected(ScenarioInputs.HOURLY_RATE, 80, 120, 9_205, 12_405),
                // 8,000 / 12,000 a day: API 240,000 x 0.00325 = $780 / 360,000 x 0.00325 = $1,170.
                new Expected(ScenarioInputs.QUERIES_PER_DAY, 8_000, 12_000, 10_610, 11_000),
                // 160 / 240 output tokens: (1,250 + 1,600) or (1,250 + 2,400) micro-dollars x 300,000 = $855 / $1,095.
                new Expected(ScenarioInputs.OUTPUT_TOKENS, 160, 240, 10_685, 10_925),
                // $8 / $12 per 1M output tokens: 60M tokens a month, -$120 / +$120; ties keep the inputs' order.
                new Expected(ScenarioInputs.OUTPUT_PRICE, 8, 12, 10_685, 10_925),
                // 24 days: 240,000 queries, $780; 36 days is above 31, so 31: 310,000 x 0.00325 = $1,007.50.
                new Expected(ScenarioInputs.DAYS_PER_MONTH, 24, 31, 10_610, 10_837.5),
                // 400 / 600 input tokens: (1,000 or 1,500 + 2,000) micro-dollars x 300,000 = $900 / $1,050.
                new Expected(ScenarioInputs.INPUT_TOKENS, 400, 600, 10_730, 10_880),
                // $2 / $3 per 1M input tokens: 150M tokens a month, -$75 / +$75.
                new Expected(ScenarioInputs.INPUT_PRICE, 2, 3, 10_730, 10_880));
        assertEquals(expected.size(), tornado.bars().size(), tornado.bars().toString());
        for (int i = 0; i < expected.size(); i++) {
            Expected want = expected.get(i);
            TornadoBar bar = tornado.bars().get(i);
            assertEquals(want.input().path(), bar.input().path(), "bar " + i);
            assertEquals(want.low(), bar.lowValue(), 1e-9, want.input().path());
            assertEquals(want.high(), bar.highValue(), 1e-9, want.input().path());
            assertEquals(want.tcoAtLow(), bar.metricAtLow(), 1e-9, want.input().path());
            assertEquals(want.tcoAtHigh(), bar.metricAtHigh(), 1e-9, want.input().path());
        }
        assertEquals(3_200, tornado.bars().get(0).swing(), 1e-9);
    }

    @Test
    void clampingIsSaid() throws Exception {
        TornadoBar days = Sensitivity.tornado(saas(), Metric.MONTHLY_TCO, 0.2).bars().stream()
                .filter(bar -> bar.input() == ScenarioInputs.DAYS_PER_MONTH).findFirst().orElseThrow();
        assertTrue(days.clamped());
        assertEquals("raised only to 31.00 days, the most it may be (not 36.00 days)", days.note());
        // At +/-100% the queries drop to the least valid (1 a day), not to 0.
        TornadoBar queries = Sensitivity.tornado(saas(), Metric.MONTHLY_TCO, 1).bars().stream()
                .filter(bar -> bar.input() == ScenarioInputs.QUERIES_PER_DAY).findFirst().orElseThrow();
        assertEquals(1, queries.lowValue());
        assertEquals(20_000, queries.highValue());
        assertTrue(queries.note().startsWith("lowered only to 1 queries / day, the least it may be"), queries.note());
    }

    @Test
    void switchedOffLeversAndZeroInputsAreSkippedWithTheReason() throws Exception {
        Tornado tornado = Sensitivity.tornado(saas(), Metric.MONTHLY_TCO, 0.2);
        assertEquals("routing is off", reason(tornado, ScenarioInputs.ROUTER_COST));
        assertEquals("caching is off", reason(tornado, ScenarioInputs.CACHE_THRESHOLD));
        assertEquals("batching is off", reason(tornado, ScenarioInputs.BATCH_SHARE));
        assertEquals("compression is off", reason(tornado, ScenarioInputs.PROMPT_SHARE));
        assertEquals("its switch is off", reason(tornado, ScenarioInputs.MAX_LATENCY));
        assertEquals("self-host replicas are sized by tokens per second", reason(tornado, SelfHostInputs.REQUESTS_PER_SECOND));
        // Self-hosting is a comparison beside the plan: its inputs are moved and change nothing of the TCO.
        assertTrue(tornado.unchanged().contains(SelfHostInputs.GPU_PRICE));

        Scenario saas = saas();
        Scenario cached = saas.withCaching(saas.caching().withEnabled(true));
        Tornado withCaches = Sensitivity.tornado(cached, Metric.MONTHLY_TCO, 0.2);
        assertEquals("at 0", reason(withCaches, ScenarioInputs.CACHE_EXACT_RATE));
        assertEquals("the provider's prompt cache is off", reason(withCaches, ScenarioInputs.PROVIDER_READ));
        // The semantic layer serves 50% at 0.92; at 0.736 and 1.104 (clamped to 1) the curve moves the TCO.
        assertTrue(withCaches.bars().stream().anyMatch(bar -> bar.input() == ScenarioInputs.CACHE_THRESHOLD));
    }

    private static String reason(Tornado tornado, ScenarioInput input) {
        return tornado.skipped().stream().filter(s -> s.input() == input).findFirst().orElseThrow(
                () -> new AssertionError(input.path() + " not skipped")).reason();
    }

    @Test
    void wholeNumberInputsMoveByWholeSteps() throws Exception {
        // 1 item a prompt: 0.8 rounds below 1, the least; 1.2 rounds to 1, so the raised side takes 2.
        Scenario saas = saas();
        Scenario batched = saas.withBatching(new BatchingSection(true, 0.6, 0.5, 1, 400, 0.01, 24));
        TornadoBar items = Sensitivity.tornado(batched, Metric.MONTHLY_TCO, 0.2).bars().stream()
                .filter(bar -> bar.input() == ScenarioInputs.BATCH_ITEMS).findFirst().orElseThrow();
        assertEquals(1, items.lowValue());
        assertEquals(2, items.highValue());
        assertTrue(items.note().contains("raised to 2 items (whole numbers)"), items.note());
    }

    @Test
    void anUndefinedMetricHasNoBars() throws Exception {
        Scenario dear = SelfHostInputs.GPU_PRICE.set(saas(), 1_000);
        Tornado tornado = Sensitivity.tornado(dear, Metric.BREAKEVEN_VOLUME, 0.2);
        assertTrue(tornado.baseMetric().isEmpty());
        assertTrue(tornado.bars().isEmpty());
        assertTrue(tornado.undefinedReason().orElseThrow().startsWith("self-hosting is never as cheap"));
    }

    @Test
    void aDeltaOutOfRangeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Sensitivity.tornado(saas(), Metric.MONTHLY_TCO, 0));
        assertThrows(IllegalArgumentException.class, () -> Sensitivity.tornado(saas(), Metric.MONTHLY_TCO, 1.5));
        assertThrows(IllegalArgumentException.class, () -> Sensitivity.tornado(saas(), Metric.MONTHLY_TCO, Double.NaN));
    }

    @Test
    void sweepOfQueriesPerDayOverTheSlider() throws Exception {
        // The slider runs 1K to 10M a day on a log scale: five points are the decades.
        SweepTable table = Sweep.overSlider(saas(), ScenarioInputs.QUERIES_PER_DAY, Metric.MONTHLY_TCO, 5);
        assertTrue(table.logSpaced());
        double[] queries = {1e3, 1e4, 1e5, 1e6, 1e7};
        assertEquals(5, table.points().size());
        for (int i = 0; i < 5; i++) {
            assertEquals(queries[i], table.points().get(i).inputValue(), queries[i] * 1e-12);
            // 9,830 + 0.0975 q: 9,927.50, 10,805, 19,580, 107,330, 984,830.
            assertEquals(9_830 + 0.0975 * queries[i], table.points().get(i).metricValue(), 1e-6);
        }
        assertEquals(0, table.leftOut());
    }

    @Test
    void aSweepLeavesOutInvalidValuesAndSaysWhy() throws Exception {
        // 10% of items fail: a pack of 44 fails 1 - 0.9^44 = 99.03% of the time, more than the 99% allowed.
        Scenario saas = saas();
        Scenario batched = saas.withBatching(new BatchingSection(true, 0.6, 0.5, 10, 400, 0.1, 24));
        SweepTable table = Sweep.of(batched, ScenarioInputs.BATCH_ITEMS, Metric.MONTHLY_TCO, 1, 50, 50, false);
        assertEquals(43, table.points().size());
        assertEquals(7, table.leftOut());
        assertTrue(table.leftOutReason().orElseThrow().startsWith("Items per prompt is too many"), table.leftOutReason().get());
        assertFalse(table.points().stream().anyMatch(p -> p.inputValue() > 43));
    }
}
