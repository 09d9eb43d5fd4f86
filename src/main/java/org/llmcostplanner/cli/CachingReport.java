package org.llmcostplanner.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.function.DoubleFunction;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.model.batching.BatchingSection;
import org.llmcostplanner.model.caching.CachingFigures;
import org.llmcostplanner.model.caching.CachingSection;
import org.llmcostplanner.model.caching.SemanticCache;
import org.llmcostplanner.model.format.Money;

/**
 * The caching and batching parts of {@code report}: JSON and table. Each saving is what the lever
 * takes off monthly costs when it is on ({@code enabled} says whether it is in the plan).
 */
final class CachingReport {
    private CachingReport() {
    }

    static void json(ObjectNode root, Scenario scenario, DoubleFunction<BigDecimal> plain) {
        CachingSection section = scenario.caching();
        SemanticCache semantic = section.semantic();
        CachingFigures figures = scenario.cachingFigures();
        ObjectNode caching = root.putObject("caching");
        caching.put("enabled", section.enabled());
        caching.put("exactHitRate", plain.apply(section.exactHitRate()));
        caching.put("semanticEnabled", semantic.enabled());
        caching.put("threshold", plain.apply(semantic.threshold()));
        caching.put("hitRate", plain.apply(semantic.curve().hitRate(semantic.threshold())));
        caching.put("falseHitRate", plain.apply(semantic.curve().falseHitRate(semantic.threshold())));
        caching.put("servedShare", plain.apply(section.withEnabled(true).servedShare()));
        caching.put("monthlySavings", plain.apply(figures.leverSavingUsdPerMonth()));
        caching.put("bestThreshold", plain.apply(figures.bestThreshold()));
        caching.put("netSemanticSavingsAtBest", plain.apply(figures.netSemanticSavings(figures.bestThreshold())));
        BatchingSection batching = scenario.batching();
        ObjectNode batch = root.putObject("batching");
        batch.put("enabled", batching.enabled());
        batch.put("offlineShare", plain.apply(batching.offlineShare()));
        batch.put("itemsPerPrompt", plain.apply(batching.itemsPerPrompt()));
        batch.put("discount", plain.apply(batching.discount()));
        batch.put("promptFailureRate", plain.apply(batching.promptFailureRate()));
        batch.put("sendsPerPrompt", plain.apply(batching.sendsPerPrompt()));
        batch.put("addedLatencyHours", plain.apply(batching.addedLatencyHours()));
        batch.put("addedLatencyHours95", plain.apply(batching.addedLatencyHours95()));
        batch.put("monthlySavings", plain.apply(scenario.batchingSavingUsdPerMonth()));
    }

    static String table(Scenario scenario) {
        CachingSection section = scenario.caching();
        SemanticCache semantic = section.semantic();
        CachingFigures figures = scenario.cachingFigures();
        String line = "-".repeat(64) + System.lineSeparator();
        StringBuilder out = new StringBuilder();
        out.append(System.lineSeparator()).append("Caching (").append(section.enabled() ? "in the plan" : "not in the plan")
                .append(')').append(System.lineSeparator()).append(line);
        out.append(String.format(Locale.ROOT, "  %-34s %s%n", "Exact-match hit rate", Money.percent(section.exactHitRate())));
        out.append(String.format(Locale.ROOT, "  %-34s %s at %s: %s hits, %s wrong%n", "Semantic layer",
                semantic.enabled() ? "on" : "off", Money.plain(semantic.threshold()),
                Money.percent(semantic.curve().hitRate(semantic.threshold())),
                Money.percent(semantic.curve().falseHitRate(semantic.threshold()))));
        out.append(String.format(Locale.ROOT, "  %-34s %s (net %s a month there)%n", "Best threshold",
                Money.plain(figures.bestThreshold()), Money.usd(figures.netSemanticSavings(figures.bestThreshold()))));
        out.append(String.format(Locale.ROOT, "  %-34s %s%n", "Monthly savings when on", Money.usd(figures.leverSavingUsdPerMonth())));
        BatchingSection batching = scenario.batching();
        out.append(System.lineSeparator()).append("Batching (").append(batching.enabled() ? "in the plan" : "not in the plan")
                .append(')').append(System.lineSeparator()).append(line);
        out.append(String.format(Locale.ROOT, "  %-34s %s at %s off; items per prompt: %s%n", "Offline share",
                Money.percent(batching.offlineShare()), Money.percent(batching.discount()), Money.plain(batching.itemsPerPrompt())));
        out.append(String.format(Locale.ROOT, "  %-34s %s of prompts, each sent %s times on average%n", "Failed packed prompts",
                Money.percent(batching.promptFailureRate()), Money.plain(Math.round(batching.sendsPerPrompt() * 1000) / 1000.0)));
        out.append(String.format(Locale.ROOT, "  %-34s at most %s h on average, %s h for 95%% of items%n", "Added latency",
                Money.tenths(batching.addedLatencyHours()), Money.tenths(batching.addedLatencyHours95())));
        out.append(String.format(Locale.ROOT, "  %-34s %s%n", "Monthly savings when on", Money.usd(scenario.batchingSavingUsdPerMonth())));
        return out.toString();
    }
}
