package org.llmcostplanner.model.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import org.llmcostplanner.model.RandomScenarios;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.model.ScenarioInput;
import org.llmcostplanner.model.ScenarioInputs;
import org.llmcostplanner.model.ScenarioValidator;

/**
 * The tornado over random valid plans (jqwik draws a seed for {@link RandomScenarios#variedScenario},
 * a metric and a change): every bar is the metric recomputed at its moved inputs, independently
 * of the tornado's code; the bars are sorted by swing; every input is accounted for once.
 */
class SensitivityPropertiesTest {

    @Provide
    Arbitrary<Scenario> scenarios() {
        return Arbitraries.longs().map(seed -> RandomScenarios.variedScenario(new Random(seed)));
    }

    @Property(tries = 300)
    void barsAreTheMetricRecomputedAtTheMovedInputs(@ForAll("scenarios") Scenario scenario, @ForAll Metric metric,
                                                    @ForAll @DoubleRange(min = 0.01, max = 1) double delta) {
        Tornado tornado = Sensitivity.tornado(scenario, metric, delta);
        if (tornado.baseMetric().isEmpty()) {
            assertTrue(tornado.bars().isEmpty() && tornado.undefinedReason().isPresent());
            return;
        }
        for (TornadoBar bar : tornado.bars()) {
            ScenarioInput input = bar.input();
            String what = input.path() + " " + bar;
            for (double moved : new double[] {bar.lowValue(), bar.highValue()}) {
                assertTrue(moved >= input.validMin() && moved <= input.validMax(), what);
                assertTrue(ScenarioValidator.introduced(scenario, input.set(scenario, moved)).isEmpty(), what);
            }
            // A side that could not move is the plan itself (setting a percent input back to its
            // own value can differ in the last bit, through the percent-to-fraction conversion).
            double base = tornado.baseMetric().getAsDouble();
            assertEquals(bar.lowValue() == bar.baseValue() ? base : metric.of(input.set(scenario, bar.lowValue())).getAsDouble(),
                    bar.metricAtLow(), 0, what);
            assertEquals(bar.highValue() == bar.baseValue() ? base : metric.of(input.set(scenario, bar.highValue())).getAsDouble(),
                    bar.metricAtHigh(), 0, what);
            // Unclamped, the sides are the value times (1 -/+ delta), or whole numbers beyond them.
            if (!bar.clamped() && !ScenarioInputs.isWholeNumber(input)) {
                assertEquals(bar.baseValue() * (1 - delta), bar.lowValue(), 0, what);
                assertEquals(bar.baseValue() * (1 + delta), bar.highValue(), 0, what);
            }
            assertTrue(bar.lowValue() <= bar.baseValue() && bar.baseValue() <= bar.highValue(), what);
        }
        List<TornadoBar> bars = tornado.bars();
        for (int i = 1; i < bars.size(); i++) {
            assertTrue(bars.get(i - 1).swing() >= bars.get(i).swing(), "sorted by swing at " + i);
        }
        Set<String> seen = new HashSet<>();
        bars.forEach(bar -> assertTrue(seen.add(bar.input().path())));
        tornado.unchanged().forEach(input -> assertTrue(seen.add(input.path())));
        tornado.skipped().forEach(skip -> assertTrue(seen.add(skip.input().path())));
        assertEquals(ScenarioInputs.ALL.size(), seen.size(), "every input once");
    }
}
