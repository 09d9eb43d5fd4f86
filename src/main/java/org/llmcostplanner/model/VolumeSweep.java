package org.llmcostplanner.model;

import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * How the TCO shares move as traffic grows (the chapter's insight: engineering dominates at
 * 10K queries a day, API at 1M+), and where API spend overtakes engineering.
 */
public final class VolumeSweep {
    private static final double SEARCH_MIN_QUERIES_PER_DAY = 1e-3;
    private static final double SEARCH_MAX_QUERIES_PER_DAY = 1e13;

    private VolumeSweep() {
    }

    /**
     * Shares of TCO over a log-spaced range of queries per day.
     *
     * @param queriesPerDay the sample points, ascending
     * @param sharePct      per category, the share of TCO in percent (0..100) at each point
     */
    public record ShareCurves(double[] queriesPerDay, Map<CostCategory, double[]> sharePct) {
    }

    /** Evaluates {@code scenario} at {@code points} log-spaced volumes from min to max queries per day. */
    public static ShareCurves shares(Scenario scenario, double minQueriesPerDay, double maxQueriesPerDay, int points) {
        if (points < 2 || !(minQueriesPerDay > 0) || !(maxQueriesPerDay > minQueriesPerDay)) {
            throw new IllegalArgumentException("need 2+ points over a positive ascending range");
        }
        double[] volumes = new double[points];
        Map<CostCategory, double[]> shares = new EnumMap<>(CostCategory.class);
        for (CostCategory category : CostCategory.values()) {
            shares.put(category, new double[points]);
        }
        double logMin = Math.log10(minQueriesPerDay);
        double step = (Math.log10(maxQueriesPerDay) - logMin) / (points - 1);
        for (int i = 0; i < points; i++) {
            double volume = i == points - 1 ? maxQueriesPerDay : Math.pow(10, logMin + i * step);
            volumes[i] = volume;
            MonthlyCosts monthly = evaluateAt(scenario, volume).monthly();
            for (CostCategory category : CostCategory.values()) {
                shares.get(category)[i] = 100.0 * monthly.share(category);
            }
        }
        return new ShareCurves(volumes, shares);
    }

    /**
     * The queries per day at which monthly API cost equals engineering cost, above which API
     * costs more. Empty when one never overtakes the other (no engineering cost, free API calls,
     * or no crossing between 0.001 and 10 trillion queries a day).
     */
    public static OptionalDouble apiOvertakesEngineeringAt(Scenario scenario) {
        double low = SEARCH_MIN_QUERIES_PER_DAY;
        double high = SEARCH_MAX_QUERIES_PER_DAY;
        if (apiMinusEngineering(scenario, low) >= 0 || apiMinusEngineering(scenario, high) <= 0) {
            return OptionalDouble.empty();
        }
        // Bisection in log space: API cost is non-decreasing in volume, engineering is fixed.
        for (int i = 0; i < 200 && high / low > 1 + 1e-13; i++) {
            double mid = Math.sqrt(low * high);
            if (apiMinusEngineering(scenario, mid) < 0) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return OptionalDouble.of(Math.sqrt(low * high));
    }

    private static double apiMinusEngineering(Scenario scenario, double queriesPerDay) {
        MonthlyCosts monthly = evaluateAt(scenario, queriesPerDay).monthly();
        return monthly.api() - monthly.engineering();
    }

    private static Evaluation evaluateAt(Scenario scenario, double queriesPerDay) {
        return ScenarioEvaluator.evaluate(scenario.withWorkload(scenario.workload().withQueriesPerDay(queriesPerDay)));
    }
}
