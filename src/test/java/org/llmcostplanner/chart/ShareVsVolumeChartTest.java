package org.llmcostplanner.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PiePlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.llmcostplanner.model.CostCategory;
import org.llmcostplanner.model.Evaluation;
import org.llmcostplanner.model.price.ModelPrice;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.model.ScenarioEvaluator;

class ShareVsVolumeChartTest {
    private final ChartBuilder share = Charts.SHARE_VS_VOLUME;

    private static JFreeChart build(Scenario scenario) {
        return Charts.SHARE_VS_VOLUME.build(scenario, ScenarioEvaluator.evaluate(scenario));
    }

    private static XYPlot plot(JFreeChart chart) {
        return (XYPlot) chart.getPlot();
    }

    /** The y value of the category's series at the sample point nearest {@code queriesPerDay}. */
    private static double shareAt(JFreeChart chart, CostCategory category, double queriesPerDay) {
        XYDataset dataset = plot(chart).getDataset();
        int series = dataset.indexOf(category);
        int nearest = 0;
        for (int i = 0; i < dataset.getItemCount(series); i++) {
            if (Math.abs(dataset.getXValue(series, i) - queriesPerDay) < Math.abs(dataset.getXValue(series, nearest) - queriesPerDay)) {
                nearest = i;
            }
        }
        assertEquals(queriesPerDay, dataset.getXValue(series, nearest), queriesPerDay * 1e-12, "sample point");
        return dataset.getYValue(series, nearest);
    }

    private static List<ValueMarker> markers(JFreeChart chart) {
        return ChartMarkers.of(chart);
    }

    private static ValueMarker marker(JFreeChart chart, String labelStart) {
        return ChartMarkers.labelled(chart, labelStart);
    }

    @Test
    void hasIdTitleAndAxesWithUnits() {
        JFreeChart chart = build(TestScenarios.saasSupport());
        assertEquals("tco-share-vs-volume", share.id());
        assertEquals("Share of TCO vs traffic", chart.getTitle().getText());
        LogAxis x = assertInstanceOf(LogAxis.class, plot(chart).getDomainAxis());
        assertEquals("Queries per day (log scale)", x.getLabel());
        assertEquals(1e3, x.getLowerBound(), 0.0);
        assertEquals(1e7, x.getUpperBound(), 0.0);
        assertEquals("1K", x.getNumberFormatOverride().format(1000.0));
        assertEquals("10K", x.getNumberFormatOverride().format(9999.999999999998));
        assertEquals("10M", x.getNumberFormatOverride().format(1e7));
        NumberAxis y = assertInstanceOf(NumberAxis.class, plot(chart).getRangeAxis());
        assertEquals("Share of monthly TCO (%)", y.getLabel());
        assertEquals(0, y.getLowerBound(), 0.0);
        assertEquals(100, y.getUpperBound(), 0.0);
        assertEquals("40%", y.getTickUnit().valueToString(40));
    }

    @Test
    void seriesAtTenThousandPerDayEqualSharesComputedByHand() {
        JFreeChart chart = build(TestScenarios.saasSupport());
        double total = 975 + 380 + 8000 + 700 + 750;
        assertEquals(100 * 975 / total, shareAt(chart, CostCategory.API, 10_000), 1e-9);
        assertEquals(100 * 380 / total, shareAt(chart, CostCategory.INFRASTRUCTURE, 10_000), 1e-9);
        assertEquals(100 * 8000 / total, shareAt(chart, CostCategory.ENGINEERING, 10_000), 1e-9);
        assertEquals(100 * 700 / total, shareAt(chart, CostCategory.QUALITY, 10_000), 1e-9);
        assertEquals(100 * 750 / total, shareAt(chart, CostCategory.OPERATIONAL, 10_000), 1e-9);
        double apiAtOneMillion = 97_500;
        assertEquals(100 * apiAtOneMillion / (apiAtOneMillion + 9_830), shareAt(chart, CostCategory.API, 1_000_000), 1e-9);
    }

    @Test
    void seriesSpanOneThousandToTenMillionWithOneSeriesPerCategory() {
        XYDataset dataset = plot(build(TestScenarios.saasSupport())).getDataset();
        assertEquals(CostCategory.values().length, dataset.getSeriesCount());
        for (CostCategory category : CostCategory.values()) {
            int series = dataset.indexOf(category);
            assertEquals(category.ordinal(), series);
            assertEquals(1e3, dataset.getXValue(series, 0), 1e-9);
            assertEquals(1e7, dataset.getXValue(series, dataset.getItemCount(series) - 1), 0.0);
        }
    }

    @Test
    void crossoverMarkerSitsWhereApiOvertakesEngineering() {
        JFreeChart chart = build(TestScenarios.saasSupport());
        ValueMarker crossover = marker(chart, "API overtakes engineering");
        assertEquals(8000 / (0.00325 * 30), crossover.getValue(), 0.01);
        assertEquals(82_051.28, crossover.getValue(), 0.01);
        assertEquals("API overtakes engineering at 82,051/day", crossover.getLabel());
        assertFalse(ChartStyle.findSubtitle(chart, ShareVsVolumeChart.NOTE_ID).isVisible());
    }

    @Test
    void currentVolumeMarkerIsDashedAndLabelled() {
        ValueMarker current = marker(build(TestScenarios.saasSupport()), "Current");
        assertEquals(10_000, current.getValue(), 0.0);
        assertEquals("Current: 10,000/day", current.getLabel());
        assertTrue(((java.awt.BasicStroke) current.getStroke()).getDashArray() != null);
    }

    @Test
    void seriesHaveThePiesCategoryColoursAndApiIsThickest() {
        JFreeChart line = build(TestScenarios.saasSupport());
        JFreeChart pie = Charts.TCO_PIE.build(TestScenarios.saasSupport(), ScenarioEvaluator.evaluate(TestScenarios.saasSupport()));
        for (CostCategory category : CostCategory.values()) {
            assertEquals(((PiePlot<?>) pie.getPlot()).getSectionPaint(category),
                    plot(line).getRenderer().getSeriesPaint(category.ordinal()), category.name());
        }
        float api = ((java.awt.BasicStroke) plot(line).getRenderer().getSeriesStroke(0)).getLineWidth();
        float engineering = ((java.awt.BasicStroke) plot(line).getRenderer().getSeriesStroke(2)).getLineWidth();
        assertTrue(api > engineering);
    }

    @Test
    void crossoverAboveTheRangeBecomesASubtitle() {
        // $0.01 per 1M tokens: API costs $0.0000070 per query, so it passes $8,000 near 38M/day.
        Scenario cheap = TestScenarios.saasSupport().withReferenceModel(new ModelPrice("cheap", 0.01, 0.01));
        JFreeChart chart = build(cheap);
        assertEquals(1, markers(chart).size(), "only the current-volume marker");
        TextTitle note = ChartStyle.findSubtitle(chart, ShareVsVolumeChart.NOTE_ID);
        assertTrue(note.isVisible());
        assertEquals("API stays below engineering up to 10M/day", note.getText());
    }

    @Test
    void crossoverBelowTheRangeBecomesASubtitle() {
        Scenario pricey = TestScenarios.saasSupport().withReferenceModel(new ModelPrice("pricey", 1000, 1000));
        TextTitle note = ChartStyle.findSubtitle(build(pricey), ShareVsVolumeChart.NOTE_ID);
        assertTrue(note.isVisible());
        assertTrue(note.getText().startsWith("API exceeds engineering over the whole range"), note.getText());
    }

    @Test
    void currentVolumeOutsideTheRangeIsNotedNotMarked() {
        JFreeChart chart = build(TestScenarios.atVolume(TestScenarios.saasSupport(), 50));
        assertEquals(1, markers(chart).size(), "only the crossover marker");
        assertEquals("Current 50/day is outside this range", ChartStyle.findSubtitle(chart, ShareVsVolumeChart.NOTE_ID).getText());
    }

    @Test
    void categoriesThatAreZeroEverywhereAreHiddenWithTheirLegendEntry() {
        JFreeChart chart = build(Scenario.untitled());
        assertFalse(plot(chart).getRenderer().isSeriesVisible(CostCategory.OPERATIONAL.ordinal()));
        assertTrue(plot(chart).getRenderer().isSeriesVisible(CostCategory.API.ordinal()));
        assertEquals(4, plot(chart).getLegendItems().getItemCount());
    }

    @Test
    void updateReplacesDataAndMarkersAndFiresExactlyOneChartChangeEvent() {
        JFreeChart chart = build(TestScenarios.saasSupport());
        ChartEvents events = ChartEvents.listenTo(chart);
        Scenario longer = TestScenarios.saasSupport().withWorkload(TestScenarios.saasSupport().workload().withInputTokensPerQuery(1_000));
        Evaluation evaluation = ScenarioEvaluator.evaluate(longer);

        share.update(chart, longer, evaluation);

        assertEquals(1, events.count());
        double api = 30 * 10_000 * (1_000 * 2.5 + 200 * 10.0) / 1e6;
        assertEquals(100 * api / (api + 9_830), shareAt(chart, CostCategory.API, 10_000), 1e-9);
        assertEquals(8000 / (0.0045 * 30), marker(chart, "API overtakes").getValue(), 0.01);
        assertEquals(2, markers(chart).size());
        assertNotEquals(100 * 975 / 10_805.0, shareAt(chart, CostCategory.API, 10_000));
    }

    @Test
    void updateMatchesAFreshBuild() {
        Scenario pricey = TestScenarios.saasSupport().withReferenceModel(new ModelPrice("pricey", 1000, 1000));
        JFreeChart updated = build(TestScenarios.saasSupport());
        share.update(updated, pricey, ScenarioEvaluator.evaluate(pricey));
        JFreeChart fresh = build(pricey);
        assertEquals(plot(fresh).getDataset(), plot(updated).getDataset());
        assertEquals(markers(fresh).size(), markers(updated).size());
        assertEquals(ChartStyle.findSubtitle(fresh, ShareVsVolumeChart.NOTE_ID).getText(),
                ChartStyle.findSubtitle(updated, ShareVsVolumeChart.NOTE_ID).getText());
    }

    @Test
    void updateIsFastEnoughForSliderDrags() {
        JFreeChart chart = build(TestScenarios.saasSupport());
        long[] nanos = new long[200];
        for (int i = 0; i < nanos.length; i++) {
            Scenario scenario = TestScenarios.atVolume(TestScenarios.saasSupport(), 1_000 + 5_000.0 * i);
            Evaluation evaluation = ScenarioEvaluator.evaluate(scenario);
            long start = System.nanoTime();
            share.update(chart, scenario, evaluation);
            nanos[i] = System.nanoTime() - start;
        }
        java.util.Arrays.sort(nanos);
        long median = nanos[nanos.length / 2];
        assertTrue(median < 5_000_000, "median update took " + median / 1e6 + " ms");
    }

    @Test
    void updateRejectsAChartItDidNotBuild() {
        JFreeChart pie = Charts.TCO_PIE.build(TestScenarios.saasSupport(), ScenarioEvaluator.evaluate(TestScenarios.saasSupport()));
        Scenario saas = TestScenarios.saasSupport();
        assertThrows(IllegalArgumentException.class, () -> share.update(pie, saas, ScenarioEvaluator.evaluate(saas)));
    }
}
