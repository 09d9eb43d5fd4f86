package org.llmcostplanner.model.usage;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Usage records built in code for the usage tests. */
final class UsageRecords {
    static final String[] MODELS = {"gpt-4o", "gpt-4o-mini", "claude-opus"};
    static final String[] FEATURES = {"classification", "summarization", "extraction", "chat", ""};
    static final String[] USERS = {"u1", "u2", "u3", "u4", "u5", "u6", ""};

    private UsageRecords() {
    }

    /** A successful first call with no cached tokens, its cost from the log. */
    static UsageRecord call(String at, String model, String feature, String user, long inputTokens, long outputTokens,
                            double latencyMs, double costUsd) {
        return new UsageRecord(Instant.parse(at), "", model, feature, user, inputTokens, outputTokens, 0, latencyMs,
                costUsd, false, 200, false);
    }

    /** {@code record} as a retry of an earlier call. */
    static UsageRecord retry(UsageRecord r) {
        return new UsageRecord(r.timestamp(), r.requestId(), r.model(), r.feature(), r.userId(), r.inputTokens(),
                r.outputTokens(), r.cachedTokens(), r.latencyMs(), r.costUsd(), r.costEstimated(), r.statusCode(), true);
    }

    /** {@code record} answered with this HTTP status. */
    static UsageRecord status(UsageRecord r, int statusCode) {
        return new UsageRecord(r.timestamp(), r.requestId(), r.model(), r.feature(), r.userId(), r.inputTokens(),
                r.outputTokens(), r.cachedTokens(), r.latencyMs(), r.costUsd(), r.costEstimated(), statusCode, r.retry());
    }

    /** {@code record} priced from the catalog. */
    static UsageRecord estimated(UsageRecord r) {
        return new UsageRecord(r.timestamp(), r.requestId(), r.model(), r.feature(), r.userId(), r.inputTokens(),
                r.outputTokens(), r.cachedTokens(), r.latencyMs(), r.costUsd(), true, r.statusCode(), r.retry());
    }

    /** {@code record} with this many of its input tokens read from the provider's cache. */
    static UsageRecord cached(UsageRecord r, long cachedTokens) {
        return new UsageRecord(r.timestamp(), r.requestId(), r.model(), r.feature(), r.userId(), r.inputTokens(),
                r.outputTokens(), cachedTokens, r.latencyMs(), r.costUsd(), r.costEstimated(), r.statusCode(), r.retry());
    }

    /** A call of this cost at noon UTC on {@code day} (yyyy-mm-dd). */
    static UsageRecord spend(String day, String model, String feature, double costUsd) {
        return call(day + "T12:00:00Z", model, feature, "", 1000, 100, 500, costUsd);
    }

    /**
     * Random calls over {@code days} days from 2026-01-01 UTC: any model, feature (some none), user
     * (some none), tokens, lognormal latency around 800 ms, cost up to $0.05, a tenth retries, a
     * twentieth failed, a tenth priced from the catalog.
     */
    static List<UsageRecord> random(long seed, int count, int days) {
        Random random = new Random(seed);
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        List<UsageRecord> records = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long input = 1 + random.nextInt(4000);
            records.add(new UsageRecord(start.plusSeconds(random.nextInt(days * 86_400)), "r" + i,
                    MODELS[random.nextInt(MODELS.length)], FEATURES[random.nextInt(FEATURES.length)],
                    USERS[random.nextInt(USERS.length)], input, random.nextInt(1000), random.nextInt((int) input + 1),
                    Math.exp(Math.log(800) + 0.8 * random.nextGaussian()), random.nextDouble() * 0.05,
                    random.nextInt(10) == 0, random.nextInt(20) == 0 ? 500 : 200, random.nextInt(10) == 0));
        }
        return records;
    }

    static UsageAggregator aggregate(ZoneId zone, List<UsageRecord> records) {
        UsageAggregator aggregator = new UsageAggregator(zone);
        records.forEach(aggregator::accept);
        return aggregator;
    }
}
