package org.llmcostplanner.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;
import org.llmcostplanner.model.price.CatalogEntry;
import org.llmcostplanner.model.price.ModelPrice;
import org.llmcostplanner.model.price.PriceCatalog;
import org.llmcostplanner.model.price.TokenPrices;

/** A reopened plan keeps its prices; a newer catalog is offered, never forced. */
class PriceUpdatesTest {
    private static final LocalDate PLANNED = LocalDate.of(2026, 11, 28);
    private static final LocalDate LATER = LocalDate.of(2026, 12, 15);

    private static CatalogEntry entry(String id, double input, double output, LocalDate asOf) {
        return new CatalogEntry(id, "OpenAI", TokenPrices.of(input, output), OptionalLong.empty(), Optional.empty(), "test", asOf, "");
    }

    private static Scenario plan() {
        return TestScenarios.saasSupport().withReferenceModel(new ModelPrice("gpt-4o", 2.5, 10, Optional.of(PLANNED)))
                .withRouting(TestScenarios.saasSupportRouting());
    }

    @Test
    void aNewerCatalogWithOtherPricesIsOfferedForEveryDatedModel() {
        PriceCatalog catalog = PriceCatalog.of(List.of(entry("gpt-4o", 2.0, 8.0, LATER), entry("gpt-4o-mini", 0.15, 0.60, LATER)), LATER);

        List<PriceUpdates.Update> updates = PriceUpdates.of(plan(), catalog);

        // gpt-4o-mini's date is older but its prices are the same: nothing to offer.
        assertEquals(List.of("Reference model", "Tier 'Hard: GPT-4o'"), updates.stream().map(PriceUpdates.Update::where).toList());
        assertEquals("Reference model gpt-4o: $2.50 / $10.00 (2026-11-28) -> $2.00 / $8.00 (2026-12-15) per 1M input / output tokens",
                updates.get(0).describe());
    }

    @Test
    void applyingTakesTheNewPricesAndDatesAndLeavesTheRest() {
        PriceCatalog catalog = PriceCatalog.of(List.of(entry("gpt-4o", 2.0, 8.0, LATER)), LATER);

        Scenario updated = PriceUpdates.apply(plan(), catalog);

        assertEquals(new ModelPrice("gpt-4o", 2.0, 8.0, Optional.of(LATER)), updated.referenceModel());
        assertEquals(new ModelPrice("gpt-4o", 2.0, 8.0, Optional.of(LATER)), updated.routing().tiers().get(2).model());
        assertEquals(plan().routing().tiers().subList(0, 2), updated.routing().tiers().subList(0, 2));
        assertEquals(List.of(), PriceUpdates.of(updated, catalog));
        // (0.7 x 0.0001 + 0.2 x 0.000195 + 0.1 x (500 x 2 + 200 x 8) / 1M) per query when routed.
        Scenario routed = updated.withRouting(updated.routing().withEnabled(true));
        assertEquals(0.00007 + 0.000039 + 0.00026, ScenarioEvaluator.evaluate(routed).apiUsdPerQuery(), 1e-15);
    }

    @Test
    void pricesTypedByHandOrNewerThanTheCatalogAreLeftAlone() {
        Scenario typed = plan().withReferenceModel(new ModelPrice("gpt-4o", 2.5, 10));
        LocalDate earlier = PLANNED.minusDays(1);
        PriceCatalog older = PriceCatalog.of(List.of(entry("gpt-4o", 2.0, 8.0, earlier)), earlier);
        PriceCatalog sameDay = PriceCatalog.of(List.of(entry("gpt-4o", 2.0, 8.0, PLANNED)), PLANNED);
        PriceCatalog later = PriceCatalog.of(List.of(entry("gpt-4o", 2.0, 8.0, LATER)), LATER);

        assertEquals(List.of(), PriceUpdates.of(plan(), older), "the plan's prices are newer than the catalog's");
        assertEquals(2, PriceUpdates.of(plan(), sameDay).size(), "changed the same day: offered");
        assertEquals(List.of("Tier 'Hard: GPT-4o'"), PriceUpdates.of(typed, later).stream().map(PriceUpdates.Update::where).toList());
        assertEquals(typed.referenceModel(), PriceUpdates.apply(typed, later).referenceModel());
        // A hand edit drops the date, so the edited price is never overwritten.
        assertEquals(Optional.empty(), plan().referenceModel().withInputUsdPer1MTokens(3).pricesAsOf());
        assertEquals(Optional.of(PLANNED), plan().referenceModel().withInputUsdPer1MTokens(2.5).pricesAsOf());
    }
}
