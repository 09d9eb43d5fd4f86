package org.llmcostplanner.model.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.llmcostplanner.io.ScenarioFiles;
import org.llmcostplanner.model.Evaluation;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.model.ScenarioEvaluator;

/**
 * scenarios/legal-summarization.json, the chapter's contract-summarisation case, step by step by
 * hand. Workload: 30,000 documents a day x 30 days = 900,000 a month, 10,000 input and 2,500
 * output tokens each. GPT-4 Turbo at $10 / $30 per 1M: 10,000 x 10 / 1M + 2,500 x 30 / 1M
 * = 0.100 + 0.075 = $0.175 a document, the chapter's $42,000 / (8,000 x 30).
 */
class LegalSummarizationWaterfallTest {
    private static final Path LEGAL = Path.of("scenarios", "legal-summarization.json");
    /** Relative tolerance: the figures below are exact in decimal, the program's in binary. */
    private static final double RELATIVE = 1e-12;

    private static Scenario legal() throws Exception {
        return ScenarioFiles.read(LEGAL);
    }

    @Test
    void theWaterfallStepsDownAsWorkedOutByHand() throws Exception {
        Scenario scenario = legal();
        Evaluation evaluation = ScenarioEvaluator.evaluate(scenario);
        SavingsWaterfall waterfall = SavingsWaterfall.of(scenario, evaluation);

        // Baseline: 900,000 x $0.175 = $157,500.00 (the chapter prints $126,000: erratum 9).
        assertClose(157_500.0, waterfall.baselineUsdPerMonth());
        // Routing: 65% to the small tier at $0.60 / $3.00 per 1M (a tenth of $10 / $30, the input 40%
        // cheaper for the 40% shorter prompt): 10,000 x 0.60 / 1M + 2,500 x 3 / 1M = 0.006 + 0.0075 = $0.0135.
        // 0.35 x 0.175 + 0.65 x 0.0135 = 0.06125 + 0.008775 = $0.070025 a document; x 900,000 = $63,022.50.
        // Saving: 157,500 - 63,022.50 = $94,477.50.
        assertStep(waterfall.steps().get(0), Lever.ROUTING, true, 63_022.50, 94_477.50);
        // Compression: off (the shorter prompt is inside the routed tier's price): saves 0.
        assertStep(waterfall.steps().get(1), Lever.COMPRESSION, false, 63_022.50, 0);
        // Caching: the semantic layer at 0.93 serves 15%: 0.85 x 0.070025 = $0.05952125; x 900,000 = $53,569.125.
        // Saving: 63,022.50 - 53,569.125 = $9,453.375 (= 0.15 x 63,022.50).
        assertStep(waterfall.steps().get(2), Lever.CACHING, true, 53_569.125, 9_453.375);
        // Batching: off: saves 0.
        assertStep(waterfall.steps().get(3), Lever.BATCHING, false, 53_569.125, 0);
        // Optimised: $53,569.125; the cut: 94,477.50 + 9,453.375 = 103,930.875 = 157,500 - 53,569.125,
        // 103,930.875 / 157,500 = 65.99%: 66.0%, not the chapter's 72%.
        assertClose(53_569.125, waterfall.optimisedUsdPerMonth());
        assertTrue(waterfall.optimisedUsdPerMonth() == evaluation.api().optimisedUsdPerMonth());
        assertClose(103_930.875, waterfall.totalSavingUsdPerMonthExact().doubleValue());
        assertClose(0.65988, waterfall.totalSavingUsdPerMonthExact().doubleValue() / waterfall.baselineUsdPerMonth(), 1e-5);
    }

    @Test
    void theShownFiguresAreTheDescriptionsAndAddUp() throws Exception {
        SavingsWaterfall waterfall = SavingsWaterfall.of(legal());

        // Levels in cents (half to even): 157,500.00; 63,022.50; 63,022.50; 53,569.125 -> 53,569.12 (2 is even); 53,569.12.
        assertEquals(List.of("157500.00", "63022.50", "63022.50", "53569.12", "53569.12"),
                List.of(0, 1, 2, 3, 4).stream().map(level -> waterfall.shownLevelUsd(level).toPlainString()).toList());
        // Steps: 157,500.00 - 63,022.50 = 94,477.50; 0; 63,022.50 - 53,569.12 = 9,453.38; 0.
        assertEquals(List.of("94477.50", "0.00", "9453.38", "0.00"),
                List.of(0, 1, 2, 3).stream().map(step -> waterfall.shownSavingUsd(step).toPlainString()).toList());
        // Percent of the baseline: 63,022.5 / 157,500 = 40.01% -> 40.0; 53,569.125 / 157,500 = 34.01% -> 34.0;
        // steps 100.0 - 40.0 = 60.0 and 40.0 - 34.0 = 6.0, a cut of 66.0%.
        assertEquals(List.of("60.0", "0.0", "6.0", "0.0"), List.of(0, 1, 2, 3).stream()
                .map(step -> waterfall.shownSavingPercent(step).orElseThrow().toPlainString()).toList());
        assertEquals(new BigDecimal("34.0"), waterfall.shownLevelPercent(4).orElseThrow());
    }

    @Test
    void theDescriptionStatesTheFiguresTheCutAndWhyItIsNotSeventyTwoPercent() throws Exception {
        String description = legal().description();
        for (String figure : List.of("$0.175", "$157,500", "$126,000", "erratum 9", "$0.0135", "$0.070025", "$63,022.50",
                "$94,477.50", "15%", "$53,569.125", "$9,453.375", "$53,569.12", "66.0%", "72%", "66.9%", "72.8%",
                "91.9%", "3%")) {
            assertTrue(description.contains(figure), "the description states " + figure);
        }
        assertFalse(legal().prompts().enabled(), "compression is priced into the routed tier, so its lever is off");
    }

    private static void assertStep(WaterfallStep step, Lever lever, boolean on, double costUsd, double savingUsd) {
        assertEquals(lever, step.lever());
        assertEquals(on, step.on(), lever + " switch");
        assertClose(costUsd, step.monthlyApiCostUsd());
        if (savingUsd == 0) {
            assertEquals(0, step.savingUsdPerMonthExact().signum(), lever + " saves exactly nothing");
        } else {
            assertClose(savingUsd, step.savingUsdPerMonth());
        }
    }

    private static void assertClose(double expected, double actual) {
        assertClose(expected, actual, RELATIVE);
    }

    private static void assertClose(double expected, double actual, double relative) {
        assertEquals(expected, actual, Math.abs(expected) * relative);
    }
}
