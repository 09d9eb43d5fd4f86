package org.llmcostplanner.model.pareto;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * An evaluation sweep (models x prompts x few-shot settings) for benchmarks and harnesses: costs
 * log-uniform over five orders of magnitude ($0.00001 to $1 per query), quality rising with cost
 * plus noise, latency unrelated, values rounded so ties occur as in real benchmark data.
 */
public final class SweepConfigurations {
    private SweepConfigurations() {
    }

    public static List<ParetoConfiguration> random(int count, long seed) {
        Random random = new Random(seed);
        List<ParetoConfiguration> sweep = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            double decades = random.nextDouble() * 5;
            double cost = Math.max(0.00001, Math.round(Math.pow(10, decades - 5) * 1e7) / 1e7);
            double quality = Math.min(1, Math.max(0, Math.round((0.5 + decades / 10 + random.nextGaussian() * 0.08) * 1000) / 1000.0));
            sweep.add(new ParetoConfiguration("model-" + (i % 40) + " prompt-" + (i / 40 % 25) + " shots-" + (i / 1000),
                    quality, cost, Math.round(5 + random.nextDouble() * 2000)));
        }
        return sweep;
    }
}
