package org.llmcostplanner.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.function.DoubleFunction;
import org.llmcostplanner.model.Evaluation;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.model.selfhost.Breakeven;
import org.llmcostplanner.model.selfhost.Crossing;
import org.llmcostplanner.model.selfhost.SelfHostFigures;
import org.llmcostplanner.model.selfhost.SelfHostText;

/** The self-host part of {@code report}: JSON and table. */
final class SelfHostReport {
    private SelfHostReport() {
    }

    static void json(ObjectNode root, Scenario scenario, Evaluation evaluation, DoubleFunction<BigDecimal> plain) {
        SelfHostFigures figures = scenario.selfHostFigures(evaluation);
        Breakeven breakeven = figures.breakeven();
        ObjectNode node = root.putObject("selfHost");
        node.put("model", figures.section().modelName());
        node.put("apiBasis", figures.section().apiBasis().name().toLowerCase(Locale.ROOT));
        node.put("monthlyCostAtCurrentVolume", plain.apply(figures.selfHostUsdPerMonth(figures.queriesPerMonth())));
        node.put("apiMonthlyCostAtCurrentVolume", plain.apply(figures.apiUsdPerMonth(figures.queriesPerMonth())));
        node.put("replicas", plain.apply(figures.replicas()));
        node.put("peakUtilisation", plain.apply(figures.peakUtilisation()));
        node.put("averageUtilisation", plain.apply(figures.averageUtilisation()));
        node.put("costPer1MTokens", plain.apply(figures.usdPer1MTokens()));
        if (figures.qualityDifference().isPresent()) {
            node.put("qualityDifference", plain.apply(figures.qualityDifference().getAsDouble()));
        } else {
            node.putNull("qualityDifference");
        }
        if (breakeven.breakeven().isPresent()) {
            node.put("breakevenQueriesPerMonth", plain.apply(breakeven.breakeven().getAsDouble()));
        } else {
            node.putNull("breakevenQueriesPerMonth");
        }
        ArrayNode crossings = node.putArray("crossings");
        for (Crossing crossing : breakeven.crossings()) {
            crossings.addObject().put("queriesPerMonth", plain.apply(crossing.queriesPerMonth()))
                    .put("selfHostingGetsCheaper", crossing.selfHostingGetsCheaper());
        }
        node.put("crossingCount", breakeven.crossingCount());
        if (breakeven.cheaperAbove().isPresent()) {
            node.put("cheaperAboveQueriesPerMonth", plain.apply(breakeven.cheaperAbove().getAsDouble()));
        } else {
            node.putNull("cheaperAboveQueriesPerMonth");
        }
        node.put("neverReason", breakeven.neverReason().orElse(null));
    }

    static String table(Scenario scenario, Evaluation evaluation) {
        SelfHostFigures figures = scenario.selfHostFigures(evaluation);
        String line = "-".repeat(64) + System.lineSeparator();
        return System.lineSeparator() + "Self-hosting against the API (" + (figures.section().apiBasis().name().equals("PLAN")
                ? "the plan" : "the reference model") + ")" + System.lineSeparator() + line
                + "  " + SelfHostText.atCurrentVolume(figures) + System.lineSeparator()
                + "  " + SelfHostText.breakeven(figures.breakeven()) + System.lineSeparator()
                + "  " + SelfHostText.quality(figures) + System.lineSeparator();
    }
}
