package org.llmcostplanner.model.price;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A dated list of models and their prices, at most one entry per id (ids compare without case).
 *
 * @param asOf    the newest day any of its prices was read; never null
 * @param entries sorted by provider, then id
 */
public record PriceCatalog(LocalDate asOf, List<CatalogEntry> entries) {
    private static final Comparator<CatalogEntry> ORDER = Comparator
            .comparing((CatalogEntry entry) -> entry.provider().toLowerCase(Locale.ROOT))
            .thenComparing(entry -> entry.id().toLowerCase(Locale.ROOT));

    public PriceCatalog {
        Objects.requireNonNull(asOf, "asOf");
        Map<String, CatalogEntry> byId = new LinkedHashMap<>();
        for (CatalogEntry entry : entries) {
            if (byId.putIfAbsent(key(entry.id()), entry) != null) {
                throw new IllegalArgumentException("model '" + entry.id() + "' is listed twice");
            }
        }
        List<CatalogEntry> sorted = new ArrayList<>(entries);
        sorted.sort(ORDER);
        entries = List.copyOf(sorted);
    }

    /** A catalog dated by its newest entry; empty catalogs are dated {@code fallback}. */
    public static PriceCatalog of(List<CatalogEntry> entries, LocalDate fallback) {
        LocalDate newest = entries.stream().map(CatalogEntry::asOf).max(Comparator.naturalOrder()).orElse(fallback);
        return new PriceCatalog(newest, entries);
    }

    public Optional<CatalogEntry> find(String id) {
        String wanted = key(id);
        return entries.stream().filter(entry -> key(entry.id()).equals(wanted)).findFirst();
    }

    /**
     * This catalog with {@code imported} laid over it: an imported entry replaces the entry of the
     * same id, new ids are added, and entries the import does not mention stay. An import that does
     * not list a model's tokenizer, context window or one of its optional prices (cached, cache
     * write, batch) keeps what the catalog had: LiteLLM, for one, lists no batch prices for Claude.
     */
    public PriceCatalog updatedWith(List<CatalogEntry> imported) {
        Map<String, CatalogEntry> byId = new LinkedHashMap<>();
        for (CatalogEntry entry : entries) {
            byId.put(key(entry.id()), entry);
        }
        for (CatalogEntry entry : imported) {
            CatalogEntry old = byId.get(key(entry.id()));
            if (old != null) {
                entry = new CatalogEntry(entry.id(), entry.provider(), entry.prices().orElse(old.prices()),
                        entry.contextTokens().isPresent() ? entry.contextTokens() : old.contextTokens(),
                        entry.tokenizer().isPresent() ? entry.tokenizer() : old.tokenizer(),
                        entry.source(), entry.asOf(), entry.notes());
            }
            byId.put(key(entry.id()), entry);
        }
        List<CatalogEntry> merged = new ArrayList<>(byId.values());
        LocalDate newest = merged.stream().map(CatalogEntry::asOf).max(Comparator.naturalOrder()).orElse(asOf);
        return new PriceCatalog(newest.isAfter(asOf) ? newest : asOf, merged);
    }

    static String key(String id) {
        return id.trim().toLowerCase(Locale.ROOT);
    }
}
