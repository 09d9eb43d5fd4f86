package org.llmcostplanner.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.DoubleFunction;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.model.format.Money;
import org.llmcostplanner.model.routing.OptimalMix;
import org.llmcostplanner.model.routing.RoutingFigures;
import org.llmcostplanner.model.routing.RoutingMix;
import org.llmcostplanner.model.routing.RoutingSection;
import org.llmcostplanner.model.routing.TierLoad;

/** The routing part of {@code report}: JSON and table. */
final class RoutingReport {
    private RoutingReport() {
    }

    /** Adds {@code "routing"} when the scenario has tiers. */
    static void json(ObjectNode root, Scenario scenario, DoubleFunction<BigDecimal> plain) {
        RoutingSection section = scenario.routing();
        if (section.tiers().isEmpty()) {
            return;
        }
        RoutingFigures figures = scenario.routingFigures();
        RoutingMix mix = figures.active();
        ObjectNode routing = root.putObject("routing");
        routing.put("enabled", section.enabled());
        routing.put("strategy", section.strategy().id());
        routing.put("blendedCostPerQuery", plain.apply(mix.usdPerQuery()));
        routing.put("blendedCostPer1MTokens", plain.apply(mix.usdPer1MTokens()));
        routing.put("blendedQuality", plain.apply(mix.quality()));
        routing.put("meanLatencyMs", plain.apply(mix.meanLatencyMs()));
        routing.put("sharesTotal", plain.apply(figures.router().sharesTotal()));
        shares(routing.putObject("shares"), mix.tiers().stream().map(TierLoad::name).toList(),
                mix.tiers().stream().map(TierLoad::trafficShare).toList(), plain);
        routing.put("savingsVsTopTier", plain.apply(figures.savingsVsTopTier()));
        routing.put("savingsVsReference", plain.apply(figures.savingsVsReference()));
        figures.optimal().ifPresent(answer -> {
            ObjectNode optimal = routing.putObject("optimal");
            optimal.put("target", plain.apply(answer.targetQuality()));
            if (answer instanceof OptimalMix.Found found) {
                optimal.put("costPerQuery", plain.apply(found.mix().usdPerQuery()));
                optimal.put("quality", plain.apply(found.mix().quality()));
                optimal.put("meanLatencyMs", plain.apply(found.mix().meanLatencyMs()));
                shares(optimal.putObject("shares"), section.tiers().stream().map(t -> t.name()).toList(), found.shares(), plain);
            } else if (answer instanceof OptimalMix.Infeasible infeasible) {
                optimal.put("infeasible", true);
                if (infeasible.highestQuality().isPresent()) {
                    optimal.put("maxQuality", plain.apply(infeasible.highestQuality().getAsDouble()));
                } else {
                    optimal.putNull("maxQuality");
                }
                optimal.put("reason", infeasible.reason());
            }
        });
    }

    /** Tier name to share; a repeated name gets " (2)", " (3)", ... so no share is lost. */
    private static void shares(ObjectNode node, List<String> names, List<Double> shares, DoubleFunction<BigDecimal> plain) {
        Set<String> used = new HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            String key = names.get(i);
            for (int n = 2; !used.add(key); n++) {
                key = names.get(i) + " (" + n + ")";
            }
            node.put(key, plain.apply(shares.get(i)));
        }
    }

    /** The table lines, or none without tiers. */
    static String table(Scenario scenario) {
        RoutingSection section = scenario.routing();
        if (section.tiers().isEmpty()) {
            return "";
        }
        RoutingFigures figures = scenario.routingFigures();
        RoutingMix mix = figures.active();
        StringBuilder out = new StringBuilder();
        String line = "-".repeat(64) + System.lineSeparator();
        out.append(System.lineSeparator()).append("Routing (").append(section.strategy().label().toLowerCase(java.util.Locale.ROOT))
                .append(section.enabled() ? ", in the plan" : ", not in the plan").append(')').append(System.lineSeparator())
                .append(line);
        for (TierLoad tier : mix.tiers()) {
            out.append(String.format(java.util.Locale.ROOT, "  %-34s %7s %12s/call%n", tier.name(),
                    Money.percent(tier.trafficShare()), Money.usdPrecise(tier.usdPerCall())));
        }
        out.append(line);
        out.append(String.format(java.util.Locale.ROOT, "  %-34s %s (%s per 1M tokens)%n", "Blended cost per query",
                Money.usdPrecise(mix.usdPerQuery()), Money.usdPrice(mix.usdPer1MTokens())));
        out.append(String.format(java.util.Locale.ROOT, "  %-34s %s%n", "Blended quality", Money.percent(mix.quality())));
        out.append(String.format(java.util.Locale.ROOT, "  %-34s %s ms%n", "Mean latency", Money.count(mix.meanLatencyMs())));
        out.append(String.format(java.util.Locale.ROOT, "  %-34s %s%n", "Savings vs all on the top tier",
                Money.percent(figures.savingsVsTopTier())));
        out.append(String.format(java.util.Locale.ROOT, "  %-34s %s%n", "Savings vs the reference model",
                Money.percent(figures.savingsVsReference())));
        figures.optimal().ifPresent(answer -> out.append(String.format(java.util.Locale.ROOT, "  %-34s %s%n",
                "Cheapest mix for " + Money.percent(answer.targetQuality()), optimal(answer))));
        return out.toString();
    }

    private static String optimal(OptimalMix answer) {
        if (answer instanceof OptimalMix.Found found) {
            return Money.usdPrecise(found.mix().usdPerQuery()) + " per query: " + found.sharesText();
        }
        return "none: " + ((OptimalMix.Infeasible) answer).reason();
    }
}
