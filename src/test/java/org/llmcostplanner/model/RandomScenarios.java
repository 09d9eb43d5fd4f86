package org.llmcostplanner.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import org.llmcostplanner.io.Tokenizer;
import org.llmcostplanner.model.batching.BatchingSection;
import org.llmcostplanner.model.caching.CachePoint;
import org.llmcostplanner.model.caching.CachingSection;
import org.llmcostplanner.model.caching.PromptCaching;
import org.llmcostplanner.model.caching.SemanticCache;
import org.llmcostplanner.model.caching.ThresholdCurve;
import org.llmcostplanner.model.pareto.ParetoLimit;
import org.llmcostplanner.model.price.ModelPrice;
import org.llmcostplanner.model.prompt.PromptSample;
import org.llmcostplanner.model.prompt.PromptTokens;
import org.llmcostplanner.model.prompt.PromptVariant;
import org.llmcostplanner.model.prompt.PromptsSection;
import org.llmcostplanner.model.prompt.TokenEncoding;
import org.llmcostplanner.model.routing.RouterOverhead;
import org.llmcostplanner.model.routing.RoutingSection;
import org.llmcostplanner.model.routing.RoutingStrategy;
import org.llmcostplanner.model.routing.RoutingTier;
import org.llmcostplanner.model.selfhost.ApiBasis;
import org.llmcostplanner.model.selfhost.SelfHostSection;
import org.llmcostplanner.model.selfhost.Throughput;
import org.llmcostplanner.model.selfhost.ThroughputBasis;

/**
 * Random valid scenarios for property tests: every value inside the range {@link ScenarioInputs}
 * and {@link ScenarioValidator} accept, with the range ends and small values mixed in. Runs are
 * reproducible: one seed per try, derived from a fixed base seed (override with
 * {@code -Dplanner.propertySeed=N}); a failure names the seed, the try and the value.
 */
public final class RandomScenarios {
    static final int TRIES = 1_000;
    /** The seed of try 0; try {@code i} uses {@code BASE_SEED + i}. */
    public static final long BASE_SEED = Long.getLong("planner.propertySeed", 20_260_412L);

    /** Characters that JSON writers and readers treat specially, or that users paste by accident. */
    private static final String SPECIAL_CHARS = "\"\\/'{}[]:,. \t\n\r\b\f\u0000\u0001\u001f\u007f\u0085\u00a0"
            + "\u00e9\u00df\u2028\u2029\u200b\u202e\u3000\ufeff\ufffd\uffff";

    private RandomScenarios() {
    }

    /** A check on one generated value; it fails by throwing, with an assertion or any exception. */
    @FunctionalInterface
    public interface Property<T> {
        void check(T value) throws Exception;
    }

    /**
     * Runs {@code property} on {@code tries} values, try {@code i} drawing its value from
     * {@code new Random(BASE_SEED + i)}. Whatever the property throws is reported as an
     * {@link AssertionError} naming the try, its seed and the value, so the failure can be replayed.
     */
    public static <T> void forAll(int tries, Function<Random, T> generator, Property<T> property) {
        for (int i = 0; i < tries; i++) {
            long seed = BASE_SEED + i;
            T value = generator.apply(new Random(seed));
            try {
                property.check(value);
            } catch (AssertionError | Exception failure) {
                throw new AssertionError("property failed on try " + i + " of " + tries + " (seed " + seed
                        + ", replay the run with -Dplanner.propertySeed=" + BASE_SEED + ") for " + printable(value)
                        + ": " + failure, failure);
            }
        }
    }

    /** Runs {@code property} on {@code tries} random valid scenarios from {@link #scenario(Random)}. */
    public static void forAll(int tries, Property<Scenario> property) {
        forAll(tries, RandomScenarios::scenario, property);
    }

    public static void forAll(Property<Scenario> property) {
        forAll(TRIES, property);
    }

    /** A valid scenario with fixed ASCII names and amounts spread over each input's whole range. */
    public static Scenario scenario(Random random) {
        return scenario(random, false);
    }

    /**
     * A valid scenario as a user may type it: the amounts of {@link #scenario(Random)} mixed with
     * whole dollars, cents and the edge values {@code -0.0} and {@link Double#MIN_VALUE}; names
     * and descriptions of up to 30 characters from all of Unicode (control characters, quotes,
     * backslashes, characters outside the Basic Multilingual Plane), names never blank.
     */
    public static Scenario variedScenario(Random random) {
        return scenario(random, true);
    }

    /*
     * The amounts are drawn in the same order for both kinds, and the plain kind draws nothing
     * else, so scenario(new Random(seed)) stays what it was before the varied kind existed.
     */
    private static Scenario scenario(Random random, boolean varied) {
        String name = name(random, varied, "random");
        String description = varied ? text(random, 0) : "";
        Workload workload = new Workload(amount(random, varied, 1, 1e10), amount(random, varied, 0, 1e7),
                amount(random, varied, 0, 1e7), amount(random, varied, 1, 31));
        ModelPrice model = new ModelPrice(name(random, varied, "model"),
                amount(random, varied, 0, 1e4), amount(random, varied, 0, 1e4));
        List<EngineeringTask> tasks = new ArrayList<>();
        for (int i = random.nextInt(5); i > 0; i--) {
            tasks.add(new EngineeringTask(name(random, varied, "task"),
                    amount(random, varied, 0, ScenarioInputs.MAX_TASK_HOURS_PER_MONTH)));
        }
        List<LineItem> infrastructure = lines(random, varied);
        Engineering engineering = new Engineering(amount(random, varied, 0, 1e4), tasks);
        List<LineItem> quality = lines(random, varied);
        List<LineItem> operational = lines(random, varied);
        Scenario scenario = new Scenario(name, description, workload, model,
                new FixedCosts(infrastructure, engineering, quality, operational));
        return varied ? scenario.withRouting(routing(random)).withPrompts(prompts(random)).withCaching(caching(random))
                .withBatching(batching(random)).withSelfHost(selfHost(random)) : scenario;
    }

    /**
     * A valid self-host section on either basis, compared with either API cost: whole minimum
     * replicas, and the throughput the basis counts at least the validator's least (drawn after batching).
     */
    private static SelfHostSection selfHost(Random random) {
        ThroughputBasis basis = ThroughputBasis.values()[random.nextInt(ThroughputBasis.values().length)];
        boolean tokens = basis == ThroughputBasis.TOKENS;
        Throughput throughput = new Throughput(basis, throughput(random, tokens), throughput(random, tokens),
                throughput(random, !tokens));
        double targetUtilisation = Math.max(0.01, amount(random, true, 0.01, 1)); // whole-number draws floor to 0
        return new SelfHostSection(name(random, true, "model"), amount(random, true, 0, 1), amount(random, true, 0, 1_000),
                amount(random, true, 0, 1_024), throughput, targetUtilisation, amount(random, true, 1, 1_000),
                Math.floor(amount(random, true, 0, 10_000)), amount(random, true, 0, ScenarioInputs.MAX_LINE_USD_PER_MONTH),
                amount(random, true, 0, ScenarioInputs.MAX_LINE_USD_PER_MONTH),
                amount(random, true, 0, ScenarioInputs.MAX_LINE_USD_PER_MONTH),
                amount(random, true, 0, ScenarioInputs.MAX_TASK_HOURS_PER_MONTH),
                ApiBasis.values()[random.nextInt(ApiBasis.values().length)]);
    }

    /** Per second, up to 1e9; at least 0.01 when {@code counted} (a smaller draw becomes 0.01). */
    private static double throughput(Random random, boolean counted) {
        double perSecond = amount(random, true, 0, 1e9);
        return counted && !(perSecond >= 0.01) ? 0.01 : perSecond;
    }

    /** A valid caching section: a curve of up to five points with distinct thresholds (drawn after prompts). */
    private static CachingSection caching(Random random) {
        List<CachePoint> points = new ArrayList<>();
        java.util.Set<Double> thresholds = new java.util.HashSet<>();
        for (int i = random.nextInt(6); i > 0; i--) {
            double threshold = amount(random, true, 0, 1) + 0.0; // -0.0 and 0.0 are one threshold
            if (thresholds.add(threshold)) {
                double hitRate = amount(random, true, 0, 1);
                points.add(new CachePoint(threshold, hitRate, hitRate * amount(random, true, 0, 1)));
            }
        }
        SemanticCache semantic = new SemanticCache(random.nextBoolean(), new ThresholdCurve(points), amount(random, true, 0, 1),
                amount(random, true, 0, 1_000), amount(random, true, 0, 3.6e6), amount(random, true, 0, 1e7));
        PromptCaching provider = new PromptCaching(random.nextBoolean(), amount(random, true, 0, 1e7), amount(random, true, 0, 1),
                amount(random, true, 0, 10), amount(random, true, 0, 10));
        return new CachingSection(random.nextBoolean(), amount(random, true, 0, 1), semantic, provider);
    }

    /** A valid batching section: whole items per prompt, which fail at most 99% of the time. */
    private static BatchingSection batching(Random random) {
        double items = Math.floor(amount(random, true, 1, 10_000));
        double mostFailureRate = 1 - Math.pow(1 - BatchingSection.MOST_PROMPT_FAILURE_RATE, 1 / items);
        return new BatchingSection(random.nextBoolean(), amount(random, true, 0, 1), amount(random, true, 0, 1),
                items, amount(random, true, 0, 1e7), Math.min(mostFailureRate * 0.999, amount(random, true, 0, 0.99)),
                amount(random, true, 0, 720));
    }

    /**
     * A valid prompts section: random texts with and without placeholders, a model with or without
     * a public tokenizer, counted exactly (drawn after routing: see above).
     */
    private static PromptsSection prompts(Random random) {
        String[] models = {"gpt-4o", "gpt-3.5-turbo", "claude-sonnet-4-5", name(random, true, "model")};
        List<PromptSample> samples = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            samples.add(new PromptSample("p" + i, text(random, 0)));
        }
        String original = text(random, 0) + "{p1}" + text(random, 0) + "{p2}";
        String compressed = random.nextBoolean() ? text(random, 0) : "{p1}" + text(random, 0);
        return new PromptsSection(random.nextBoolean(), models[random.nextInt(models.length)],
                TokenEncoding.values()[random.nextInt(TokenEncoding.values().length)], amount(random, true, 0, 1),
                new PromptVariant(name(random, true, "original"), original),
                new PromptVariant(name(random, true, "compressed"), compressed), samples, PromptTokens.NONE)
                .counted(Tokenizer.SHARED);
    }

    /** A valid routing section with up to four tiers, some priced from a catalog date (drawn last: see above). */
    private static RoutingSection routing(Random random) {
        List<RoutingTier> tiers = new ArrayList<>();
        for (int i = random.nextInt(5); i > 0; i--) {
            Optional<LocalDate> asOf = random.nextBoolean() ? Optional.empty()
                    : Optional.of(LocalDate.of(2024, 1, 1).plusDays(random.nextInt(2000)));
            ModelPrice tierModel = new ModelPrice(name(random, true, "model"), amount(random, true, 0, 1e4),
                    amount(random, true, 0, 1e4), asOf);
            tiers.add(new RoutingTier(name(random, true, "tier"), tierModel, amount(random, true, 0, 1e3),
                    amount(random, true, 0, 1), amount(random, true, 0, 1), amount(random, true, 0, 3.6e6),
                    amount(random, true, 0, 1), amount(random, true, 0, 1), amount(random, true, 0, 1)));
        }
        return new RoutingSection(random.nextBoolean(), RoutingStrategy.values()[random.nextInt(2)], tiers,
                new RouterOverhead(amount(random, true, 0, 1e3), amount(random, true, 0, 3.6e6)),
                new ParetoLimit(random.nextBoolean(), amount(random, true, 0, 1)),
                new ParetoLimit(random.nextBoolean(), amount(random, true, 0, 3.6e6)));
    }

    private static List<LineItem> lines(Random random, boolean varied) {
        List<LineItem> lines = new ArrayList<>();
        for (int i = random.nextInt(6); i > 0; i--) {
            lines.add(new LineItem(name(random, varied, "line"),
                    amount(random, varied, 0, ScenarioInputs.MAX_LINE_USD_PER_MONTH)));
        }
        return lines;
    }

    private static String name(Random random, boolean varied, String plain) {
        if (!varied) {
            return plain;
        }
        String name;
        do {
            name = text(random, 1);
        } while (name.isBlank());
        return name;
    }

    /** Between {@code minLength} and 30 chars (a character outside the BMP counts as two). */
    private static String text(Random random, int minLength) {
        int length = minLength + random.nextInt(31 - minLength);
        StringBuilder text = new StringBuilder(length);
        while (text.length() < length) {
            int kind = random.nextInt(8);
            if (kind < 2) {
                text.append(SPECIAL_CHARS.charAt(random.nextInt(SPECIAL_CHARS.length())));
            } else if (kind < 4) {
                text.append((char) (' ' + random.nextInt(95)));
            } else if (kind < 7 || text.length() == length - 1) {
                text.append(bmpChar(random));
            } else {
                text.appendCodePoint(0x10000 + random.nextInt(Character.MAX_CODE_POINT - 0xFFFF));
            }
        }
        return text.toString();
    }

    /** Any char of the Basic Multilingual Plane except a lone surrogate. */
    private static char bmpChar(Random random) {
        int surrogates = Character.MAX_SURROGATE - Character.MIN_SURROGATE + 1;
        int c = random.nextInt(0x10000 - surrogates);
        return (char) (c < Character.MIN_SURROGATE ? c : c + surrogates);
    }

    private static double amount(Random random, boolean varied, double min, double max) {
        if (!varied) {
            return amount(random, min, max);
        }
        int kind = random.nextInt(8);
        if (kind < 2) {
            return Math.floor(amount(random, min, max)); // whole dollars (whole tokens, days...)
        }
        if (kind < 4) {
            return Math.min(max, Math.max(min, Math.round(amount(random, min, max) * 100) / 100.0)); // cents
        }
        if (kind < 7) {
            return amount(random, min, max);
        }
        double[] edges = min == 0
                ? new double[] {0.0, -0.0, Double.MIN_VALUE, Double.MIN_NORMAL, Math.nextDown(max), max}
                : new double[] {min, Math.nextUp(min), Math.nextDown(max), max};
        return edges[random.nextInt(edges.length)];
    }

    /**
     * A value in [min, max]: one in ten is an end of the range, the rest are split between an
     * even spread (mostly large values) and a log-uniform spread from 0.001 (small values too).
     */
    static double amount(Random random, double min, double max) {
        int kind = random.nextInt(20);
        if (kind == 0) {
            return min;
        }
        if (kind == 1) {
            return max;
        }
        if (kind < 11) {
            return min + random.nextDouble() * (max - min);
        }
        double logLow = Math.log10(Math.max(min, 1e-3));
        double value = Math.pow(10, logLow + random.nextDouble() * (Math.log10(max) - logLow));
        return Math.min(max, Math.max(min, value));
    }

    /** {@code value}'s text with control, format and surrogate chars escaped, fit for a test report. */
    public static String printable(Object value) {
        String text = String.valueOf(value);
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int type = Character.getType(c);
            if (c == '\\') {
                out.append("\\\\");
            } else if (type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                    || type == Character.UNASSIGNED || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR || type == Character.PRIVATE_USE) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
