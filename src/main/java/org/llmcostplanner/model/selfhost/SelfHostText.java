package org.llmcostplanner.model.selfhost;

import java.util.Locale;

import org.llmcostplanner.model.format.Money;

/** Self-hosting's figures in sentences, the same in the window and in {@code report}. */
public final class SelfHostText {
    private SelfHostText() {
    }

    /** The current volume: both monthly costs, replicas, peak use and the price per 1M tokens. */
    public static String atCurrentVolume(SelfHostFigures f) {
        double replicas = f.replicas();
        return "At " + Money.count(f.queriesPerMonth()) + " queries a month, self-hosting costs "
                + Money.usd(f.selfHostUsdPerMonth(f.queriesPerMonth())) + " (" + Money.count(replicas)
                + (replicas == 1 ? " replica" : " replicas") + ", " + Money.percent(f.peakUtilisation()) + " busy at peak, "
                + Money.usd(f.usdPer1MTokens()) + " per 1M tokens) against the API's "
                + Money.usd(f.apiUsdPerMonth(f.queriesPerMonth())) + ".";
    }

    /** Where it breaks even, whether it stays cheaper, or why it never is. */
    public static String breakeven(Breakeven b) {
        if (b.breakeven().isEmpty()) {
            return "Never cheaper: " + b.neverReason().orElse("no volume makes it so") + ".";
        }
        double first = b.breakeven().getAsDouble();
        String text = "Breaks even at " + Money.count(first) + " queries a month";
        if (b.cheaperAbove().isEmpty()) {
            return text + ", but a new replica makes it dearer again: cheaper only between some volumes ("
                    + b.crossingCount() + " crossings" + listed(b) + ").";
        }
        double above = b.cheaperAbove().getAsDouble();
        return above == first ? text + " and stays cheaper above it."
                : text + "; new replicas make it dearer again in places, and it stays cheaper above "
                        + Money.count(above) + " (" + b.crossingCount() + " crossings" + listed(b) + ").";
    }

    /** The crossings one by one when there are few enough to read: ": cheaper from 2,833,333, dearer from 3,000,000, ...". */
    private static String listed(Breakeven b) {
        if (b.crossingCount() > MOST_SPELLED_OUT) {
            return "";
        }
        StringBuilder text = new StringBuilder(":");
        for (Crossing crossing : b.crossings()) {
            text.append(text.length() > 1 ? ", " : " ").append(crossing.selfHostingGetsCheaper() ? "cheaper from " : "dearer from ")
                    .append(Money.count(crossing.queriesPerMonth()));
        }
        return text.toString();
    }

    /** Crossings listed in words; more are counted (the chart marks them all). */
    static final int MOST_SPELLED_OUT = 7;

    /** The self-hosted model's quality against the API side's. */
    public static String quality(SelfHostFigures f) {
        String self = f.section().modelName() + ": quality " + Money.percent(f.selfHostQuality());
        if (f.apiQuality().isEmpty()) {
            return self + "; the API side's quality is not measured.";
        }
        double points = f.qualityDifference().getAsDouble() * 100;
        return self + " against " + Money.percent(f.apiQuality().getAsDouble()) + " ("
                + String.format(Locale.US, "%+.1f", points) + " points).";
    }
}
