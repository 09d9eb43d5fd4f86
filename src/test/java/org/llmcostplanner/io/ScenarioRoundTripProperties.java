package org.llmcostplanner.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.llmcostplanner.model.Engineering;
import org.llmcostplanner.model.EngineeringTask;
import org.llmcostplanner.model.FixedCosts;
import org.llmcostplanner.model.LineItem;
import org.llmcostplanner.model.ModelPrice;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.model.Workload;

class ScenarioRoundTripProperties {

    @Property(tries = 300)
    void anyValidScenarioReloadsEqualAndSavesStably(@ForAll("scenarios") Scenario scenario) throws Exception {
        String json = ScenarioFiles.toJson(scenario);
        Scenario reloaded = ScenarioFiles.read(json, "p.json");

        assertEquals(scenario, reloaded);
        assertEquals(json, ScenarioFiles.toJson(reloaded));
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        Arbitrary<Workload> workload = Combinators.combine(
                Arbitraries.doubles().between(1, 1e10), tokens(), tokens(), Arbitraries.doubles().between(1, 31))
                .as(Workload::new);
        Arbitrary<ModelPrice> model = Combinators.combine(names(), usd(1e4), usd(1e4)).as(ModelPrice::new);
        Arbitrary<List<EngineeringTask>> tasks = Combinators.combine(names(), Arbitraries.doubles().between(0, 1e6))
                .as(EngineeringTask::new).list().ofMaxSize(4);
        Arbitrary<Engineering> engineering = Combinators.combine(usd(1e4), tasks).as(Engineering::new);
        Arbitrary<FixedCosts> fixed = Combinators.combine(lines(), engineering, lines(), lines()).as(FixedCosts::new);
        return Combinators.combine(names(), text(), workload, model, fixed).as(Scenario::new);
    }

    private static Arbitrary<Double> tokens() {
        return Arbitraries.oneOf(Arbitraries.integers().between(0, 100_000).map(Integer::doubleValue),
                Arbitraries.doubles().between(0, 1e7));
    }

    /** Whole dollars, cents, and arbitrary doubles, as users type and sliders produce. */
    private static Arbitrary<Double> usd(double max) {
        return Arbitraries.oneOf(Arbitraries.integers().between(0, (int) Math.min(max, 1e9)).map(Integer::doubleValue),
                Arbitraries.bigDecimals().between(java.math.BigDecimal.ZERO, java.math.BigDecimal.valueOf(max))
                        .ofScale(2).map(java.math.BigDecimal::doubleValue),
                Arbitraries.doubles().between(0, max), Arbitraries.of(0.0, -0.0, Double.MIN_VALUE));
    }

    private static Arbitrary<List<LineItem>> lines() {
        return Combinators.combine(names(), usd(1e9)).as(LineItem::new).list().ofMaxSize(5);
    }

    private static Arbitrary<String> names() {
        return text().filter(s -> !s.isBlank());
    }

    private static Arbitrary<String> text() {
        return Arbitraries.strings().withCharRange('\u0000', '\uD7FF').ofMaxLength(30);
    }
}
