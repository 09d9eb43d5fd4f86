package org.llmcostplanner.cli;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.function.DoubleFunction;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.llmcostplanner.model.Evaluation;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.model.format.Money;
import org.llmcostplanner.model.plan.SavingsWaterfall;
import org.llmcostplanner.model.plan.WaterfallStep;

/**
 * The savings waterfall part of {@code report}: JSON and table.
 *
 * <p>JSON: {@code "waterfall": [{"step", "monthlyApiCost", "saving"}]}, rows {@code baseline}, one per
 * lever in the plan's order ({@code routing}, {@code compression}, {@code caching}, {@code batching},
 * each with {@code "on"}), then {@code optimised}. {@code monthlyApiCost} is the monthly API cost in
 * USD after the row (the baseline's and the optimised one are {@code apiMonthly}'s). A lever's
 * {@code saving} is the row above's {@code monthlyApiCost} less its own, computed exactly on the
 * printed decimals, so the savings add up to the printed baseline less the printed optimised cost
 * to the last digit; negative when the lever adds cost, 0 when it is off. The baseline and
 * optimised rows are totals, not steps: their {@code saving} is null, so summing the column
 * (null as nothing, as {@code jq 'add'} does) gives the printed baseline less the printed optimised
 * cost exactly; {@code apiMonthly.savings} is the same difference taken in doubles, which may
 * differ in the last printed digits.
 */
final class WaterfallReport {
    static final String BASELINE = "baseline";
    static final String OPTIMISED = "optimised";

    private WaterfallReport() {
    }

    static void json(ObjectNode root, Scenario scenario, Evaluation evaluation, DoubleFunction<BigDecimal> plain) {
        SavingsWaterfall waterfall = SavingsWaterfall.of(scenario, evaluation);
        ArrayNode rows = root.putArray("waterfall");
        ObjectNode baseline = rows.addObject();
        baseline.put("step", BASELINE);
        baseline.put("monthlyApiCost", plain.apply(waterfall.baselineUsdPerMonth()));
        baseline.putNull("saving");
        BigDecimal before = plain.apply(waterfall.baselineUsdPerMonth());
        for (WaterfallStep step : waterfall.steps()) {
            BigDecimal after = plain.apply(step.monthlyApiCostUsd());
            ObjectNode row = rows.addObject();
            row.put("step", step.lever().id());
            row.put("on", step.on());
            row.put("monthlyApiCost", after);
            row.put("saving", stripped(before.subtract(after)));
            before = after;
        }
        ObjectNode optimised = rows.addObject();
        optimised.put("step", OPTIMISED);
        optimised.put("monthlyApiCost", plain.apply(waterfall.optimisedUsdPerMonth()));
        optimised.putNull("saving");
    }

    /** {@code 94477.50} as {@code 94477.5}, {@code 0.00} as {@code 0}: the shortest form, never an exponent. */
    private static BigDecimal stripped(BigDecimal value) {
        BigDecimal decimal = value.stripTrailingZeros();
        return decimal.scale() < 0 ? decimal.setScale(0) : decimal;
    }

    /**
     * The rows in cents and tenths of a percent of the baseline, each step the difference of the
     * shown levels around it, so the column adds up as printed.
     */
    static String table(Scenario scenario, Evaluation evaluation) {
        SavingsWaterfall waterfall = SavingsWaterfall.of(scenario, evaluation);
        int last = waterfall.levelCount() - 1;
        StringBuilder text = new StringBuilder();
        String rule = "-".repeat(64) + System.lineSeparator();
        text.append(System.lineSeparator()).append("Savings waterfall (API cost, monthly; levers in the order applied)")
                .append(System.lineSeparator()).append(rule);
        text.append(row("Baseline", Money.usd(waterfall.shownLevelUsd(0)), percent(waterfall, 0, false), ""));
        for (int k = 0; k < last; k++) {
            WaterfallStep step = waterfall.steps().get(k);
            BigDecimal change = waterfall.shownSavingUsd(k).negate();
            String note = !step.on() ? "off" : step.addsCost() ? "adds cost" : "";
            text.append(row("  " + step.lever().label(), (change.signum() > 0 ? "+" : "") + Money.usd(change),
                    percent(waterfall, k, true), note));
        }
        text.append(rule);
        text.append(row("Optimised", Money.usd(waterfall.shownLevelUsd(last)), percent(waterfall, last, false), ""));
        return text.toString();
    }

    /** A level's share of the baseline, or a step's change of it (signed); blank with no baseline. */
    private static String percent(SavingsWaterfall waterfall, int index, boolean step) {
        if (!step) {
            return waterfall.shownLevelPercent(index).map(p -> p.toPlainString() + "%").orElse("");
        }
        return waterfall.shownSavingPercent(index).map(p -> p.negate()).map(p -> (p.signum() > 0 ? "+" : "")
                + p.toPlainString() + "%").orElse("");
    }

    private static String row(String name, String usd, String percent, String note) {
        return String.format(Locale.US, "  %-20s %18s  %7s  %s", name, usd, percent, note).stripTrailing()
                + System.lineSeparator();
    }
}
