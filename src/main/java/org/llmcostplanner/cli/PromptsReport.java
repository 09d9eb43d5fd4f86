package org.llmcostplanner.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.function.DoubleFunction;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.model.format.Money;
import org.llmcostplanner.model.prompt.PromptFigures;
import org.llmcostplanner.model.prompt.PromptTokens;
import org.llmcostplanner.model.prompt.PromptsSection;

/** The prompts part of {@code report}: JSON and table. */
final class PromptsReport {
    private PromptsReport() {
    }

    /** Whether the scenario has prompts to report: an original prompt with text. */
    private static boolean present(PromptsSection section) {
        return !section.original().template().isEmpty();
    }

    /**
     * Adds {@code "prompts"} when the scenario has an original prompt. {@code monthlySavings} is what
     * compression takes off the plan's API cost when it is on ({@code enabled} says whether it is).
     */
    static void json(ObjectNode root, Scenario scenario, DoubleFunction<BigDecimal> plain) {
        PromptsSection section = scenario.prompts();
        if (!present(section)) {
            return;
        }
        PromptFigures figures = scenario.promptFigures();
        PromptTokens tokens = section.tokens();
        ObjectNode prompts = root.putObject("prompts");
        prompts.put("enabled", section.enabled());
        prompts.put("model", section.model());
        prompts.put("encoding", section.encoding().id());
        prompts.put("approximate", section.approximate());
        prompts.put("originalTokens", tokens.original());
        prompts.put("compressedTokens", tokens.compressed());
        prompts.put("savedTokens", tokens.saved());
        prompts.put("savedTokensPct", plain.apply(100 * tokens.savedFraction()));
        prompts.put("inputTokenShare", plain.apply(section.inputTokenShare()));
        prompts.put("originalMonthlyCost", plain.apply(figures.originalUsdPerMonth()));
        prompts.put("compressedMonthlyCost", plain.apply(figures.compressedUsdPerMonth()));
        prompts.put("monthlySavings", plain.apply(figures.leverSavingUsdPerMonth()));
    }

    /** The table lines, or none without prompts. */
    static String table(Scenario scenario) {
        PromptsSection section = scenario.prompts();
        if (!present(section)) {
            return "";
        }
        PromptFigures figures = scenario.promptFigures();
        PromptTokens tokens = section.tokens();
        String line = "-".repeat(64) + System.lineSeparator();
        StringBuilder out = new StringBuilder();
        out.append(System.lineSeparator()).append("Prompts (compression, ")
                .append(section.enabled() ? "in the plan" : "not in the plan").append(')').append(System.lineSeparator())
                .append(line);
        out.append(String.format(Locale.ROOT, "  %-34s %7s tokens %12s/month%n", section.original().name(),
                Money.count(tokens.original()), Money.usd(figures.originalUsdPerMonth())));
        out.append(String.format(Locale.ROOT, "  %-34s %7s tokens %12s/month%n", section.compressed().name(),
                Money.count(tokens.compressed()), Money.usd(figures.compressedUsdPerMonth())));
        out.append(line);
        out.append(String.format(Locale.ROOT, "  %-34s %s tokens (%s)%n", "Saved per query",
                Money.count(tokens.saved()), Money.percent(tokens.savedFraction())));
        out.append(String.format(Locale.ROOT, "  %-34s %s for %s%s%n", "Encoding", section.encoding().id(),
                section.model(), section.approximate() ? " (an approximation: its tokenizer is not public)" : ""));
        out.append(String.format(Locale.ROOT, "  %-34s %s (the prompt is %s of the input tokens)%n",
                "Monthly savings when on", Money.usd(figures.leverSavingUsdPerMonth()),
                Money.percent(section.inputTokenShare())));
        return out.toString();
    }
}
