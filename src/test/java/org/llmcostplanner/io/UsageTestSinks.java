package org.llmcostplanner.io;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.llmcostplanner.model.price.CatalogEntry;
import org.llmcostplanner.model.price.PriceCatalog;
import org.llmcostplanner.model.price.TokenPrices;
import org.llmcostplanner.model.usage.RejectedRow;
import org.llmcostplanner.model.usage.UsageRecord;
import org.llmcostplanner.model.usage.UsageSink;

/** What the usage-log tests share: a sink that keeps every row, and a small catalog priced by hand. */
final class UsageTestSinks {
    private UsageTestSinks() {
    }

    /** Keeps what it is given, in order; for small test files only. */
    static final class Collecting implements UsageSink {
        final List<UsageRecord> accepted = new ArrayList<>();
        final List<RejectedRow> rejected = new ArrayList<>();

        @Override
        public void accept(UsageRecord record) {
            accepted.add(record);
        }

        @Override
        public void reject(RejectedRow row) {
            rejected.add(row);
        }
    }

    /**
     * gpt-4o-mini: $0.15 in, $0.60 out, $0.075 cached (per 1M tokens); claude-haiku: $1 in, $5 out,
     * no cached price listed.
     */
    static PriceCatalog catalog() {
        LocalDate day = LocalDate.of(2026, 3, 1);
        return new PriceCatalog(day, List.of(
                entry("gpt-4o-mini", "OpenAI", new TokenPrices(0.15, 0.60, OptionalDouble.of(0.075), OptionalDouble.empty(),
                        OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty()), day),
                entry("claude-haiku", "Anthropic", TokenPrices.of(1, 5), day)));
    }

    static CatalogEntry entry(String id, String provider, TokenPrices prices, LocalDate day) {
        return new CatalogEntry(id, provider, prices, OptionalLong.empty(), Optional.empty(), "test", day, "");
    }
}
