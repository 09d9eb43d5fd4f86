package org.llmcostplanner.chart;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import java.util.List;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PiePlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.data.general.PieDataset;
import org.jfree.data.xy.XYDataset;
import org.llmcostplanner.model.Engineering;
import org.llmcostplanner.model.EngineeringTask;
import org.llmcostplanner.model.FixedCosts;
import org.llmcostplanner.model.LineItem;
import org.llmcostplanner.model.ModelPrice;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.model.ScenarioEvaluator;
import org.llmcostplanner.model.ScenarioValidator;
import org.llmcostplanner.model.Workload;

/** Whatever valid plan the user types, no chart dataset or marker ever holds NaN or infinity. */
class NoNaNPropertiesTest {

    @Property(tries = 200)
    void everyDatasetValueIsFiniteForValidScenarios(
            @ForAll @DoubleRange(min = 1, max = 1e10) double queriesPerDay,
            @ForAll @DoubleRange(min = 0, max = 1e7) double inputTokens,
            @ForAll @DoubleRange(min = 0, max = 1e7) double outputTokens,
            @ForAll @DoubleRange(min = 1, max = 31) double daysPerMonth,
            @ForAll @DoubleRange(min = 0, max = 1e4) double inputPrice,
            @ForAll @DoubleRange(min = 0, max = 1e4) double outputPrice,
            @ForAll @DoubleRange(min = 0, max = 1e4) double hourlyRate,
            @ForAll @DoubleRange(min = 0, max = 1e6) double hours,
            @ForAll @DoubleRange(min = 0, max = 1e9) double infrastructure,
            @ForAll @DoubleRange(min = 0, max = 1e9) double quality,
            @ForAll @DoubleRange(min = 0, max = 1e9) double operational) {
        Scenario scenario = new Scenario("Random", "",
                new Workload(queriesPerDay, inputTokens, outputTokens, daysPerMonth),
                new ModelPrice("m", inputPrice, outputPrice),
                new FixedCosts(List.of(new LineItem("infra", infrastructure)),
                        new Engineering(hourlyRate, List.of(new EngineeringTask("work", hours))),
                        List.of(new LineItem("quality", quality)), List.of(new LineItem("ops", operational))));
        assertTrue(ScenarioValidator.problems(scenario).isEmpty(), () -> ScenarioValidator.problems(scenario).toString());
        assertChartsFinite(scenario);
    }

    @Example
    void everythingZeroIsFinite() {
        assertChartsFinite(TestScenarios.empty());
    }

    @Example
    void zeroEngineeringAndZeroPricesAreFinite() {
        Scenario saas = TestScenarios.saasSupport();
        assertChartsFinite(saas.withReferenceModel(new ModelPrice("free", 0, 0)));
        assertChartsFinite(saas.withFixedCosts(saas.fixedCosts().withEngineering(new Engineering(0, List.of()))));
    }

    private static void assertChartsFinite(Scenario scenario) {
        var evaluation = ScenarioEvaluator.evaluate(scenario);
        for (ChartBuilder builder : Charts.all()) {
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
        XYPlot plot = (XYPlot) chart.getPlot();
        XYDataset dataset = plot.getDataset();
        for (int series = 0; series < dataset.getSeriesCount(); series++) {
            for (int item = 0; item < dataset.getItemCount(series); item++) {
                double x = dataset.getXValue(series, item);
                double y = dataset.getYValue(series, item);
                assertTrue(Double.isFinite(x) && Double.isFinite(y) && y >= 0 && y <= 100 + 1e-9,
                        what + ": series " + series + " item " + item + " = (" + x + ", " + y + ")");
            }
        }
        Collection<?> markers = plot.getDomainMarkers(Layer.FOREGROUND);
        if (markers != null) {
            for (Object marker : markers) {
                assertTrue(Double.isFinite(((ValueMarker) marker).getValue()), what + ": marker " + ((ValueMarker) marker).getLabel());
            }
        }
    }
}
