package org.llmcostplanner.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.llmcostplanner.model.price.PriceCatalog;
import org.llmcostplanner.model.price.TokenPrices;
import org.llmcostplanner.model.usage.RejectReason;

/**
 * Writes a realistic month of usage logs (March 2026) in the standard CSV layout, about 150
 * bytes a row, and adds up what a reader must find while writing: rows, rejects by reason, and
 * the accepted rows' cost in total and by model, feature and day. Deterministic for a seed.
 *
 * <p>Four models (gpt-4o-mini most), five features, 2,000 users (a few heavy ones), tokens and
 * latency log-normal, prompt caching on some calls, 10% of rows without a cost (priced from
 * {@link #catalog()} by the generator's own arithmetic), 2% retries, a few 429 and 500 statuses;
 * timestamps mostly UTC with milliseconds, some with a +02:00 offset, some in epoch milliseconds.
 * A share of the rows are junk, spread evenly over the kinds of {@link RejectReason} a CSV can
 * have, and blank lines (not rows) are sprinkled in.
 */
public final class UsageLogGenerator {
    static final String HEADER = "timestamp,request_id,model,feature,user_id,input_tokens,output_tokens,cached_tokens,"
            + "latency_ms,cost_usd,status_code,is_retry";
    private static final String[] MODELS = {"gpt-4o-mini", "gpt-4o", "claude-haiku", "claude-sonnet"};
    private static final double[] MODEL_SHARE = {0.60, 0.15, 0.15, 0.10};
    private static final TokenPrices[] PRICES = {
        new TokenPrices(0.15, 0.60, OptionalDouble.of(0.075), OptionalDouble.empty(), OptionalDouble.empty(),
                OptionalDouble.empty(), OptionalDouble.empty()),
        new TokenPrices(2.50, 10.00, OptionalDouble.of(1.25), OptionalDouble.empty(), OptionalDouble.empty(),
                OptionalDouble.empty(), OptionalDouble.empty()),
        TokenPrices.of(1.00, 5.00),
        new TokenPrices(3.00, 15.00, OptionalDouble.of(0.30), OptionalDouble.empty(), OptionalDouble.empty(),
                OptionalDouble.empty(), OptionalDouble.empty())};
    private static final String[] FEATURES = {"support-chat", "summarize-ticket", "classify-intent", "search-rerank",
        "draft-email"};
    private static final double[] MEAN_INPUT = {1800, 3500, 400, 1200, 900};
    private static final double[] MEAN_OUTPUT = {250, 300, 5, 40, 350};
    private static final RejectReason[] JUNK = {RejectReason.MALFORMED_LINE, RejectReason.WRONG_COLUMN_COUNT,
        RejectReason.MISSING_FIELD, RejectReason.BAD_TIMESTAMP, RejectReason.NON_NUMERIC,
        RejectReason.NEGATIVE_OR_INCONSISTENT, RejectReason.UNPRICED_MODEL};
    private static final Instant MONTH = Instant.parse("2026-03-01T00:00:00Z");
    private static final long MONTH_MILLIS = 31L * 24 * 3600 * 1000;
    private static final DateTimeFormatter PLUS_TWO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX")
            .withZone(ZoneOffset.ofHours(2));

    /**
     * What was written. Costs are of the accepted rows, in USD, added in file order.
     *
     * @param costByDay by day in the zone the generator was given
     */
    public record Totals(long rows, long accepted, Map<RejectReason, Long> rejectedByReason, long estimated,
                         double totalCost, Map<String, Double> costByModel, Map<String, Long> callsByModel,
                         Map<String, Double> costByFeature, Map<LocalDate, Double> costByDay, long bytes) {
        public long rejected() {
            return rejectedByReason.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private UsageLogGenerator() {
    }

    /** The generator's models at their prices, USD per 1M tokens; "legacy-model-x" is not in it. */
    public static PriceCatalog catalog() {
        LocalDate day = LocalDate.of(2026, 3, 1);
        return new PriceCatalog(day, List.of(
                UsageTestSinks.entry(MODELS[0], "OpenAI", PRICES[0], day), UsageTestSinks.entry(MODELS[1], "OpenAI", PRICES[1], day),
                UsageTestSinks.entry(MODELS[2], "Anthropic", PRICES[2], day),
                UsageTestSinks.entry(MODELS[3], "Anthropic", PRICES[3], day)));
    }

    /**
     * @param rows      rows to write (blank lines come on top)
     * @param junkShare the share of rows that are junk, e.g. 0.03
     * @param zone      the zone days are counted in
     */
    public static Totals writeCsv(Path file, long rows, long seed, double junkShare, ZoneId zone) throws IOException {
        try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8),
                1 << 16)) {
            Totals totals = write(out, rows, seed, junkShare, zone);
            out.flush();
            return new Totals(totals.rows, totals.accepted, totals.rejectedByReason, totals.estimated, totals.totalCost,
                    totals.costByModel, totals.callsByModel, totals.costByFeature, totals.costByDay, Files.size(file));
        }
    }

    static Totals write(Writer out, long rows, long seed, double junkShare, ZoneId zone) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        Sums sums = new Sums();
        StringBuilder line = new StringBuilder(256);
        out.write(HEADER);
        out.write('\n');
        for (long i = 0; i < rows; i++) {
            line.setLength(0);
            long millis = MONTH.toEpochMilli() + i * MONTH_MILLIS / rows + random.nextLong(Math.max(1, MONTH_MILLIS / rows));
            int model = pick(random, MODEL_SHARE);
            int feature = random.nextInt(FEATURES.length);
            int userNumber = random.nextDouble() < 0.3 ? random.nextInt(20) : random.nextInt(2000); // a few heavy users
            String user = "user-" + "00000".substring(Integer.toString(userNumber).length()) + userNumber;
            long input = Math.max(1, Math.round(MEAN_INPUT[feature] * Math.exp(0.5 * random.nextGaussian() - 0.125)));
            long output = Math.max(1, Math.round(MEAN_OUTPUT[feature] * Math.exp(0.6 * random.nextGaussian() - 0.18)));
            long cached = random.nextDouble() < 0.35 ? (input / 1024) * 1024 / (1 + random.nextInt(2)) : 0;
            double latency = Math.round((200 + output * 12 * Math.exp(0.3 * random.nextGaussian())) * 10) / 10.0;
            boolean withCost = random.nextDouble() >= 0.10;
            double cost = cost(PRICES[model], input, cached, output);
            String status = random.nextDouble() < 0.98 ? "200" : random.nextBoolean() ? "429" : "500";
            boolean retry = random.nextDouble() < 0.02;
            String timestamp = timestamp(random, millis);
            String modelName = MODELS[model];
            RejectReason junk = random.nextDouble() < junkShare ? JUNK[random.nextInt(JUNK.length)] : null;
            String inputText = Long.toString(input);
            String outputText = Long.toString(output);
            String costText = withCost ? Double.toString(cost) : "";
            String featureText = FEATURES[feature];
            String extra = "";
            if (junk != null) {
                switch (junk) {
                    case MALFORMED_LINE -> featureText = "\"" + featureText;
                    case WRONG_COLUMN_COUNT -> extra = ",unexpected";
                    case MISSING_FIELD -> modelName = "";
                    case BAD_TIMESTAMP -> timestamp = random.nextBoolean() ? "2026-03-32T10:00:00Z" : "last tuesday";
                    case NON_NUMERIC -> inputText = random.nextBoolean() ? input + "k" : "n/a";
                    case NEGATIVE_OR_INCONSISTENT -> outputText = "-" + output;
                    default -> { // UNPRICED_MODEL
                        modelName = "legacy-model-x";
                        costText = "";
                    }
                }
            }
            line.append(timestamp).append(',').append(uuid(random)).append(',').append(modelName).append(',')
                    .append(featureText).append(',').append(user).append(',').append(inputText).append(',')
                    .append(outputText).append(',').append(cached).append(',').append(latency).append(',')
                    .append(costText).append(',').append(status).append(',').append(retry).append(extra).append('\n');
            if (random.nextDouble() < 0.001) {
                line.append(random.nextBoolean() ? "\n" : "   \n");
            }
            out.append(line);
            if (junk != null) {
                sums.rejected.merge(junk, 1L, Long::sum);
            } else {
                sums.add(MODELS[model], FEATURES[feature], LocalDate.ofInstant(Instant.ofEpochMilli(millis), zone), cost,
                        !withCost);
            }
        }
        return sums.totals(rows);
    }

    /** The generator's own arithmetic for a call's cost: cached tokens are part of the input. */
    static double cost(TokenPrices prices, long input, long cached, long output) {
        double cachedPrice = prices.cachedInput().isPresent() ? prices.cachedInput().getAsDouble() : prices.input();
        return ((input - cached) * prices.input() + cached * cachedPrice + output * prices.output()) / 1e6;
    }

    private static String timestamp(SplittableRandom random, long millis) {
        double form = random.nextDouble();
        Instant instant = Instant.ofEpochMilli(millis);
        if (form < 0.05) {
            return PLUS_TWO.format(instant);
        }
        return form < 0.07 ? Long.toString(millis) : instant.toString();
    }

    private static int pick(SplittableRandom random, double[] shares) {
        double u = random.nextDouble();
        for (int i = 0; i < shares.length - 1; i++) {
            u -= shares[i];
            if (u < 0) {
                return i;
            }
        }
        return shares.length - 1;
    }

    /** A request id in the form OpenAI's chat completions have. */
    private static String uuid(SplittableRandom random) {
        String hex = Long.toHexString(random.nextLong() | Long.MIN_VALUE) + Long.toHexString(random.nextLong() | Long.MIN_VALUE);
        return "chatcmpl-" + hex.substring(0, 8) + '-' + hex.substring(8, 12) + '-' + hex.substring(12, 16) + '-' + hex.substring(16, 20)
                + '-' + hex.substring(20, 32);
    }

    /** The running sums; groups are few (models, features, days). */
    private static final class Sums {
        final Map<RejectReason, Long> rejected = new EnumMap<>(RejectReason.class);
        final Map<String, Double> costByModel = new TreeMap<>();
        final Map<String, Long> callsByModel = new TreeMap<>();
        final Map<String, Double> costByFeature = new TreeMap<>();
        final Map<LocalDate, Double> costByDay = new TreeMap<>();
        long accepted;
        long estimated;
        double total;

        void add(String model, String feature, LocalDate day, double cost, boolean estimatedCost) {
            accepted++;
            estimated += estimatedCost ? 1 : 0;
            total += cost;
            costByModel.merge(model, cost, Double::sum);
            callsByModel.merge(model, 1L, Long::sum);
            costByFeature.merge(feature, cost, Double::sum);
            costByDay.merge(day, cost, Double::sum);
        }

        Totals totals(long rows) {
            return new Totals(rows, accepted, Collections.unmodifiableMap(rejected), estimated, total,
                    Collections.unmodifiableMap(costByModel), Collections.unmodifiableMap(callsByModel),
                    Collections.unmodifiableMap(costByFeature), Collections.unmodifiableMap(costByDay), 0);
        }
    }
}
