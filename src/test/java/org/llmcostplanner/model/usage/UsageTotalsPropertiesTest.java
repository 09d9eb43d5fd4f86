package org.llmcostplanner.model.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Over random calls (jqwik), in any time zone and under any filter: the dashboard's breakdowns by
 * model, by feature and by day each add up, every counter of them, to its grand total, exactly.
 */
class UsageTotalsPropertiesTest {
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private static final List<String> ZONES = List.of("UTC", "America/Los_Angeles", "Asia/Kolkata", "Pacific/Kiritimati");

    @Provide
    Arbitrary<List<UsageRecord>> records() {
        return record().list().ofMaxSize(300);
    }

    private static Arbitrary<UsageRecord> record() {
        Arbitrary<Instant> at = Arbitraries.longs().between(0, 20L * 86_400).map(START::plusSeconds);
        Arbitrary<String> model = Arbitraries.of("gpt-4o", "gpt-4o-mini", "claude-opus", "llama");
        Arbitrary<String> feature = Arbitraries.of("chat", "search", "", "extract");
        Arbitrary<String> user = Arbitraries.of("", "a", "b", "c");
        Arbitrary<Long> input = Arbitraries.longs().between(0, 100_000);
        Arbitrary<Long> output = Arbitraries.longs().between(0, 10_000);
        Arbitrary<Double> latency = Arbitraries.doubles().between(0, 60_000);
        Arbitrary<Double> cost = Arbitraries.oneOf(Arbitraries.doubles().between(0, 5), Arbitraries.just(0.0));
        Arbitrary<Integer> status = Arbitraries.of(200, 200, 200, 429, 500);
        Arbitrary<Boolean> flag = Arbitraries.of(true, false);
        return Combinators.combine(at, model, feature, user, input, output, latency, cost)
                .flatAs((time, m, f, u, in, out, ms, usd) -> Combinators.combine(status, flag, flag,
                        Arbitraries.longs().between(0, in)).as((code, retry, estimated, cached) ->
                        new UsageRecord(time, "", m, f, u, in, out, cached, ms, usd, estimated, code, retry)));
    }

    @Provide
    Arbitrary<UsageFilter> filters() {
        Arbitrary<LocalDate> day = Arbitraries.integers().between(-1, 21).map(offset -> LocalDate.of(2026, 1, 1).plusDays(offset));
        return Combinators.combine(day.injectNull(0.4), Arbitraries.integers().between(0, 10).injectNull(0.4),
                        Arbitraries.of("gpt-4o", "llama", "missing").injectNull(0.6), Arbitraries.of("chat", "").injectNull(0.6))
                .as((from, length, model, feature) -> UsageFilter.ALL
                        .withDays(from, from == null || length == null ? null : from.plusDays(length))
                        .withModel(model).withFeature(feature));
    }

    private static <T> UsageTotals sum(List<T> parts, Function<T, UsageTotals> totals) {
        return parts.stream().map(totals).reduce(UsageTotals.ZERO, UsageTotals::plus);
    }

    @Property(tries = 300)
    void byModelByFeatureAndByDayEachAddUpToTheTotal(@ForAll("records") List<UsageRecord> records,
                                                     @ForAll("filters") UsageFilter filter,
                                                     @ForAll @IntRange(min = 0, max = 3) int zone) {
        UsageDashboard dashboard = UsageRecords.aggregate(ZoneId.of(ZONES.get(zone)), records).dashboard(filter, 3);

        assertEquals(dashboard.totals(), sum(dashboard.byModel(), UsageDashboard.Breakdown::totals));
        assertEquals(dashboard.totals(), sum(dashboard.byFeature(), UsageDashboard.Breakdown::totals));
        assertEquals(dashboard.totals(), sum(dashboard.byDay(), UsageDashboard.DayUsage::totals));
        // In USD as shown, the sums agree to the floating-point rounding of one division each.
        double byModelUsd = dashboard.byModel().stream().mapToDouble(UsageDashboard.Breakdown::costUsd).sum();
        assertEquals(dashboard.totalCostUsd(), byModelUsd, 1e-12 * (1 + dashboard.totalCostUsd()));
    }

    @Property(tries = 200)
    void noRowIsLostOrCountedTwice(@ForAll("records") List<UsageRecord> records) {
        UsageDashboard dashboard = UsageRecords.aggregate(ZoneId.of("UTC"), records).dashboard(UsageFilter.ALL, 0);

        assertEquals(records.size(), dashboard.totals().calls());
        assertEquals(records.size(), dashboard.rows().rowsAccepted());
        assertEquals(records.stream().mapToLong(record -> UsageTotals.nanoUsd(record.costUsd())).sum(),
                dashboard.totals().costNanoUsd());
    }
}
