package org.llmcostplanner.model.price;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Function;

import org.llmcostplanner.model.format.Money;

/**
 * What a price refresh changed, for the report after an import.
 *
 * @param added   ids new to the catalog
 * @param changed one line per changed model, e.g. {@code gpt-4o: input $2.50 -> $2.00 per 1M}
 * @param same    how many imported models kept every price
 */
public record CatalogChanges(List<String> added, List<String> changed, int same) {
    public CatalogChanges {
        added = List.copyOf(added);
        changed = List.copyOf(changed);
    }

    /** The changes {@code imported} makes to {@code before} (see {@link PriceCatalog#updatedWith}). */
    public static CatalogChanges of(PriceCatalog before, List<CatalogEntry> imported) {
        List<String> added = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        int same = 0;
        for (CatalogEntry entry : imported) {
            var old = before.find(entry.id());
            if (old.isEmpty()) {
                added.add(entry.id());
                continue;
            }
            List<String> differences = differences(old.get().prices(), entry.prices().orElse(old.get().prices()));
            if (differences.isEmpty()) {
                same++;
            } else {
                changed.add(entry.id() + ": " + String.join(", ", differences) + " per 1M tokens");
            }
        }
        return new CatalogChanges(added, changed, same);
    }

    private static List<String> differences(TokenPrices before, TokenPrices after) {
        List<String> differences = new ArrayList<>();
        compare("input", OptionalDouble.of(before.input()), OptionalDouble.of(after.input()), differences);
        compare("output", OptionalDouble.of(before.output()), OptionalDouble.of(after.output()), differences);
        compare("cached input", before.cachedInput(), after.cachedInput(), differences);
        compare("cache write (5 min)", before.cacheWrite5m(), after.cacheWrite5m(), differences);
        compare("cache write (1 h)", before.cacheWrite1h(), after.cacheWrite1h(), differences);
        compare("batch input", before.batchInput(), after.batchInput(), differences);
        compare("batch output", before.batchOutput(), after.batchOutput(), differences);
        return differences;
    }

    private static void compare(String what, OptionalDouble before, OptionalDouble after, List<String> differences) {
        if (!before.equals(after)) {
            Function<OptionalDouble, String> shown = price -> price.isPresent() ? Money.usdPrice(price.getAsDouble()) : "none";
            differences.add(what + " " + shown.apply(before) + " -> " + shown.apply(after));
        }
    }

    /** One line for the status bar: "3 models added, 2 changed, 40 unchanged". */
    public String summary() {
        return added.size() + (added.size() == 1 ? " model" : " models") + " added, " + changed.size() + " changed, "
                + same + " unchanged";
    }
}
