package org.llmcostplanner.model.prompt;

/**
 * What the two prompts cost at a plan's volume and prices.
 *
 * @param tokens                   the two counts
 * @param queriesPerMonth          calls per month that carry the prompt
 * @param usdPerInputToken         the plan's price of one more input token per query (the routing
 *                                 mix's blend when routing applies, otherwise the reference model's)
 * @param shareTokensPerQuery      the workload's input tokens per query the prompt stands for
 *                                 (share times input tokens); compare with {@code tokens.original()}
 * @param leverSavingUsdPerMonth   what the compression lever takes off the plan's API cost per month
 *                                 when it is on (whether or not it is)
 */
public record PromptFigures(PromptTokens tokens, double queriesPerMonth, double usdPerInputToken,
                            double shareTokensPerQuery, double leverSavingUsdPerMonth) {

    /** The original prompt's input cost per month at the plan's volume and price. */
    public double originalUsdPerMonth() {
        return tokens.original() * queriesPerMonth * usdPerInputToken;
    }

    /** The compressed prompt's input cost per month at the plan's volume and price. */
    public double compressedUsdPerMonth() {
        return tokens.compressed() * queriesPerMonth * usdPerInputToken;
    }

    /** Original minus compressed cost per month, for one prompt per query. */
    public double promptSavingUsdPerMonth() {
        return originalUsdPerMonth() - compressedUsdPerMonth();
    }
}
