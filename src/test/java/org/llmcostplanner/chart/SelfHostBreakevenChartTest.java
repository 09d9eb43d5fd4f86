package org.llmcostplanner.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.model.ScenarioEvaluator;
import org.llmcostplanner.model.price.ModelPrice;
import org.llmcostplanner.model.selfhost.ApiBasis;
import org.llmcostplanner.model.selfhost.SelfHostSection;
import org.llmcostplanner.model.selfhost.Throughput;
import org.llmcostplanner.model.selfhost.ThroughputBasis;

/**
 * The self-host breakeven chart, checked against numbers worked by hand for {@link Scenario#untitled()}:
 * 10,000 queries a day for 30 days = 300,000 a month; the API (gpt-4o, 500 in x $2.50 + 200 out x $10
 * per 1M tokens) $0.00325 a query, $975 a month. The default section: a replica is 1 GPU x $1.20 x 720 h
 * = $864 a month and serves 1 / (500/10,000 + 200/2,000 s) = 6.67 queries/s x 70% x 2,592,000 s / 3
 * (peak to average) = 4,032,000 queries a month; 2 replicas at least; fixed $150 + $50 + $100 plus
 * 20 h x $100 = $2,300. So self-hosting costs 2 x $864 + $2,300 = $4,028 up to 8,064,000 queries.
 */
class SelfHostBreakevenChartTest {
    private static final ChartBuilder BUILDER = Charts.SELF_HOST_BREAKEVEN;
    private static final Scenario UNTITLED = Scenario.untitled();

    private static JFreeChart build(Scenario scenario) {
        return BUILDER.build(scenario, ScenarioEvaluator.evaluate(scenario));
    }

    private static XYPlot plot(JFreeChart chart) {
        return (XYPlot) chart.getPlot();
    }

    private static Scenario withSection(Scenario scenario, SelfHostSection section) {
        return scenario.withSelfHost(section);
    }

    private static List<ValueMarker> markers(JFreeChart chart) {
        return ChartMarkers.of(chart);
    }

    private static ValueMarker marker(JFreeChart chart, String labelStart) {
        return ChartMarkers.labelled(chart, labelStart);
    }

    private static List<String> labels(JFreeChart chart) {
        return ChartMarkers.labels(chart);
    }

    private static String context(JFreeChart chart) {
        return ChartStyle.findSubtitle(chart, SelfHostBreakevenChart.CONTEXT_ID).getText();
    }

    private static String note(JFreeChart chart) {
        var note = ChartStyle.findSubtitle(chart, SelfHostBreakevenChart.NOTE_ID);
        return note.isVisible() ? note.getText() : "";
    }

    /** The y value of the series' item at exactly {@code queries}, which must be a sample point. */
    private static double valueAt(JFreeChart chart, int series, double queries) {
        XYDataset dataset = plot(chart).getDataset(0);
        for (int item = 0; item < dataset.getItemCount(series); item++) {
            if (dataset.getXValue(series, item) == queries) {
                return dataset.getYValue(series, item);
            }
        }
        throw new AssertionError("no point at " + queries);
    }

    @Test
    void hasIdTitleAndLogAxesFromTenThousandToOneHundredMillion() {
        JFreeChart chart = build(UNTITLED);
        assertEquals("self-host-breakeven", BUILDER.id());
        assertEquals("Self-host vs API: monthly cost by volume", chart.getTitle().getText());
        LogAxis x = assertInstanceOf(LogAxis.class, plot(chart).getDomainAxis());
        assertEquals("Queries per month (log scale)", x.getLabel());
        assertEquals(1e4, x.getLowerBound(), 1e-3);
        assertEquals(1e8, x.getUpperBound(), 1);
        assertEquals("10K", x.getNumberFormatOverride().format(1e4));
        assertEquals("1M", x.getNumberFormatOverride().format(999_999.9999999));
        assertEquals("100M", x.getNumberFormatOverride().format(1e8));
        LogAxis y = assertInstanceOf(LogAxis.class, plot(chart).getRangeAxis());
        assertEquals("Monthly cost (USD)", y.getLabel());
        assertEquals("$10K", y.getNumberFormatOverride().format(1e4));
        assertEquals("$100", y.getNumberFormatOverride().format(100));
        assertEquals("$0.01", y.getNumberFormatOverride().format(0.01));
    }

    @Test
    void apiLineIsTheCostPerQueryTimesTheVolume() {
        JFreeChart chart = build(UNTITLED);
        XYDataset dataset = plot(chart).getDataset(0);
        assertEquals("API (plan)", dataset.getSeriesKey(SelfHostBreakevenChart.API));
        assertEquals(3_250, valueAt(chart, SelfHostBreakevenChart.API, 1e6), 1e-6); // 0.00325 x 1,000,000
        assertEquals(32.5, valueAt(chart, SelfHostBreakevenChart.API, 1e4), 1e-9);
        assertEquals(325_000, valueAt(chart, SelfHostBreakevenChart.API, 1e8), 1e-4);
        JFreeChart reference = build(withSection(UNTITLED, SelfHostSection.DEFAULT.withApiBasis(ApiBasis.REFERENCE)));
        assertEquals("API (reference model)", plot(reference).getDataset(0).getSeriesKey(SelfHostBreakevenChart.API));
    }

    @Test
    void selfHostingStepsStraightUpFromTwoToThreeReplicasAt8064000() {
        JFreeChart chart = build(UNTITLED);
        XYDataset dataset = plot(chart).getDataset(0);
        int series = SelfHostBreakevenChart.SELF_HOSTED;
        assertEquals("Self-hosted (1 GPU per replica)", dataset.getSeriesKey(series));
        int step = -1;
        for (int item = 0; item + 1 < dataset.getItemCount(series); item++) {
            if (Math.abs(dataset.getXValue(series, item) - 8_064_000) < 1e-3
                    && dataset.getXValue(series, item + 1) == dataset.getXValue(series, item)) {
                step = item;
            }
        }
        assertTrue(step > 0, "a vertical step at 8,064,000");
        assertEquals(4_028, dataset.getYValue(series, step), 1e-9);
        assertEquals(4_892, dataset.getYValue(series, step + 1), 1e-9); // 3 x 864 + 2,300
        for (int item = 0; item < step; item++) {
            assertEquals(4_028, dataset.getYValue(series, item), 1e-9, "flat at 2 replicas below the step");
        }
        assertEquals(10_000, dataset.getXValue(series, 0), 0.0);
        // At 100M: ceil(100,000,000 / 4,032,000) = 25 replicas, 25 x 864 + 2,300 = $23,900.
        assertEquals(23_900, valueAt(chart, series, 1e8), 1e-9);
        for (int item = 1; item < dataset.getItemCount(series); item++) {
            assertTrue(dataset.getXValue(series, item) >= dataset.getXValue(series, item - 1), "volumes in order");
        }
    }

    @Test
    void breakevenAndCurrentVolumeAreMarkedAndLabelled() {
        JFreeChart chart = build(UNTITLED);
        ValueMarker breakeven = marker(chart, "Breakeven");
        assertEquals(4_028 / 0.00325, breakeven.getValue(), 1e-3);
        assertEquals(1_239_385, breakeven.getValue(), 0.5);
        assertEquals("Breakeven: 1.24M/month", breakeven.getLabel());
        ValueMarker current = marker(chart, "Current");
        assertEquals(300_000, current.getValue(), 1e-9);
        assertEquals("Current: 300K/month", current.getLabel());
        assertTrue(((BasicStroke) current.getStroke()).getDashArray() != null, "current volume dashed");
        assertEquals(2, markers(chart).size(), "cheaper above is the breakeven: no second marker");
        // The single crossing is a dot on the API line, and needs no legend entry.
        XYDataset dots = plot(chart).getDataset(1);
        assertEquals(1, dots.getItemCount(0));
        assertEquals(4_028, dots.getYValue(0, 0), 1e-6);
        assertFalse(plot(chart).getRenderer(1).isSeriesVisibleInLegend(0));
    }

    @Test
    void subtitleGivesTheCostsAtTheCurrentVolume() {
        JFreeChart chart = build(UNTITLED);
        // Peak utilisation: 300,000 / (2 x 4,032,000) x 70% = 2.6%.
        assertEquals("At 300K/month self-hosting costs $4,028.00/month (2 replicas, peak utilisation 2.6%)"
                + " against the API's $975.00", context(chart));
        assertEquals("", note(chart));
    }

    @Test
    void eightGpusAtTwentyDollarsNeverBreakEvenAndSayWhy() {
        // A replica: 8 x $20 x 720 h = $115,200 a month for 4,032,000 queries, $0.02857 a query.
        JFreeChart chart = build(withSection(UNTITLED, SelfHostSection.DEFAULT.withGpuUsdPerHour(20).withGpusPerReplica(8)));
        assertEquals("Never cheaper: a replica costs $115,200.00 a month and serves at most 4,032,000 queries:"
                + " $0.02857 a query, more than the API's $0.003250, before $2,300.00 a month of fixed costs", context(chart));
        assertEquals(List.of("Current: 300K/month"), labels(chart));
        assertEquals("Self-hosted (8 GPUs per replica)", plot(chart).getDataset(0).getSeriesKey(SelfHostBreakevenChart.SELF_HOSTED));
        assertEquals(2 * 115_200 + 2_300, valueAt(chart, SelfHostBreakevenChart.SELF_HOSTED, 1e6), 1e-6);
        assertEquals(0, plot(chart).getDataset(1).getItemCount(0));
    }

    @Test
    void aFreeApiIsNotDrawnOnTheLogScaleAndTheSubtitleSaysSo() {
        Scenario free = UNTITLED.withReferenceModel(new ModelPrice("free", 0, 0));
        JFreeChart chart = build(free);
        XYPlot plot = plot(chart);
        assertEquals(0, plot.getDataset(0).getItemCount(SelfHostBreakevenChart.API));
        assertFalse(plot.getRenderer(0).isSeriesVisible(SelfHostBreakevenChart.API));
        assertEquals("Never cheaper: the API costs nothing a query", context(chart));
        assertEquals("API line not drawn: at $0.00 a query it has no place on a log scale", note(chart));
        XYDataset dataset = plot.getDataset(0);
        for (int item = 0; item < dataset.getItemCount(SelfHostBreakevenChart.SELF_HOSTED); item++) {
            assertTrue(dataset.getYValue(SelfHostBreakevenChart.SELF_HOSTED, item) > 0);
        }
        assertTrue(plot.getRangeAxis().getLowerBound() > 0);
    }

    @Test
    void volumeAxisWidensByADecadeToShowFiveHundredMillionAMonth() {
        Scenario big = TestScenarios.atVolume(UNTITLED, 500_000_000 / 30.0);
        JFreeChart chart = build(big);
        LogAxis x = (LogAxis) plot(chart).getDomainAxis();
        assertEquals(1e4, x.getLowerBound(), 1e-3);
        assertEquals(1e9, x.getUpperBound(), 10);
        assertEquals(500_000_000, marker(chart, "Current").getValue(), 1e-3);
        assertEquals("Current: 500M/month", marker(chart, "Current").getLabel());
        XYDataset dataset = plot(chart).getDataset(0);
        int last = dataset.getItemCount(SelfHostBreakevenChart.API) - 1;
        assertEquals(1e9, dataset.getXValue(SelfHostBreakevenChart.API, last), 0.0);
        assertEquals(3_250_000, dataset.getYValue(SelfHostBreakevenChart.API, last), 1e-6);
    }

    @Test
    void volumeAxisWidensToShowABreakevenBeyondOneHundredMillion() {
        // The reference model at 500 x $0.20 + 200 x $1.00 per 1M = $0.0003 a query; fixed $300 + 100 h x $100.
        // A replica earns 4,032,000 x 0.0003 = $1,209.60 on its $864: 30 replicas, $36,220, first match the API at
        // 36,220 / 0.0003 = 120,733,333 (inside 29 x to 30 x 4,032,000); from 33 replicas on, self-hosting stays cheaper:
        // 38,812 / 0.0003 = 129,373,333.
        Scenario cheapApi = UNTITLED.withReferenceModel(new ModelPrice("cheap", 0.20, 1.00)).withSelfHost(
                SelfHostSection.DEFAULT.withApiBasis(ApiBasis.REFERENCE).withEngineeringHoursPerMonth(100));
        JFreeChart chart = build(cheapApi);
        assertEquals(1e9, plot(chart).getDomainAxis().getUpperBound(), 10);
        assertEquals(120_733_333.3, marker(chart, "Breakeven").getValue(), 0.1);
        assertEquals("Breakeven: 121M/month", marker(chart, "Breakeven").getLabel());
        assertEquals(129_373_333.3, marker(chart, "Cheaper above").getValue(), 0.1);
        assertEquals("Cheaper above: 129M/month", marker(chart, "Cheaper above").getLabel());
    }

    @Test
    void everyCrossingIsADotAndTheCheaperAboveVolumeIsMarked() {
        // A replica at $16.50 x 720 h = $11,880 earns 4,032,000 x $0.00325 = $13,104. With r replicas self-hosting costs
        // 11,880 r + 2,300 and matches the API inside step r (from 2 to 12 replicas) at (11,880 r + 2,300) / 0.00325;
        // the (r+1)th replica at r x 4,032,000 makes it dearer again while 13,104 r < 11,880 (r + 1) + 2,300, that is
        // for r up to 11. So 11 + 10 = 21 crossings, the first at 26,060 / 0.00325 = 8,018,462, the last at
        // 144,860 / 0.00325 = 44,572,308.
        JFreeChart chart = build(withSection(UNTITLED, SelfHostSection.DEFAULT.withGpuUsdPerHour(16.5)));
        XYDataset dots = plot(chart).getDataset(1);
        assertEquals(21, dots.getItemCount(0));
        assertEquals(26_060 / 0.00325, dots.getXValue(0, 0), 1e-3);
        assertEquals(26_060, dots.getYValue(0, 0), 1e-6);
        assertEquals(2 * 4_032_000, dots.getXValue(0, 1), 1e-3);
        assertEquals(144_860 / 0.00325, dots.getXValue(0, 20), 1e-3);
        assertTrue(plot(chart).getRenderer(1).isSeriesVisibleInLegend(0));
        assertEquals("Breakeven: 8.02M/month", marker(chart, "Breakeven").getLabel());
        assertEquals(144_860 / 0.00325, marker(chart, "Cheaper above").getValue(), 1e-3);
        assertEquals("Cheaper above: 44.6M/month", marker(chart, "Cheaper above").getLabel());
        assertEquals("21 crossings between 8.02M and 44.6M/month", note(chart));
    }

    @Test
    void stepsAreDrawnExactlyUpToAThousandReplicasAndSampledBeyond() {
        // 0.001 requests/s x 70% x 2,592,000 s / 3 = 604.8 queries a replica: 10K needs 17 replicas, 100M 165,344.
        SelfHostSection slow = SelfHostSection.DEFAULT.withThroughput(new Throughput(ThroughputBasis.REQUESTS, 0, 0, 0.001));
        JFreeChart chart = build(withSection(UNTITLED, slow));
        XYDataset dataset = plot(chart).getDataset(0);
        int series = SelfHostBreakevenChart.SELF_HOSTED;
        int steps = 0;
        for (int item = 1; item < dataset.getItemCount(series); item++) {
            double x = dataset.getXValue(series, item);
            assertTrue(x >= dataset.getXValue(series, item - 1), "volumes in order");
            if (x == dataset.getXValue(series, item - 1)) {
                steps++;
                assertTrue(x <= 1_000 * 604.8 * (1 + 1e-9), "no drawn step beyond 1,000 replicas: " + x);
                assertEquals(864, dataset.getYValue(series, item) - dataset.getYValue(series, item - 1), 1e-6);
            }
        }
        assertEquals(1_000 - 17 + 1, steps, "steps from 16 to 17 replicas (at 9,676.8, left of the axis: not drawn)"
                + " ... 1,000 to 1,001");
        assertEquals(165_344 * 864 + 2_300, valueAt(chart, series, 1e8), 1e-3);
    }

    @Test
    void updateGivesWhatBuildGivesWithOneChangeEvent() {
        Scenario crossings = withSection(UNTITLED, SelfHostSection.DEFAULT.withGpuUsdPerHour(16.5).withApiBasis(ApiBasis.REFERENCE));
        JFreeChart updated = build(TestScenarios.atVolume(UNTITLED, 500_000_000 / 30.0));
        ChartEvents events = ChartEvents.listenTo(updated);
        BUILDER.update(updated, crossings, ScenarioEvaluator.evaluate(crossings));
        assertEquals(1, events.count());
        JFreeChart built = build(crossings);
        for (int index = 0; index < 2; index++) {
            XYDataset a = plot(built).getDataset(index);
            XYDataset b = plot(updated).getDataset(index);
            assertEquals(a.getSeriesCount(), b.getSeriesCount());
            for (int series = 0; series < a.getSeriesCount(); series++) {
                assertEquals(a.getSeriesKey(series), b.getSeriesKey(series));
                assertEquals(a.getItemCount(series), b.getItemCount(series));
                for (int item = 0; item < a.getItemCount(series); item++) {
                    assertEquals(a.getXValue(series, item), b.getXValue(series, item), 0.0);
                    assertEquals(a.getYValue(series, item), b.getYValue(series, item), 0.0);
                }
            }
        }
        assertEquals(labels(built), labels(updated));
        assertEquals(markers(built).stream().map(ValueMarker::getValue).toList(),
                markers(updated).stream().map(ValueMarker::getValue).toList());
        assertEquals(context(built), context(updated));
        assertEquals(note(built), note(updated));
        assertEquals(plot(built).getDomainAxis().getRange(), plot(updated).getDomainAxis().getRange());
        assertEquals(plot(built).getRangeAxis().getRange(), plot(updated).getRangeAxis().getRange());
    }

    @Test
    void updateRefusesAnotherBuildersChart() {
        var evaluation = ScenarioEvaluator.evaluate(UNTITLED);
        assertThrows(IllegalArgumentException.class, () -> BUILDER.update(Charts.TCO_PIE.build(UNTITLED, evaluation),
                UNTITLED, evaluation));
        assertThrows(IllegalArgumentException.class, () -> BUILDER.update(Charts.SHARE_VS_VOLUME.build(UNTITLED, evaluation),
                UNTITLED, evaluation));
    }

    @Test
    void shownInputsIgnoreUnrelatedEditsAndFollowTheGpuPrice() {
        var evaluation = ScenarioEvaluator.evaluate(UNTITLED);
        Object shown = BUILDER.shownInputs(UNTITLED, evaluation);
        Scenario renamed = UNTITLED.withName("Renamed").withSelfHost(UNTITLED.selfHost().withModelName("Another model"));
        assertEquals(shown, BUILDER.shownInputs(renamed, ScenarioEvaluator.evaluate(renamed)));
        Scenario dearer = withSection(UNTITLED, UNTITLED.selfHost().withGpuUsdPerHour(1.5));
        assertNotEquals(shown, BUILDER.shownInputs(dearer, ScenarioEvaluator.evaluate(dearer)));
        Scenario halfUsed = withSection(UNTITLED, UNTITLED.selfHost().withTargetUtilisation(0.5));
        assertNotEquals(shown, BUILDER.shownInputs(halfUsed, ScenarioEvaluator.evaluate(halfUsed)));
        Scenario busier = TestScenarios.atVolume(UNTITLED, 20_000);
        assertNotEquals(shown, BUILDER.shownInputs(busier, ScenarioEvaluator.evaluate(busier)));
    }

    @Test
    void volumesReadToThreeSignificantDigits() {
        assertEquals("1.24M", SelfHostBreakevenChart.volume(1_239_384.6));
        assertEquals("300K", SelfHostBreakevenChart.volume(300_000));
        assertEquals("8.06M", SelfHostBreakevenChart.volume(8_064_000));
        assertEquals("1M", SelfHostBreakevenChart.volume(999_600));
        assertEquals("121M", SelfHostBreakevenChart.volume(120_733_333));
        assertEquals("30", SelfHostBreakevenChart.volume(30));
    }
}
