package org.llmcostplanner.model.plan;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.llmcostplanner.model.ScenarioInput;

/**
 * A metric's sensitivity to each input moved by a share of its value, all else held.
 *
 * @param metric      the metric measured
 * @param delta       the share each input moves by either way, e.g. 0.2 for +/-20%
 * @param baseMetric  the metric at the scenario's values; empty when undefined (then there are no bars)
 * @param bars        the inputs that move the metric, by swing, largest first (ties in the inputs' order)
 * @param unchanged   the inputs moved that leave the metric exactly as it was, in the inputs' order
 * @param skipped     the inputs not moved, with the reason, in the inputs' order
 * @param undefinedReason why the base metric is undefined, when it is
 */
public record Tornado(Metric metric, double delta, OptionalDouble baseMetric, List<TornadoBar> bars,
                      List<ScenarioInput> unchanged, List<SkippedInput> skipped, Optional<String> undefinedReason) {
    public Tornado {
        bars = List.copyOf(bars);
        unchanged = List.copyOf(unchanged);
        skipped = List.copyOf(skipped);
    }

    /** The first {@code most} bars (all when fewer). */
    public List<TornadoBar> top(int most) {
        return bars.subList(0, Math.min(most, bars.size()));
    }
}
