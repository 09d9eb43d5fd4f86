package org.llmcostplanner.chart;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import java.util.List;
import java.util.Random;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.junit.jupiter.api.Test;
import org.jfree.chart.plot.PiePlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.data.general.PieDataset;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.IntervalCategoryDataset;
import org.jfree.data.xy.XYDataset;
import org.llmcostplanner.model.Engineering;
import org.llmcostplanner.model.EngineeringTask;
import org.llmcostplanner.model.FixedCosts;
import org.llmcostplanner.model.LineItem;
import org.llmcostplanner.model.price.ModelPrice;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.model.ScenarioEvaluator;
import org.llmcostplanner.model.ScenarioValidator;
import org.llmcostplanner.model.ScenarioInput;
import org.llmcostplanner.model.SelfHostInputs;
import org.llmcostplanner.model.Workload;
import org.llmcostplanner.model.selfhost.ApiBasis;
import org.llmcostplanner.model.selfhost.SelfHostSection;
import org.llmcostplanner.model.selfhost.ThroughputBasis;

/** Whatever valid plan the user types, no chart dataset or marker ever holds NaN or infinity. */
class ChartsStayFiniteTest {

    private static final long SEED = Long.getLong("planner.propertySeed", 20_261_128L);

    @Test
    void everyDatasetValueIsFiniteForRandomValidScenarios() {
        for (int i = 0; i < 200; i++) {
            long seed = SEED + i;
            Random random = new Random(seed);
            Scenario scenario = new Scenario("Random", "",
                    new Workload(between(random, 1, 1e10), between(random, 0, 1e7), between(random, 0, 1e7),
                            between(random, 1, 31)),
                    new ModelPrice("m", between(random, 0, 1e4), between(random, 0, 1e4)),
                    new FixedCosts(List.of(new LineItem("infra", between(random, 0, 1e9))),
                            new Engineering(between(random, 0, 1e4), List.of(new EngineeringTask("work", between(random, 0, 1e6)))),
                            List.of(new LineItem("quality", between(random, 0, 1e9))),
                            List.of(new LineItem("ops", between(random, 0, 1e9)))));
            assertTrue(ScenarioValidator.problems(scenario).isEmpty(), () -> ScenarioValidator.problems(scenario).toString());
            try {
                assertChartsFinite(scenario);
            } catch (AssertionError failure) {
                throw new AssertionError("seed " + seed + ": " + failure.getMessage(), failure);
            }
        }
    }

    /** A value in [min, max]: the ends, zero-ish values and log-uniform values across the range. */
    private static double between(Random random, double min, double max) {
        return switch (random.nextInt(6)) {
            case 0 -> min;
            case 1 -> max;
            case 2 -> min + random.nextDouble() * (max - min);
            default -> {
                double low = Math.max(min, 1e-3);
                yield Math.min(max, low * Math.pow(max / low, random.nextDouble()));
            }
        };
    }

    @Test
    void everyDatasetValueIsFiniteForRandomSelfHostSections() {
        for (int i = 0; i < 200; i++) {
            long seed = SEED + i;
            Random random = new Random(seed);
            Scenario scenario = random.nextBoolean() ? TestScenarios.saasSupport() : Scenario.untitled();
            scenario = scenario.withWorkload(scenario.workload().withQueriesPerDay(between(random, 1, 1e9)));
            for (ScenarioInput input : SelfHostInputs.ALL) {
                double value = between(random, input.validMin(), input.validMax());
                scenario = input.set(scenario, input == SelfHostInputs.MIN_REPLICAS ? Math.rint(value) : value);
            }
            SelfHostSection section = scenario.selfHost();
            scenario = scenario.withSelfHost(section.withApiBasis(random.nextBoolean() ? ApiBasis.PLAN : ApiBasis.REFERENCE)
                    .withThroughput(section.throughput().withBasis(random.nextBoolean() ? ThroughputBasis.TOKENS
                            : ThroughputBasis.REQUESTS)));
            Scenario tried = scenario;
            try {
                assertChartsFinite(tried, List.of(Charts.SELF_HOST_BREAKEVEN)); // the only chart of the section
            } catch (AssertionError failure) {
                throw new AssertionError("seed " + seed + ", " + tried.selfHost() + ": " + failure.getMessage(), failure);
            }
        }
    }

    @Test
    void routingChartsAreFiniteForRandomValidRoutingSections() {
        org.llmcostplanner.model.RandomScenarios.forAll(300, org.llmcostplanner.model.RandomScenarios::variedScenario,
                ChartsStayFiniteTest::assertChartsFinite);
    }

    @Test
    void everythingZeroIsFinite() {
        assertChartsFinite(TestScenarios.empty());
    }

    @Test
    void zeroEngineeringAndZeroPricesAreFinite() {
        Scenario saas = TestScenarios.saasSupport();
        assertChartsFinite(saas.withReferenceModel(new ModelPrice("free", 0, 0)));
        assertChartsFinite(saas.withFixedCosts(saas.fixedCosts().withEngineering(new Engineering(0, List.of()))));
    }

    private static void assertChartsFinite(Scenario scenario) {
        assertChartsFinite(scenario, Charts.all());
    }

    private static void assertChartsFinite(Scenario scenario, List<ChartBuilder> builders) {
        var evaluation = ScenarioEvaluator.evaluate(scenario);
        for (ChartBuilder builder : builders) {
            JFreeChart built = builder.build(scenario, evaluation);
            assertFinite(built, builder.id() + " built");
            JFreeChart updated = builder.build(TestScenarios.saasSupport(), ScenarioEvaluator.evaluate(TestScenarios.saasSupport()));
            builder.update(updated, scenario, evaluation);
            assertFinite(updated, builder.id() + " updated");
        }
    }

    private static void assertFinite(JFreeChart chart, String what) {
        if (chart.getPlot() instanceof PiePlot) {
            PieDataset<?> dataset = ((PiePlot<?>) chart.getPlot()).getDataset();
            for (int i = 0; i < dataset.getItemCount(); i++) {
                double value = dataset.getValue(i).doubleValue();
                assertTrue(Double.isFinite(value) && value >= 0, what + ": slice " + i + " = " + value);
            }
            return;
        }
        if (chart.getPlot() instanceof CategoryPlot categories) {
            // Shares (a "%" axis) stay within 0..100%; amounts (the waterfall's USD, a tornado's monthly
            // TCO) need only be finite and not negative.
            CategoryDataset dataset = categories.getDataset();
            double most = categories.getRangeAxis().getLabel().contains("%") ? 100 + 1e-9 : Double.MAX_VALUE;
            for (int row = 0; row < dataset.getRowCount(); row++) {
                for (int column = 0; column < dataset.getColumnCount(); column++) {
                    double value = dataset.getValue(row, column).doubleValue();
                    assertTrue(Double.isFinite(value) && value >= 0 && value <= most,
                            what + ": row " + row + " column " + column + " = " + value);
                    if (dataset instanceof IntervalCategoryDataset intervals) {
                        double start = intervals.getStartValue(row, column).doubleValue();
                        assertTrue(Double.isFinite(start) && start >= 0 && start <= most,
                                what + ": start of row " + row + " column " + column + " = " + start);
                    }
                }
            }
            return;
        }
        XYPlot plot = (XYPlot) chart.getPlot();
        for (int index = 0; index < plot.getDatasetCount(); index++) {
            // Shares stay within 0..100%; a net saving may be negative; other values (a cost per
            // query) need only be finite and not negative. Each dataset by the axis it is drawn on.
            String axis = plot.getRangeAxisForDataset(index).getLabel();
            double most = axis.contains("%") ? 100 + 1e-9 : Double.MAX_VALUE;
            double least = axis.startsWith("Net") ? -Double.MAX_VALUE : 0;
            // A log axis shows only positive values.
            if (plot.getRangeAxisForDataset(index) instanceof LogAxis) {
                least = Double.MIN_VALUE;
            }
            double leastX = plot.getDomainAxisForDataset(index) instanceof LogAxis ? Double.MIN_VALUE : -Double.MAX_VALUE;
            XYDataset dataset = plot.getDataset(index);
            for (int series = 0; dataset != null && series < dataset.getSeriesCount(); series++) {
                for (int item = 0; item < dataset.getItemCount(series); item++) {
                    double x = dataset.getXValue(series, item);
                    double y = dataset.getYValue(series, item);
                    assertTrue(Double.isFinite(x) && Double.isFinite(y) && x >= leastX && y >= least && y <= most,
                            what + ": dataset " + index + " series " + series + " item " + item + " = (" + x + ", " + y + ")");
                }
            }
        }
        Collection<?> markers = plot.getDomainMarkers(Layer.FOREGROUND);
        if (markers != null) {
            for (Object marker : markers) {
                double value = ((ValueMarker) marker).getValue();
                assertTrue(Double.isFinite(value) && (value > 0 || !(plot.getDomainAxis() instanceof LogAxis)),
                        what + ": marker " + ((ValueMarker) marker).getLabel() + " at " + value);
            }
        }
    }
}
