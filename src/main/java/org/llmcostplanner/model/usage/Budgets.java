package org.llmcostplanner.model.usage;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Daily spending budgets and the shares of them that raise an alert.
 *
 * @param dailyUsd        USD a day across every call; empty: no daily budget
 * @param modelDailyUsd   USD a day per model, by the model's name in the logs; kept sorted by name
 * @param featureDailyUsd USD a day per feature, by the feature's name in the logs; kept sorted by name
 * @param thresholds      fractions of a budget that raise an alert when a day's spend reaches them
 *                        (1 is the budget itself); kept ascending, without repeats
 */
public record Budgets(OptionalDouble dailyUsd, Map<String, Double> modelDailyUsd, Map<String, Double> featureDailyUsd,
                      List<Double> thresholds) {
    /** Half, four fifths and all of the budget. */
    public static final List<Double> DEFAULT_THRESHOLDS = List.of(0.5, 0.8, 1.0);
    /** No budgets: no alerts. */
    public static final Budgets NONE = new Budgets(OptionalDouble.empty(), Map.of(), Map.of(), DEFAULT_THRESHOLDS);

    public Budgets {
        Objects.requireNonNull(dailyUsd, "dailyUsd");
        dailyUsd.ifPresent(Budgets::requirePositive);
        modelDailyUsd = sorted(modelDailyUsd);
        featureDailyUsd = sorted(featureDailyUsd);
        thresholds.forEach(Budgets::requirePositive);
        thresholds = thresholds.stream().sorted().distinct().toList();
    }

    /** A daily budget in USD (above 0) at the default thresholds. */
    public static Budgets daily(double usd) {
        return NONE.withDailyUsd(usd);
    }

    public Budgets withDailyUsd(double usd) {
        return new Budgets(OptionalDouble.of(usd), modelDailyUsd, featureDailyUsd, thresholds);
    }

    /** This model's daily budget in USD (above 0), added or replaced. */
    public Budgets withModel(String model, double usd) {
        Map<String, Double> models = new TreeMap<>(modelDailyUsd);
        models.put(Objects.requireNonNull(model, "model"), usd);
        return new Budgets(dailyUsd, models, featureDailyUsd, thresholds);
    }

    /** This feature's daily budget in USD (above 0), added or replaced. */
    public Budgets withFeature(String feature, double usd) {
        Map<String, Double> features = new TreeMap<>(featureDailyUsd);
        features.put(Objects.requireNonNull(feature, "feature"), usd);
        return new Budgets(dailyUsd, modelDailyUsd, features, thresholds);
    }

    /** Other thresholds, each a fraction above 0 (e.g. 0.8 for 80%; above 1 is allowed: 1.5 is 150%). */
    public Budgets withThresholds(List<Double> fractions) {
        return new Budgets(dailyUsd, modelDailyUsd, featureDailyUsd, fractions);
    }

    /** Whether there is no budget at all. */
    public boolean isEmpty() {
        return dailyUsd.isEmpty() && modelDailyUsd.isEmpty() && featureDailyUsd.isEmpty();
    }

    private static Map<String, Double> sorted(Map<String, Double> budgets) {
        budgets.values().forEach(Budgets::requirePositive);
        return Collections.unmodifiableMap(new TreeMap<>(budgets));
    }

    private static void requirePositive(double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("budgets and thresholds must be finite and above 0 (was " + value + ")");
        }
    }
}
