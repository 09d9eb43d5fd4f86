package org.llmcostplanner.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.llmcostplanner.model.format.Money;
import org.llmcostplanner.model.price.CatalogEntry;
import org.llmcostplanner.model.price.ModelPrice;
import org.llmcostplanner.model.price.PriceCatalog;
import org.llmcostplanner.model.routing.RoutingSection;
import org.llmcostplanner.model.routing.RoutingTier;

/**
 * Where a scenario's prices are older than the catalog's: models priced from the catalog on that
 * day or earlier whose entry now lists other prices. Prices typed by hand (no date) are the user's and
 * are never offered for update.
 */
public final class PriceUpdates {
    /**
     * One model whose catalog prices moved since the plan took them.
     *
     * @param where   the model's place for the user: "Reference model" or "Tier 'Hard: GPT-4o'"
     * @param current the prices the scenario uses
     * @param newer   the catalog's entry
     */
    public record Update(String where, ModelPrice current, CatalogEntry newer) {
        /** "Reference model gpt-4o: $2.50 / $10.00 (2026-11-28) -> $2.00 / $8.00 (2026-12-01)". */
        public String describe() {
            return where + " " + current.name() + ": " + Money.usdPrice(current.inputUsdPer1MTokens()) + " / "
                    + Money.usdPrice(current.outputUsdPer1MTokens()) + " (" + current.pricesAsOf().orElseThrow() + ") -> "
                    + Money.usdPrice(newer.prices().input()) + " / " + Money.usdPrice(newer.prices().output()) + " ("
                    + newer.asOf() + ") per 1M input / output tokens";
        }
    }

    private PriceUpdates() {
    }

    /** Every model of {@code scenario} the catalog has newer, different prices for, in file order. */
    public static List<Update> of(Scenario scenario, PriceCatalog catalog) {
        List<Update> updates = new ArrayList<>();
        newer(scenario.referenceModel(), catalog).ifPresent(entry ->
                updates.add(new Update("Reference model", scenario.referenceModel(), entry)));
        for (RoutingTier tier : scenario.routing().tiers()) {
            newer(tier.model(), catalog).ifPresent(entry -> updates.add(new Update("Tier '" + tier.name() + "'", tier.model(), entry)));
        }
        return updates;
    }

    private static Optional<CatalogEntry> newer(ModelPrice model, PriceCatalog catalog) {
        if (model.pricesAsOf().isEmpty()) {
            return Optional.empty();
        }
        // The same day counts: a refresh on the day a plan was made can still change its prices.
        return catalog.find(model.name()).filter(entry -> !entry.asOf().isBefore(model.pricesAsOf().get()))
                .filter(entry -> !entry.pricesMatch(model));
    }

    /** {@code scenario} with every dated model that has newer catalog prices updated to them (and their date). */
    public static Scenario apply(Scenario scenario, PriceCatalog catalog) {
        Scenario updated = scenario;
        Optional<CatalogEntry> reference = newer(scenario.referenceModel(), catalog);
        if (reference.isPresent()) {
            updated = updated.withReferenceModel(reference.get().toModelPrice());
        }
        RoutingSection routing = updated.routing();
        List<RoutingTier> tiers = new ArrayList<>();
        for (RoutingTier tier : routing.tiers()) {
            tiers.add(newer(tier.model(), catalog).map(entry -> tier.withModel(entry.toModelPrice())).orElse(tier));
        }
        return updated.withRouting(routing.withTiers(tiers));
    }
}
