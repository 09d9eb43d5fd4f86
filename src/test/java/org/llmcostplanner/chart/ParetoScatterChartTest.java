package org.llmcostplanner.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.model.ScenarioEvaluator;
import org.llmcostplanner.model.pareto.ChapterConfigurations;
import org.llmcostplanner.model.pareto.ParetoConfiguration;
import org.llmcostplanner.model.pareto.ParetoConstraints;
import org.llmcostplanner.model.pareto.ParetoLimit;
import org.llmcostplanner.model.pareto.ParetoPlan;
import org.llmcostplanner.model.pareto.ParetoSection;

class ParetoScatterChartTest {
    private static final ChartBuilder BUILDER = new ParetoScatterChart();

    /** The chapter's ten configurations, recommending the cheapest at 90% quality or more. */
    static Scenario chapter() {
        return TestScenarios.saasSupport().withPareto(ParetoSection.EMPTY.withConfigurations(ChapterConfigurations.TEN)
                .withConstraints(ParetoConstraints.NONE.withMinQuality(ParetoLimit.of(0.90))));
    }

    private static JFreeChart build(Scenario scenario) {
        return BUILDER.build(scenario, ScenarioEvaluator.evaluate(scenario));
    }

    private static List<Point2D> series(XYDataset dataset, int series) {
        List<Point2D> points = new ArrayList<>();
        for (int i = 0; i < dataset.getItemCount(series); i++) {
            points.add(new Point2D.Double(dataset.getXValue(series, i), dataset.getYValue(series, i)));
        }
        return points;
    }

    private static PointLabels labels(JFreeChart chart) {
        return (PointLabels) ((XYPlot) chart.getPlot()).getAnnotations().get(0);
    }

    @Test
    void frontierDominatedAndRecommendedPointsAndTheStepLineInCostOrder() {
        XYPlot plot = (XYPlot) build(chapter()).getPlot();
        assertEquals(List.of(new Point2D.Double(0.00001, 72), new Point2D.Double(0.0003, 84), new Point2D.Double(0.0005, 87),
                new Point2D.Double(0.002, 93), new Point2D.Double(0.012, 95), new Point2D.Double(0.02, 97)),
                series(plot.getDataset(0), 0));
        XYDataset points = plot.getDataset(1);
        assertEquals(5, points.getItemCount(ParetoScatterChart.FRONTIER), "six on the frontier, one of them recommended");
        assertEquals(4, points.getItemCount(ParetoScatterChart.DOMINATED));
        assertEquals(List.of(new Point2D.Double(0.002, 93)), series(points, ParetoScatterChart.RECOMMENDED));
        assertEquals("Hybrid (BERT + GPT-4o): 93.0% quality, $0.002000 per query, 120 ms",
                plot.getRenderer(1).getToolTipGenerator(ParetoScatterChart.RECOMMENDED, 0)
                        .generateToolTip(points, ParetoScatterChart.RECOMMENDED, 0));
        List<String> names = labels(build(chapter())).labels().stream().map(PointLabels.Label::text).toList();
        assertEquals(List.of("Hybrid (BERT + GPT-4o)", "TF-IDF + LogReg", "Fine-tuned DistilBERT", "Fine-tuned BERT-base",
                "GPT-4o (few-shot)", "Claude Opus (few-shot)"), names, "the recommendation first, then the frontier by cost");
    }

    @Test
    void editingAQualityMovesTheFrontierAndTheChartFollows() {
        Scenario scenario = chapter();
        JFreeChart chart = build(scenario);
        List<ParetoConfiguration> edited = new ArrayList<>(scenario.pareto().configurations());
        edited.set(9, new ParetoConfiguration("Bad prompt (GPT-4o-mini)", 0.99, 0.00350, 500));
        Scenario better = scenario.withPareto(scenario.pareto().withConfigurations(edited));
        BUILDER.update(chart, better, ScenarioEvaluator.evaluate(better));
        // At 99% for $0.0035 it dominates GPT-4o few-shot and Claude Opus: dominated are now the two minis,
        // GPT-4o zero-shot, GPT-4o few-shot and Opus.
        XYPlot plot = (XYPlot) chart.getPlot();
        assertEquals(5, plot.getDataset(0).getItemCount(0));
        assertEquals(new Point2D.Double(0.0035, 99), series(plot.getDataset(0), 0).get(4));
        assertEquals(5, plot.getDataset(1).getItemCount(ParetoScatterChart.DOMINATED));
        assertTrue(ChartStyle.findSubtitle(chart, ParetoScatterChart.SUMMARY_ID).getText().startsWith("Recommended: Hybrid"));
    }

    @Test
    void withLatencyTheFrontierIsColouredByLatencyBandAndNotJoinedByASteppedLine() {
        Scenario chapter = chapter();
        List<ParetoConfiguration> withFast = new ArrayList<>(chapter.pareto().configurations());
        withFast.add(new ParetoConfiguration("Fast mini (cached)", 0.90, 0.004, 50));
        Scenario three = chapter.withPareto(chapter.pareto().withConfigurations(withFast)
                .withObjectives(org.llmcostplanner.model.pareto.ParetoObjectives.COST_QUALITY_LATENCY));
        JFreeChart chart = build(three);
        XYPlot plot = (XYPlot) chart.getPlot();
        assertEquals(0, plot.getDataset(0).getItemCount(0), "a three-objective frontier can fall as cost rises");
        XYDataset points = plot.getDataset(1);
        int band = ParetoScatterChart.FIRST_LATENCY_BAND;
        // Under 100 ms: TF-IDF (1), DistilBERT (15), BERT (25), fast mini (50); 300 ms-1 s: GPT-4o few-shot, Opus;
        // the hybrid (120 ms) is the recommendation.
        assertEquals(0, points.getItemCount(ParetoScatterChart.FRONTIER));
        assertEquals(4, points.getItemCount(band));
        assertEquals(0, points.getItemCount(band + 1));
        assertEquals(2, points.getItemCount(band + 2));
        assertEquals(0, points.getItemCount(band + 3));
        assertFalse(plot.getRenderer(1).isSeriesVisibleInLegend(band + 1), "empty bands stay out of the legend");
        assertTrue(plot.getRenderer(1).isSeriesVisibleInLegend(band + 2));
        assertEquals(7, labels(chart).labels().size());
    }

    @Test
    void noConfigurationsShowsAMessageAndAFreeOneIsLeftOffTheLogAxis() {
        JFreeChart empty = build(TestScenarios.saasSupport());
        assertEquals(0, ((XYPlot) empty.getPlot()).getDataset(1).getItemCount(0));
        assertEquals("No configurations yet: add some, or import a CSV",
                ChartStyle.findSubtitle(empty, ParetoScatterChart.SUMMARY_ID).getText(), "said once, in the subtitle");
        assertNull(empty.getPlot().getNoDataMessage());
        assertNotNull(ChartExport.render(empty, 960, 540, 1));

        Scenario free = TestScenarios.saasSupport().withPareto(ParetoSection.EMPTY.withConfigurations(
                List.of(new ParetoConfiguration("Rules", 0.6, 0, 1), new ParetoConfiguration("LLM", 0.9, 0.01, 500))));
        XYPlot plot = (XYPlot) build(free).getPlot();
        assertEquals(List.of(new Point2D.Double(0.01, 90)), series(plot.getDataset(0), 0));
        assertNotNull(ChartExport.render(build(free), 960, 540, 1));
        assertThrows(IllegalArgumentException.class, () -> BUILDER.update(Charts.TCO_PIE.build(free,
                ScenarioEvaluator.evaluate(free)), free, ScenarioEvaluator.evaluate(free)));
    }

    @Test
    void placedLabelsNeverOverlapEachOtherThePointsOrTheEdgeAndCrowdedOnesAreLeftOut() {
        Random random = new Random(3);
        Rectangle2D area = new Rectangle2D.Double(0, 0, 600, 400);
        int placedSomewhere = 0;
        int leftOut = 0;
        for (int trial = 0; trial < 200; trial++) {
            int count = 2 + random.nextInt(40);
            List<Point2D> anchors = new ArrayList<>();
            List<Rectangle2D> sizes = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                anchors.add(new Point2D.Double(random.nextDouble() * 600, random.nextDouble() * 400));
                sizes.add(new Rectangle2D.Double(0, 0, 40 + random.nextInt(120), 18));
            }
            List<Line2D> lines = List.of(new Line2D.Double(0, 200, 600, 200));
            List<Rectangle2D> boxes = PointLabels.place(anchors, sizes, anchors, 6, lines, area);
            for (int i = 0; i < count; i++) {
                Rectangle2D box = boxes.get(i);
                if (box == null) {
                    leftOut++;
                    continue;
                }
                placedSomewhere++;
                assertTrue(area.contains(box), "inside the plot");
                for (int j = 0; j < i; j++) {
                    assertFalse(boxes.get(j) != null && boxes.get(j).intersects(box), "labels " + j + " and " + i + " overlap");
                }
                for (Point2D point : anchors) {
                    double nearestX = Math.max(box.getMinX(), Math.min(point.getX(), box.getMaxX()));
                    double nearestY = Math.max(box.getMinY(), Math.min(point.getY(), box.getMaxY()));
                    assertTrue(point.distance(nearestX, nearestY) >= 6, "a label covers a point");
                }
            }
        }
        assertTrue(placedSomewhere > 1000 && leftOut > 0, placedSomewhere + " placed, " + leftOut + " left out");
        List<Rectangle2D> lone = PointLabels.place(List.of(new Point2D.Double(300, 200)), List.of(new Rectangle2D.Double(0, 0, 80, 18)),
                List.of(new Point2D.Double(300, 200)), 6, List.of(new Line2D.Double(300, 200, 600, 200)), area);
        assertFalse(lone.get(0).intersectsLine(300, 200, 600, 200), "a free spot off the line is preferred: " + lone.get(0));
        assertNull(PointLabels.place(List.of(new Point2D.Double(5, 5)), List.of(new Rectangle2D.Double(0, 0, 700, 18)),
                List.of(), 6, List.of(), area).get(0), "a label wider than the plot is left out");
    }

    @Test
    void aLabelWithNoFreeSpotBesideItsPointMovesToTheOuterRing() {
        Rectangle2D area = new Rectangle2D.Double(0, 0, 800, 600);
        Point2D anchor = new Point2D.Double(400, 300);
        // Four labels for one point: right and left take the spots beside it, and the boxes there
        // reach into the spots above and below, so the third and fourth labels go farther out.
        List<Point2D> anchors = java.util.Collections.nCopies(4, anchor);
        List<Rectangle2D> sizes = java.util.Collections.nCopies(4, new Rectangle2D.Double(0, 0, 60, 16));
        List<Rectangle2D> boxes = PointLabels.place(anchors, sizes, List.of(anchor), 6, List.of(), area);
        double farthest = 0;
        for (int i = 0; i < boxes.size(); i++) {
            Rectangle2D box = boxes.get(i);
            assertNotNull(box, "label " + i + " placed: " + boxes);
            assertTrue(area.contains(box));
            for (int j = 0; j < i; j++) {
                assertFalse(box.intersects(boxes.get(j)), "labels " + j + " and " + i + " overlap");
            }
            double nearestX = Math.max(box.getMinX(), Math.min(anchor.getX(), box.getMaxX()));
            double nearestY = Math.max(box.getMinY(), Math.min(anchor.getY(), box.getMaxY()));
            farthest = Math.max(farthest, anchor.distance(nearestX, nearestY));
        }
        assertTrue(farthest >= 15, "a label in the outer ring, " + farthest + " px away");
    }

    @Test
    void theCurrentPlanIsABlackDiamondAtItsApiCostPerQueryAndMeasuredQuality() {
        Scenario measured = chapter().withPareto(chapter().pareto().withPlan(new ParetoPlan(ParetoLimit.of(0.93), ParetoLimit.of(600))));
        XYPlot plot = (XYPlot) build(measured).getPlot();
        // GPT-4o at 500 input and 200 output tokens: (500 x 2.50 + 200 x 10.00) / 1M = $0.00325.
        assertEquals(List.of(new Point2D.Double(0.00325, 93)), series(plot.getDataset(ParetoScatterChart.PLAN_DATASET), 0));
        assertTrue(plot.getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND) == null
                || plot.getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND).isEmpty());
        assertTrue(labels(build(measured)).labels().stream().anyMatch(l -> l.text().equals("Current plan (gpt-4o)")));
    }

    @Test
    void anUnmeasuredPlanIsADashedLineAtItsCost() {
        XYPlot plot = (XYPlot) build(chapter()).getPlot();
        assertEquals(0, plot.getDataset(ParetoScatterChart.PLAN_DATASET).getItemCount(0));
        var markers = plot.getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND);
        assertEquals(1, markers.size());
        org.jfree.chart.plot.ValueMarker marker = (org.jfree.chart.plot.ValueMarker) markers.iterator().next();
        assertEquals(0.00325, marker.getValue(), 1e-12);
        assertEquals("Current plan: quality not measured", marker.getLabel());
        // $0.00325 lies right of the middle of the axis ($0.000005 to $0.04): the label reads leftwards.
        assertEquals(org.jfree.chart.ui.TextAnchor.TOP_RIGHT, marker.getLabelTextAnchor());
    }

    @Test
    void theChartIsRedrawnOnlyWhenTheConfigurationsOrThePlansCostChange() {
        Scenario scenario = chapter();
        Object shown = BUILDER.shownInputs(scenario, ScenarioEvaluator.evaluate(scenario));
        // Spend over queries varies in the last bit with the volume: none of it may count as a change.
        for (double perDay = 1000; perDay < 1e7; perDay *= 1.1) {
            Scenario busier = scenario.withWorkload(scenario.workload().withQueriesPerDay(Math.rint(perDay)));
            assertEquals(shown, BUILDER.shownInputs(busier, ScenarioEvaluator.evaluate(busier)),
                    "volume leaves the chart alone, " + Math.rint(perDay) + " a day");
        }
        Scenario longer = scenario.withWorkload(scenario.workload().withInputTokensPerQuery(900));
        assertFalse(shown.equals(BUILDER.shownInputs(longer, ScenarioEvaluator.evaluate(longer))), "the plan's cost moved");
        Scenario edited = scenario.withPareto(scenario.pareto().withRule(org.llmcostplanner.model.pareto.ParetoAnalysis.Rule.HIGHEST_QUALITY));
        assertFalse(shown.equals(BUILDER.shownInputs(edited, ScenarioEvaluator.evaluate(edited))));
    }

    @Test
    void theRecommendationAndThePlanAreDrawnOnTopAndTheirTooltipsAnswerThePointer() {
        Scenario measured = chapter().withPareto(chapter().pareto().withPlan(new ParetoPlan(ParetoLimit.of(0.93), ParetoLimit.of(600))));
        JFreeChart chart = build(measured);
        org.jfree.chart.ChartRenderingInfo info = new org.jfree.chart.ChartRenderingInfo();
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(960, 540, java.awt.image.BufferedImage.TYPE_INT_ARGB);
        java.awt.Graphics2D g2 = image.createGraphics();
        chart.draw(g2, new Rectangle2D.Double(0, 0, 960, 540), null, info);
        g2.dispose();
        var entities = info.getEntityCollection();
        for (var each : entities.getEntities()) {
            if (each instanceof org.jfree.chart.entity.XYItemEntity item) {
                assertNotNull(item.getToolTipText(), "every point entity has a tooltip; the step line adds none");
            }
        }
        // Ask for the entity under the centre of the recommended square and of the plan's diamond.
        XYPlot plot = (XYPlot) chart.getPlot();
        Rectangle2D area = info.getPlotInfo().getDataArea();
        String atHybrid = entities.getEntity(plot.getDomainAxis().valueToJava2D(0.002, area, plot.getDomainAxisEdge()),
                plot.getRangeAxis().valueToJava2D(93, area, plot.getRangeAxisEdge())).getToolTipText();
        assertTrue(atHybrid.startsWith("Hybrid (BERT + GPT-4o): 93.0% quality"), atHybrid);
        String atPlan = entities.getEntity(plot.getDomainAxis().valueToJava2D(0.00325, area, plot.getDomainAxisEdge()),
                plot.getRangeAxis().valueToJava2D(93, area, plot.getRangeAxisEdge())).getToolTipText();
        assertTrue(atPlan.startsWith("Current plan (gpt-4o): 93.0% quality"), atPlan);
        assertEquals(org.jfree.chart.plot.DatasetRenderingOrder.FORWARD, plot.getDatasetRenderingOrder());
        assertEquals(org.jfree.chart.plot.SeriesRenderingOrder.FORWARD, plot.getSeriesRenderingOrder());
    }
}
